package org.claimbench.ui.internal.commands;

import org.claimbench.dsl.source.SourceLoad;
import org.claimbench.ui.internal.editor.AnnotationEditor;
import org.claimbench.workspace.internal.model.AnnotationSession;
import org.claimbench.workspace.internal.model.Reanchoring;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.handlers.HandlerUtil;

/**
 * Annotate > Re-anchor After Source Change: reloads the open document's source text, moves every anchor the
 * relocator places with confidence as one undoable change, and reports what it moved and what it left alone.
 * Returns the {@link Reanchoring}, or null when nothing was attempted.
 */
public final class ReanchorHandler extends AbstractHandler {

	public static final String COMMAND = "org.claimbench.ui.reanchor";
	public static final String TITLE = "Re-anchor After Source Change";

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		IEditorPart part = HandlerUtil.getActiveEditorChecked(event);
		if (!(part instanceof AnnotationEditor editor)) {
			return null;
		}
		Shell shell = HandlerUtil.getActiveShell(event);
		AnnotationSession session = editor.session();
		SourceLoad source = session.reloadSource();
		editor.showSource();
		if (!source.isLoaded()) {
			MessageDialog.openError(shell, TITLE, "Nothing was re-anchored. " + source.message());
			return null;
		}
		if (session.document() == null) {
			MessageDialog.openError(shell, TITLE, "Nothing was re-anchored: " + session.file().getName()
					+ " holds no annotation document.");
			return null;
		}
		Reanchoring reanchoring = Reanchoring.of(session.document(), source.text().text());
		if (reanchoring.moved() > 0 && !editor.apply(TITLE, reanchoring.edit())) {
			MessageDialog.openError(shell, TITLE, "Nothing was re-anchored: " + session.file().getName()
					+ " could not be rewritten (the status line says why).");
			return null;
		}
		String report = ReanchorReport.text(reanchoring);
		if (reanchoring.unplaced().isEmpty()) {
			MessageDialog.openInformation(shell, TITLE, report);
		} else {
			MessageDialog.openWarning(shell, TITLE, report);
		}
		return reanchoring;
	}
}
