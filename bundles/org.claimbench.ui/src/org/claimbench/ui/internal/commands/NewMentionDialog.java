package org.claimbench.ui.internal.commands;

import java.util.List;

import org.claimbench.model.claims.Actor;
import org.claimbench.model.claims.ActorKind;
import org.claimbench.ui.internal.editor.ElementText;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.events.SelectionListener;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/** Asks whether the selected words mention an existing actor, or a new one (name and kind). */
final class NewMentionDialog extends TitleAreaDialog {

	private final String quote;
	private final List<Actor> actors;
	private final List<ActorKind> kinds;
	private Button existing;
	private Combo actorCombo;
	private Text nameText;
	private Combo kindCombo;
	private Actor existingActor;
	private String newActorName;
	private String newActorLabel;
	private ActorKind newActorKind;

	NewMentionDialog(Shell shell, String quote, List<Actor> actors, List<ActorKind> kinds) {
		super(shell);
		this.quote = quote;
		this.actors = actors;
		this.kinds = kinds;
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		getShell().setText("New Actor Mention");
		setTitle("New actor mention");
		setMessage("\u201C" + (quote.length() > 80 ? quote.substring(0, 77) + "..." : quote) + "\u201D");
		Composite area = (Composite) super.createDialogArea(parent);
		Composite body = new Composite(area, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(2).applyTo(body);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(body);

		existing = new Button(body, SWT.RADIO);
		existing.setText("Existing actor:");
		actorCombo = new Combo(body, SWT.READ_ONLY);
		actors.forEach(a -> actorCombo.add(a.getName()));
		GridDataFactory.fillDefaults().grab(true, false).applyTo(actorCombo);

		Button fresh = new Button(body, SWT.RADIO);
		fresh.setText("New actor:");
		nameText = new Text(body, SWT.BORDER);
		nameText.setText(quote.replaceAll("[^\\p{L}\\p{N}_]", ""));
		GridDataFactory.fillDefaults().grab(true, false).applyTo(nameText);
		new Label(body, SWT.NONE).setText("    of kind:");
		kindCombo = new Combo(body, SWT.READ_ONLY);
		kindCombo.add("(none)");
		kinds.forEach(k -> kindCombo.add(ElementText.kindName(k)));
		kindCombo.select(0);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(kindCombo);

		// Enter must make the mention the words suggest: the actor they name, else a new one; never simply the first.
		Actor named = ActorByWords.find(actors, quote);
		existing.setEnabled(!actors.isEmpty());
		existing.setSelection(named != null);
		fresh.setSelection(named == null);
		if (named != null) {
			actorCombo.select(actors.indexOf(named));
		} else if (!actors.isEmpty()) {
			actorCombo.select(0);
		}
		SelectionListener update = SelectionListener.widgetSelectedAdapter(e -> updateEnablement());
		existing.addSelectionListener(update);
		fresh.addSelectionListener(update);
		nameText.addModifyListener(e -> updateEnablement());
		return area;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		super.createButtonsForButtonBar(parent);
		updateEnablement();
	}

	private void updateEnablement() {
		boolean useExisting = existing.getSelection();
		actorCombo.setEnabled(useExisting);
		nameText.setEnabled(!useExisting);
		kindCombo.setEnabled(!useExisting);
		if (getButton(IDialogConstants.OK_ID) != null) {
			getButton(IDialogConstants.OK_ID).setEnabled(useExisting || !nameText.getText().isBlank());
		}
	}

	@Override
	protected void okPressed() {
		if (existing.getSelection()) {
			existingActor = actors.get(actorCombo.getSelectionIndex());
		} else {
			newActorName = nameText.getText().trim();
			newActorLabel = quote.strip();
			int kind = kindCombo.getSelectionIndex();
			newActorKind = kind > 0 ? kinds.get(kind - 1) : null;
		}
		super.okPressed();
	}

	Actor existingActor() {
		return existingActor;
	}

	String newActorName() {
		return newActorName;
	}

	/** The words of the first mention, the new actor's label. */
	String newActorLabel() {
		return newActorLabel;
	}

	ActorKind newActorKind() {
		return newActorKind;
	}
}
