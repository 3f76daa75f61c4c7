package org.claimbench.ui.internal.build;

import java.util.LinkedHashSet;
import java.util.Set;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.handlers.HandlerUtil;

/**
 * Project > Convert to ClaimBench Project: gives the selected projects (or the active editor's) the ClaimBench
 * nature, so that the builder validates their files from now on, starting with a full build.
 */
public final class ConvertProjectHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		Set<IProject> projects = projects(HandlerUtil.getCurrentSelection(event));
		IEditorPart editor = HandlerUtil.getActiveEditor(event);
		if (projects.isEmpty() && editor != null && editor.getEditorInput() instanceof IFileEditorInput input) {
			projects.add(input.getFile().getProject());
		}
		for (IProject project : projects) {
			try {
				ClaimBenchNature.addTo(project, null);
			} catch (CoreException e) {
				throw new ExecutionException(project.getName() + " could not be made a ClaimBench project: " + e.getMessage(), e);
			}
		}
		return projects.size();
	}

	private static Set<IProject> projects(ISelection selection) {
		Set<IProject> projects = new LinkedHashSet<>();
		if (selection instanceof IStructuredSelection structured) {
			for (Object element : structured.toList()) {
				IResource resource = Adapters.adapt(element, IResource.class);
				if (resource != null && resource.getProject() != null && resource.getProject().isOpen()) {
					projects.add(resource.getProject());
				}
			}
		}
		return projects;
	}
}
