package org.claimbench.ui.internal.build;

import java.util.Set;

import org.claimbench.workspace.internal.build.ClaimBenchNature;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.CoreException;

/**
 * Project > Convert to ClaimBench Project: gives the selected projects (or the active editor's) the ClaimBench
 * nature, so that the builder validates their files from now on, starting with a full build.
 */
public final class ConvertProjectHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		Set<IProject> projects = SelectedProjects.of(event);
		for (IProject project : projects) {
			try {
				ClaimBenchNature.addTo(project, null);
			} catch (CoreException e) {
				throw new ExecutionException(project.getName() + " could not be made a ClaimBench project: " + e.getMessage(), e);
			}
		}
		return projects.size();
	}
}
