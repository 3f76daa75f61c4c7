package org.claimbench.ui.sourceeditor.internal;

import org.eclipse.jface.action.IMenuManager;
import org.eclipse.ui.editors.text.TextEditorActionContributor;

/**
 * Connects the source editor's undo, redo, find and the like to the workbench's global actions. The ClaimBench
 * window has no IDE Edit menu with the groups the text editor's contributor fills, so it adds no menu items.
 */
public final class SourceEditorActionContributor extends TextEditorActionContributor {

	@Override
	public void contributeToMenu(IMenuManager menu) {
	}
}
