package org.claimbench.ui.sourceeditor.internal;

import java.util.regex.Pattern;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.custom.BusyIndicator;
import org.eclipse.ui.handlers.HandlerUtil;

/** Rename (Alt+Shift+R) in the source editor: asks for the new name, then renames across the project. */
public final class RenameHandler extends AbstractHandler {

	public static final String COMMAND = "org.claimbench.ui.sourceeditor.rename";
	private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z_0-9]*");

	@Override
	public Object execute(ExecutionEvent event) {
		if (!(HandlerUtil.getActiveEditor(event) instanceof SourceEditor editor)) {
			return null;
		}
		int offset = ((ITextSelection) editor.getSelectionProvider().getSelection()).getOffset();
		String name = editor.nameAt(offset);
		if (name == null) {
			MessageDialog.openInformation(editor.getSite().getShell(), "Rename",
					"Put the caret on the name of a claim, actor, kind, attribute or enum member to rename it.");
			return null;
		}
		InputDialog dialog = new InputDialog(editor.getSite().getShell(), "Rename " + name,
				"New name (every use in the project's schemas and documents follows):", name,
				text -> IDENTIFIER.matcher(text).matches() ? null
						: "A name is letters, digits and _, starting with a letter or _.");
		if (dialog.open() != Window.OK || dialog.getValue().equals(name)) {
			return null;
		}
		String[] problem = new String[1];
		BusyIndicator.showWhile(editor.getSite().getShell().getDisplay(), () -> {
			try {
				if (editor.rename(offset, dialog.getValue()).isEmpty()) {
					problem[0] = "Nothing was renamed: no declaration of " + name + " was found.";
				}
			} catch (Exception e) {
				problem[0] = "Not renamed: " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
			}
		});
		if (problem[0] != null) {
			MessageDialog.openError(editor.getSite().getShell(), "Rename", problem[0]);
		}
		return null;
	}
}
