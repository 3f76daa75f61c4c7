package org.claimbench.workspace.internal.build;

import java.util.Arrays;

import org.eclipse.core.resources.ICommand;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IProjectDescription;
import org.eclipse.core.resources.IProjectNature;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;

/** Marks a project as a ClaimBench project: its schemas and documents are validated by {@link ClaimBenchBuilder}. */
public final class ClaimBenchNature implements IProjectNature {

	public static final String ID = "org.claimbench.ui.nature";

	private IProject project;

	/** True when the project is open and has the nature. */
	public static boolean isOn(IProject project) {
		try {
			return project.isOpen() && project.hasNature(ID);
		} catch (CoreException e) {
			return false;
		}
	}

	/** Gives the project the nature (and so the builder); nothing happens when it has it already. */
	public static void addTo(IProject project, IProgressMonitor monitor) throws CoreException {
		if (isOn(project)) {
			return;
		}
		IProjectDescription description = project.getDescription();
		String[] natures = Arrays.copyOf(description.getNatureIds(), description.getNatureIds().length + 1);
		natures[natures.length - 1] = ID;
		description.setNatureIds(natures);
		project.setDescription(description, monitor);
	}

	@Override
	public void configure() throws CoreException {
		IProjectDescription description = project.getDescription();
		ICommand[] commands = description.getBuildSpec();
		if (Arrays.stream(commands).anyMatch(command -> ClaimBenchBuilder.ID.equals(command.getBuilderName()))) {
			return;
		}
		ICommand command = description.newCommand();
		command.setBuilderName(ClaimBenchBuilder.ID);
		ICommand[] withBuilder = Arrays.copyOf(commands, commands.length + 1);
		withBuilder[commands.length] = command;
		description.setBuildSpec(withBuilder);
		project.setDescription(description, null);
	}

	@Override
	public void deconfigure() throws CoreException {
		IProjectDescription description = project.getDescription();
		description.setBuildSpec(Arrays.stream(description.getBuildSpec())
				.filter(command -> !ClaimBenchBuilder.ID.equals(command.getBuilderName())).toArray(ICommand[]::new));
		project.setDescription(description, null);
	}

	@Override
	public IProject getProject() {
		return project;
	}

	@Override
	public void setProject(IProject project) {
		this.project = project;
	}
}
