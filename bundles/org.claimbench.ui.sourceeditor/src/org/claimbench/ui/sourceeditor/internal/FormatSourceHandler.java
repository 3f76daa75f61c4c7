package org.claimbench.ui.sourceeditor.internal;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.ui.handlers.HandlerUtil;

/** The Format command of the source editor (Ctrl+Shift+F). */
public final class FormatSourceHandler extends AbstractHandler {

	public static final String COMMAND = "org.claimbench.ui.formatSource";

	@Override
	public Object execute(ExecutionEvent event) {
		if (HandlerUtil.getActiveEditor(event) instanceof SourceEditor editor) {
			editor.format();
		}
		return null;
	}
}
