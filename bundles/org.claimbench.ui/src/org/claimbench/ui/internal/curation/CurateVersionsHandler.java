package org.claimbench.ui.internal.curation;

import java.io.IOException;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;

/**
 * Curate Versions...: opens the curation editor on every coder's version of the statement the selected (or
 * active) {@code .claims} file codes. Returns the editor, or null when there is nothing to curate.
 */
public final class CurateVersionsHandler extends AbstractHandler {

	static final String TITLE = "Curate Versions";

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		Shell shell = HandlerUtil.getActiveShell(event);
		IFile file = selectedFile(event);
		if (file == null) {
			MessageDialog.openInformation(shell, TITLE, "Select a coder's annotation document (.claims) in the Project Explorer, or open one.");
			return null;
		}
		return open(shell, HandlerUtil.getActiveWorkbenchWindowChecked(event).getActivePage(), file);
	}

	/**
	 * Opens the curation of the statement the {@code .claims} file codes, or says in a dialog why there is none.
	 * Returns the editor, or null.
	 */
	public static IEditorPart open(Shell shell, IWorkbenchPage page, IFile file) {
		CurationInput input;
		try {
			input = StatementFiles.of(file);
		} catch (IOException e) {
			MessageDialog.openError(shell, TITLE, "Cannot look for the versions beside " + file.getFullPath() + ": " + e.getMessage());
			return null;
		}
		if (input == null) {
			MessageDialog.openInformation(shell, TITLE, file.getName() + " names no source text, so it has no versions to curate.");
			return null;
		}
		if (input.versions().size() < 2) {
			MessageDialog.openInformation(shell, TITLE, "Only one coder's version of " + file.getName() + "'s statement lies in "
					+ file.getParent().getFullPath() + ". Curation compares several coders' documents over the same source text"
					+ " (see the user guide, \"Team work\").");
			return null;
		}
		try {
			return page.openEditor(input, CurationEditor.ID);
		} catch (PartInitException e) {
			MessageDialog.openError(shell, TITLE, e.getMessage());
			return null;
		}
	}

	private static IFile selectedFile(ExecutionEvent event) {
		if (HandlerUtil.getCurrentSelection(event) instanceof IStructuredSelection structured && structured.size() == 1) {
			IFile file = Adapters.adapt(structured.getFirstElement(), IFile.class);
			if (file != null && "claims".equals(file.getFileExtension())) {
				return file;
			}
		}
		IEditorPart editor = HandlerUtil.getActiveEditor(event);
		return editor != null && editor.getEditorInput() instanceof IFileEditorInput input
				&& "claims".equals(input.getFile().getFileExtension()) ? input.getFile() : null;
	}
}
