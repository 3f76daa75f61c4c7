package org.claimbench.ui.internal.editor;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.Command;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.commands.State;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.handlers.HandlerUtil;
import org.eclipse.ui.handlers.RegistryToggleState;

/**
 * Annotate > Show Relations: arcs between related claims in every annotation editor, or none. The choice is the
 * command's toggle state, which the workbench keeps from one session to the next and the menu shows checked.
 */
public final class ShowRelationsHandler extends AbstractHandler {

	public static final String COMMAND = "org.claimbench.ui.showRelations";

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		boolean show = !HandlerUtil.toggleCommandState(event.getCommand());
		for (IWorkbenchWindow window : PlatformUI.getWorkbench().getWorkbenchWindows()) {
			for (IWorkbenchPage page : window.getPages()) {
				for (IEditorReference reference : page.getEditorReferences()) {
					if (reference.getEditor(false) instanceof AnnotationEditor editor) {
						editor.showRelations(show);
					}
				}
			}
		}
		return null;
	}

	/** Whether relations are shown now; they are until the user hides them. */
	public static boolean shownNow() {
		Command command = PlatformUI.getWorkbench().getService(ICommandService.class).getCommand(COMMAND);
		State state = command.getState(RegistryToggleState.STATE_ID);
		return state == null || !(state.getValue() instanceof Boolean value) || value;
	}
}
