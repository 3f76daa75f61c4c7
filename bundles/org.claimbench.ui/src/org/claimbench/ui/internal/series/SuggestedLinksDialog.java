package org.claimbench.ui.internal.series;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.claimbench.core.series.LinkSuggestions.Suggestion;
import org.claimbench.ui.internal.editor.AnnotationEditor;
import org.claimbench.ui.internal.views.TextColumns;
import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;

/**
 * The suggested links of the active statement, one per row. Accept writes the selected one as a relation into
 * the statement (undoable in the editor like any annotation); Dismiss drops it without touching the document.
 */
final class SuggestedLinksDialog extends Dialog {

	static final String TITLE = "Suggested Links";
	static final int ACCEPT = IDialogConstants.CLIENT_ID + 1;
	static final int DISMISS = IDialogConstants.CLIENT_ID + 2;

	private final AnnotationEditor editor;
	private final List<Suggestion> open;
	private TableViewer viewer;
	private Label outcome;

	SuggestedLinksDialog(Shell parent, AnnotationEditor editor, List<Suggestion> suggestions) {
		super(parent);
		this.editor = editor;
		this.open = new ArrayList<>(suggestions);
		setShellStyle(getShellStyle() | SWT.RESIZE);
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(TITLE);
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		Label intro = new Label(area, SWT.WRAP);
		intro.setText("Claims of " + editor.session().file().getName() + " that reuse the wording of an earlier statement and are "
				+ "linked to no earlier claim yet. Accept links the claim to the earlier one; Dismiss leaves it as it is.");
		GridDataFactory.fillDefaults().grab(true, false).hint(760, SWT.DEFAULT).applyTo(intro);
		viewer = new TableViewer(area, SWT.SINGLE | SWT.FULL_SELECTION | SWT.BORDER | SWT.V_SCROLL);
		viewer.getTable().setHeaderVisible(true);
		viewer.getTable().setLinesVisible(true);
		GridDataFactory.fillDefaults().grab(true, true).hint(760, 220).applyTo(viewer.getControl());
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		column("Claim", 170, s -> s.claim().getName());
		column("Earlier claim", 230, s -> s.earlierStatement().getName() + "."
				+ (s.earlierClaim() == null ? " (no claim there yet)" : s.earlierClaim().getName()));
		column("Shared", 70, s -> s.passage().shared() + " of " + s.passage().of());
		column("Reused wording", 420, s -> s.passageText().replaceAll("\\s+", " "));
		viewer.setInput(open);
		viewer.addSelectionChangedListener(event -> updateButtons());
		outcome = new Label(area, SWT.WRAP);
		GridDataFactory.fillDefaults().grab(true, false).hint(760, SWT.DEFAULT).applyTo(outcome);
		if (!open.isEmpty()) {
			viewer.getTable().select(0);
		}
		return area;
	}

	private void column(String title, int width, Function<Suggestion, String> text) {
		TextColumns.add(viewer, Suggestion.class, title, width, text);
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, ACCEPT, "&Accept", true);
		createButton(parent, DISMISS, "&Dismiss", false);
		createButton(parent, IDialogConstants.CLOSE_ID, IDialogConstants.CLOSE_LABEL, false);
		updateButtons();
	}

	@Override
	protected void buttonPressed(int buttonId) {
		Suggestion chosen = selected();
		if (buttonId == IDialogConstants.CLOSE_ID) {
			close();
		} else if (chosen != null && buttonId == ACCEPT) {
			String refusal = LinkAcceptance.accept(editor, chosen);
			if (refusal == null) {
				done(chosen, "Linked " + chosen.claim().getName() + " to " + chosen.earlierStatement().getName() + "."
						+ chosen.earlierClaim().getName() + " (Undo in the editor takes it back).");
			} else {
				outcome.setText(refusal);
			}
		} else if (chosen != null && buttonId == DISMISS) {
			DismissedLinks.dismiss(chosen);
			done(chosen, "Dismissed the suggestion for " + chosen.claim().getName() + ".");
		}
	}

	/** Takes the handled suggestion off the list and selects the next, so a user can go on with the keyboard. */
	private void done(Suggestion handled, String what) {
		int index = open.indexOf(handled);
		open.remove(handled);
		viewer.refresh();
		if (!open.isEmpty()) {
			viewer.getTable().select(Math.min(index, open.size() - 1));
		}
		outcome.setText(what + (open.isEmpty() ? " No suggestions left." : ""));
		outcome.getParent().layout(true, true);
		updateButtons();
	}

	private Suggestion selected() {
		return viewer == null ? null : (Suggestion) viewer.getStructuredSelection().getFirstElement();
	}

	private void updateButtons() {
		Button accept = getButton(ACCEPT);
		Button dismiss = getButton(DISMISS);
		if (accept == null) {
			return;
		}
		Suggestion chosen = selected();
		accept.setEnabled(chosen != null && chosen.earlierClaim() != null);
		dismiss.setEnabled(chosen != null);
		if (open.isEmpty()) {
			getButton(IDialogConstants.CLOSE_ID).setFocus();
		}
	}
}
