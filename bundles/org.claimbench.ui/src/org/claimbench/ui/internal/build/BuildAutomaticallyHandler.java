package org.claimbench.ui.internal.build;

import java.util.Map;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.commands.State;
import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.resources.IWorkspaceDescription;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.commands.IElementUpdater;
import org.eclipse.ui.menus.UIElement;

/**
 * Project > Build Automatically: whether the builder validates files as soon as they change. The menu item's
 * check mark is the workspace's own setting, so it stays right when something else switches it.
 */
public final class BuildAutomaticallyHandler extends AbstractHandler implements IElementUpdater {

	public static final String COMMAND_ID = "org.claimbench.ui.buildAutomatically";
	private static final String STATE_ID = "org.eclipse.ui.commands.toggleState";

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		IWorkspace workspace = ResourcesPlugin.getWorkspace();
		IWorkspaceDescription description = workspace.getDescription();
		description.setAutoBuilding(!description.isAutoBuilding());
		try {
			workspace.setDescription(description);
		} catch (CoreException e) {
			throw new ExecutionException("Build Automatically could not be switched: " + e.getMessage(), e);
		}
		State checkMark = event.getCommand().getState(STATE_ID);
		if (checkMark != null) {
			checkMark.setValue(description.isAutoBuilding());
		}
		PlatformUI.getWorkbench().getService(ICommandService.class).refreshElements(COMMAND_ID, null);
		return description.isAutoBuilding();
	}

	@Override
	public void updateElement(UIElement element, @SuppressWarnings("rawtypes") Map parameters) {
		element.setChecked(ResourcesPlugin.getWorkspace().isAutoBuilding());
	}
}
