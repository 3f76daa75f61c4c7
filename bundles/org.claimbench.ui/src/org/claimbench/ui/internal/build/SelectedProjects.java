package org.claimbench.ui.internal.build;

import java.util.LinkedHashSet;
import java.util.Set;

import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.handlers.HandlerUtil;

/** The open projects a project command acts on: those of the selected resources, else the active editor's. */
public final class SelectedProjects {

	private SelectedProjects() {
	}

	public static Set<IProject> of(ExecutionEvent event) {
		Set<IProject> projects = new LinkedHashSet<>();
		if (HandlerUtil.getCurrentSelection(event) instanceof IStructuredSelection structured) {
			for (Object element : structured.toList()) {
				IResource resource = Adapters.adapt(element, IResource.class);
				if (resource != null && resource.getProject() != null && resource.getProject().isOpen()) {
					projects.add(resource.getProject());
				}
			}
		}
		IEditorPart editor = HandlerUtil.getActiveEditor(event);
		if (projects.isEmpty() && editor != null && editor.getEditorInput() instanceof IFileEditorInput input) {
			projects.add(input.getFile().getProject());
		}
		return projects;
	}
}
