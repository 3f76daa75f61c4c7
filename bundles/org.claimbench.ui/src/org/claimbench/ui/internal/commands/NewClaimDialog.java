package org.claimbench.ui.internal.commands;

import java.util.ArrayList;
import java.util.List;

import org.claimbench.model.claims.Actor;
import org.claimbench.model.claims.ClaimKind;
import org.claimbench.ui.internal.editor.ElementText;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;

/** Picks the kind of a new claim from the schema and its holders from the document's actors. */
final class NewClaimDialog extends TitleAreaDialog {

	static final String NO_ACTORS = "This document has no actors yet, and a claim needs a holder. Make the claim now and"
			+ " give it one later in Claim Details, or first select the words that name its holder and use"
			+ " Annotate > New Actor Mention (Ctrl+Alt+M).";

	private final String quote;
	private final List<ClaimKind> kinds;
	private final List<Actor> actors;
	private Combo kindCombo;
	private Table holderTable;
	private ClaimKind kind;
	private final List<Actor> holders = new ArrayList<>();

	NewClaimDialog(Shell shell, String quote, List<ClaimKind> kinds, List<Actor> actors) {
		super(shell);
		this.quote = quote;
		this.kinds = kinds;
		this.actors = actors;
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		getShell().setText("New Claim");
		setTitle("New claim");
		setMessage("\u201C" + (quote.length() > 80 ? quote.substring(0, 77) + "..." : quote) + "\u201D");
		Composite area = (Composite) super.createDialogArea(parent);
		Composite body = new Composite(area, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(2).applyTo(body);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(body);
		new Label(body, SWT.NONE).setText("Kind:");
		kindCombo = new Combo(body, SWT.READ_ONLY);
		kinds.forEach(k -> kindCombo.add(ElementText.kindName(k)));
		kindCombo.addModifyListener(e -> updateButtons());
		GridDataFactory.fillDefaults().grab(true, false).applyTo(kindCombo);
		Label holderLabel = new Label(body, SWT.NONE);
		holderLabel.setText("Held by:");
		GridDataFactory.swtDefaults().align(SWT.BEGINNING, SWT.BEGINNING).applyTo(holderLabel);
		holderTable = new Table(body, SWT.CHECK | SWT.BORDER | SWT.V_SCROLL);
		for (Actor actor : actors) {
			new TableItem(holderTable, SWT.NONE).setText(actor.getName()
					+ (actor.getKind() == null ? "" : " : " + ElementText.kindName(actor.getKind())));
		}
		GridDataFactory.fillDefaults().grab(true, true).hint(SWT.DEFAULT, 160).applyTo(holderTable);
		if (actors.isEmpty()) {
			// A claim needs a holder (validation says so), and only actors can hold one: say how to make the first.
			setMessage(NO_ACTORS, IMessageProvider.INFORMATION);
		}
		if (kinds.isEmpty()) {
			setErrorMessage("The document's schema declares no claim kinds.");
		}
		return area;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		super.createButtonsForButtonBar(parent);
		updateButtons();
	}

	private void updateButtons() {
		if (getButton(IDialogConstants.OK_ID) != null) {
			getButton(IDialogConstants.OK_ID).setEnabled(kindCombo.getSelectionIndex() >= 0);
		}
	}

	@Override
	protected void okPressed() {
		kind = kinds.get(kindCombo.getSelectionIndex());
		TableItem[] items = holderTable.getItems();
		for (int i = 0; i < items.length; i++) {
			if (items[i].getChecked()) {
				holders.add(actors.get(i));
			}
		}
		super.okPressed();
	}

	ClaimKind kind() {
		return kind;
	}

	List<Actor> holders() {
		return holders;
	}
}
