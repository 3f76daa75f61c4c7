package org.claimbench.ui.internal.editor;

import java.util.Map;

import org.eclipse.jface.action.IAction;
import org.eclipse.ui.IActionBars;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.part.EditorActionBarContributor;
import org.eclipse.ui.texteditor.IUpdate;

/**
 * Connects the Edit menu and its keys (undo, redo, copy, select all, find) to the active annotation editor.
 * Editors of one type share their action bars: handlers set once per editor would leave the menu acting on
 * whichever editor was opened last, so they are set each time another editor becomes active.
 */
public final class AnnotationEditorActionContributor extends EditorActionBarContributor {

	@Override
	public void setActiveEditor(IEditorPart part) {
		IActionBars bars = getActionBars();
		Map<String, IAction> actions = part instanceof AnnotationEditor editor ? editor.globalActions() : Map.of();
		for (String id : AnnotationEditor.GLOBAL_ACTIONS) {
			IAction action = actions.get(id);
			if (action instanceof IUpdate update) {
				update.update();
			}
			bars.setGlobalActionHandler(id, action);
		}
		bars.updateActionBars();
	}
}
