package org.claimbench.ui.internal.series;

import org.claimbench.ui.internal.editor.AnnotationEditor;
import org.claimbench.ui.internal.editor.OpenDocuments;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.handlers.HandlerUtil;

/**
 * Annotate > Suggest Links: looks in a job for the active statement's claims that reuse an earlier statement's
 * wording without a link to it, then offers them to accept or dismiss ({@link SuggestedLinksDialog}).
 */
public final class SuggestLinksHandler extends AbstractHandler {

	public static final String COMMAND = "org.claimbench.ui.suggestLinks";

	@Override
	public Object execute(ExecutionEvent event) {
		if (!(HandlerUtil.getActiveEditor(event) instanceof AnnotationEditor editor) || editor.session().document() == null) {
			return null;
		}
		IWorkbenchPage page = editor.getSite().getPage();
		Shell shell = editor.getSite().getShell();
		SuggestionSearch search = new SuggestionSearch(editor.session().file(), OpenDocuments.unsaved(page, editor.session().file().getProject()),
				shell.getDisplay(), found -> {
					if (shell.isDisposed() || editor.session().document() == null || page.findEditor(editor.getEditorInput()) != editor) {
						return;
					}
					if (found.suggestions().isEmpty()) {
						MessageDialog.openInformation(shell, SuggestedLinksDialog.TITLE, found.message());
					} else {
						new SuggestedLinksDialog(shell, editor, found.suggestions()).open();
					}
				});
		search.schedule();
		return search;
	}
}
