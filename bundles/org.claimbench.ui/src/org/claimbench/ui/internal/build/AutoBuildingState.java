package org.claimbench.ui.internal.build;

import org.eclipse.core.commands.State;
import org.eclipse.core.resources.ResourcesPlugin;

/**
 * The check mark of Project > Build Automatically: always the workspace's own setting. Menu items read a toggle
 * state when they are made, before any handler is loaded, so the mark is right the first time the menu shows.
 */
public final class AutoBuildingState extends State {

	@Override
	public Object getValue() {
		return ResourcesPlugin.getWorkspace().isAutoBuilding();
	}

	/** Tells the menu items that the workspace's setting is now the given one. */
	@Override
	public void setValue(Object value) {
		fireStateChanged(!Boolean.TRUE.equals(value));
	}
}
