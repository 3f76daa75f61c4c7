package org.claimbench.ui.internal.views;

import org.claimbench.ui.internal.editor.AnnotationEditor;
import org.eclipse.ui.IViewSite;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.operations.RedoActionHandler;
import org.eclipse.ui.operations.UndoActionHandler;

/** Undo and Redo in a view act on the followed annotation editor's history, the view's own edits included. */
final class EditorUndo {

	private EditorUndo() {
	}

	/** Points the view's Undo and Redo at the editor's undo context; none when there is no editor. */
	static void connect(IViewSite site, AnnotationEditor editor) {
		var bars = site.getActionBars();
		bars.setGlobalActionHandler(ActionFactory.UNDO.getId(),
				editor == null ? null : new UndoActionHandler(site, editor.undoContext()));
		bars.setGlobalActionHandler(ActionFactory.REDO.getId(),
				editor == null ? null : new RedoActionHandler(site, editor.undoContext()));
		bars.updateActionBars();
	}
}
