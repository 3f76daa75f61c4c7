package org.claimbench.ui.internal.commands;

import java.util.List;
import java.util.function.Function;

import org.claimbench.model.claims.Claim;
import org.claimbench.model.claims.RelationKind;
import org.claimbench.ui.internal.editor.ElementText;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.events.SelectionListener;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;

/** Picks the target claim of a new relation, then one of the relation kinds the schema allows towards it. */
final class NewRelationDialog extends TitleAreaDialog {

	private final Claim source;
	private final List<Claim> targets;
	private final Function<Claim, List<RelationKind>> allowedKinds;
	private Table targetTable;
	private Combo kindCombo;
	private Label kindDescription;
	private List<RelationKind> kinds = List.of();
	private Claim target;
	private RelationKind kind;

	NewRelationDialog(Shell shell, Claim source, List<Claim> targets, Function<Claim, List<RelationKind>> allowedKinds) {
		super(shell);
		this.source = source;
		this.targets = targets;
		this.allowedKinds = allowedKinds;
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		getShell().setText("New Relation");
		setTitle("New relation from " + source.getName());
		setMessage(ElementText.kindName(source.getKind()) + " claim " + ElementText.claimLabel(source));
		Composite area = (Composite) super.createDialogArea(parent);
		Composite body = new Composite(area, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(2).applyTo(body);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(body);

		Label targetLabel = new Label(body, SWT.NONE);
		targetLabel.setText("Target claim:");
		GridDataFactory.swtDefaults().align(SWT.BEGINNING, SWT.BEGINNING).applyTo(targetLabel);
		targetTable = new Table(body, SWT.SINGLE | SWT.FULL_SELECTION | SWT.BORDER | SWT.V_SCROLL);
		for (Claim claim : targets) {
			new TableItem(targetTable, SWT.NONE)
					.setText(ElementText.kindName(claim.getKind()) + "  " + ElementText.claimLabel(claim));
		}
		GridDataFactory.fillDefaults().grab(true, true).hint(560, 200).applyTo(targetTable);
		targetTable.addSelectionListener(SelectionListener.widgetSelectedAdapter(e -> targetChosen()));

		new Label(body, SWT.NONE).setText("Relation kind:");
		kindCombo = new Combo(body, SWT.READ_ONLY);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(kindCombo);
		kindCombo.addSelectionListener(SelectionListener.widgetSelectedAdapter(e -> kindChosen()));
		new Label(body, SWT.NONE);
		kindDescription = new Label(body, SWT.WRAP);
		GridDataFactory.fillDefaults().grab(true, false).hint(560, SWT.DEFAULT).applyTo(kindDescription);
		return area;
	}

	private void targetChosen() {
		int index = targetTable.getSelectionIndex();
		kinds = index < 0 ? List.of() : allowedKinds.apply(targets.get(index));
		kindCombo.removeAll();
		kinds.forEach(k -> kindCombo.add(k.getName()));
		if (kinds.size() == 1) {
			kindCombo.select(0);
		}
		kindChosen();
	}

	private void kindChosen() {
		int index = kindCombo.getSelectionIndex();
		String description = index < 0 ? null : kinds.get(index).getDescription();
		kindDescription.setText(description == null ? "" : description);
		kindDescription.getParent().layout();
		if (getButton(IDialogConstants.OK_ID) != null) {
			getButton(IDialogConstants.OK_ID).setEnabled(index >= 0 && targetTable.getSelectionIndex() >= 0);
		}
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		super.createButtonsForButtonBar(parent);
		getButton(IDialogConstants.OK_ID).setEnabled(false);
	}

	@Override
	protected void okPressed() {
		target = targets.get(targetTable.getSelectionIndex());
		kind = kinds.get(kindCombo.getSelectionIndex());
		super.okPressed();
	}

	Claim target() {
		return target;
	}

	RelationKind kind() {
		return kind;
	}
}
