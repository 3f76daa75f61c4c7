package org.claimbench.workspace.tests;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Consumer;

import org.claimbench.workspace.internal.build.BuildListeners;
import org.claimbench.workspace.internal.build.ClaimBenchNature;
import org.claimbench.workspace.internal.validation.ProblemMarkers;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IncrementalProjectBuilder;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.jobs.Job;

/**
 * Builds of fixture projects as a user causes them, and what they leave: for the headless builder tests and the
 * workbench's. While open, it notes which files the builder validates.
 */
public final class Builds implements AutoCloseable {

	private final ConcurrentLinkedQueue<IFile> validated = new ConcurrentLinkedQueue<>();
	private final Consumer<IFile> listener = validated::add;

	/** Starts noting the files the builder validates. */
	public Builds() {
		BuildListeners.add(listener);
	}

	@Override
	public void close() {
		BuildListeners.remove(listener);
	}

	/** The files of the project validated since the last {@link #clear()} (other projects may build meanwhile). */
	public Set<String> validatedNames(IProject project) {
		Set<String> names = new TreeSet<>();
		validated.stream().filter(file -> file.getProject().equals(project)).forEach(file -> names.add(file.getName()));
		return names;
	}

	public void clear() {
		validated.clear();
	}

	/** Makes the document's project a ClaimBench project and builds it. */
	public static IProject claimBenchProject(IFile document) throws Exception {
		IProject project = document.getProject();
		ClaimBenchNature.addTo(project, null);
		build(project);
		return project;
	}

	/** Lets a pending automatic build finish, then builds what it left, as Project > Build All would. */
	public static void build(IProject project) throws Exception {
		Job.getJobManager().join(ResourcesPlugin.FAMILY_AUTO_BUILD, null);
		project.build(IncrementalProjectBuilder.INCREMENTAL_BUILD, null);
		Job.getJobManager().join(ResourcesPlugin.FAMILY_AUTO_BUILD, null);
	}

	/** Writes the file as git or another program would: straight to disk, then the workspace notices. */
	public static void writeOnDisk(IFile file, String text) throws IOException, CoreException {
		Files.writeString(file.getLocation().toFile().toPath(), text, StandardCharsets.UTF_8);
		file.refreshLocal(IResource.DEPTH_ZERO, null);
	}

	/** The file's error markers as "name:line: message". */
	public static List<String> errors(IFile file) throws CoreException {
		return Arrays.stream(file.findMarkers(ProblemMarkers.TYPE, false, IResource.DEPTH_ZERO))
				.filter(marker -> marker.getAttribute(IMarker.SEVERITY, -1) == IMarker.SEVERITY_ERROR)
				.map(marker -> file.getName() + ":" + marker.getAttribute(IMarker.LINE_NUMBER, 0) + ": "
						+ marker.getAttribute(IMarker.MESSAGE, ""))
				.toList();
	}
}
