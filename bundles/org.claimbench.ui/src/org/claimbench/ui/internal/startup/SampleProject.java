package org.claimbench.ui.internal.startup;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.Enumeration;

import org.claimbench.workspace.internal.build.ClaimBenchNature;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.Status;
import org.osgi.framework.Bundle;

/** The sample project a new user starts with: a copy of the files the samples bundle ships. */
public final class SampleProject {

	public static final String NAME = "us-japan-edd-2024";
	private static final String SAMPLES_BUNDLE = "org.claimbench.samples";

	private SampleProject() {
	}

	/** Creates the sample project and returns its annotation document, or null when the sample has none. */
	public static IFile create(IProgressMonitor monitor) throws CoreException {
		return create(NAME, monitor);
	}

	/** Creates a copy of the sample under the given project name (the sample's files keep their names). */
	public static IFile create(String projectName, IProgressMonitor monitor) throws CoreException {
		Bundle samples = Platform.getBundle(SAMPLES_BUNDLE);
		if (samples == null) {
			throw new CoreException(Status.error("The " + SAMPLES_BUNDLE + " bundle is not installed."));
		}
		IWorkspace workspace = ResourcesPlugin.getWorkspace();
		IProject project = workspace.getRoot().getProject(projectName);
		IFile[] claims = new IFile[1];
		workspace.run(m -> {
			project.create(m);
			project.open(m);
			// The builder validates the series (and whatever git or another program changes in it later).
			ClaimBenchNature.addTo(project, m);
			Enumeration<URL> entries = samples.findEntries(NAME, "*", false);
			while (entries != null && entries.hasMoreElements()) {
				URL entry = entries.nextElement();
				String path = entry.getPath();
				if (path.endsWith("/")) {
					continue;
				}
				IFile file = project.getFile(path.substring(path.lastIndexOf('/') + 1));
				try (InputStream in = entry.openStream()) {
					file.create(in, true, m);
				} catch (IOException e) {
					throw new CoreException(Status.error("Cannot copy the sample file " + path + ": " + e.getMessage(), e));
				}
				// The sample project is a series (a register, two statements, a second coder's version): open the
				// statement the project is named after.
				if (file.getName().equals(NAME + ".claims")) {
					claims[0] = file;
				}
			}
		}, monitor);
		return claims[0];
	}
}
