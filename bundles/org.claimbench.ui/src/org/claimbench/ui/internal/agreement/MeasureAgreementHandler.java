package org.claimbench.ui.internal.agreement;

import java.io.IOException;

import org.claimbench.ui.internal.curation.CurationInput;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;

/**
 * Measure Agreement...: shows the Agreement view and measures, in the background, the coders' versions of the
 * selected statement (a coder's document or the statement's text), or every statement of the selected project or
 * folder; without a selection, the statement of the active annotation or curation editor. Returns the view, or null.
 */
public final class MeasureAgreementHandler extends AbstractHandler {

	private static final String TITLE = "Measure Agreement";

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		Shell shell = HandlerUtil.getActiveShell(event);
		IResource resource = selectedResource(event);
		AgreementScope scope;
		try {
			scope = resource == null ? null : AgreementScope.of(resource);
		} catch (IOException e) {
			MessageDialog.openError(shell, TITLE, "Cannot look for the versions beside " + resource.getFullPath() + ": " + e.getMessage());
			return null;
		}
		if (scope == null) {
			MessageDialog.openInformation(shell, TITLE, (resource == null ? "" : resource.getName() + " is no statement. ")
					+ "Select a coder's annotation document (.claims), a statement's text (.txt) or a project in the Project Explorer.");
			return null;
		}
		try {
			AgreementView view = (AgreementView) HandlerUtil.getActiveWorkbenchWindowChecked(event).getActivePage().showView(AgreementView.ID);
			view.measure(scope);
			return view;
		} catch (PartInitException e) {
			MessageDialog.openError(shell, TITLE, e.getMessage());
			return null;
		}
	}

	private static IResource selectedResource(ExecutionEvent event) {
		if (HandlerUtil.getCurrentSelection(event) instanceof IStructuredSelection structured && structured.size() == 1) {
			IResource resource = Adapters.adapt(structured.getFirstElement(), IResource.class);
			if (resource != null) {
				return resource;
			}
		}
		IEditorPart editor = HandlerUtil.getActiveEditor(event);
		if (editor != null && editor.getEditorInput() instanceof CurationInput curation && !curation.versions().isEmpty()) {
			return curation.versions().get(0);
		}
		return editor != null && editor.getEditorInput() instanceof IFileEditorInput input ? input.getFile() : null;
	}
}
