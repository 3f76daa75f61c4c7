package org.claimbench.ui.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.Collections;

import org.claimbench.ui.internal.startup.SampleProject;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.Platform;
import org.junit.jupiter.api.Test;

/** A new user's empty workspace gets the sample project at the first start. */
class FirstStartTest {

	@Test
	void sampleProjectHoldsEveryFileOfTheBundledSample() throws Exception {
		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(SampleProject.NAME);
		assertTrue(project.isOpen(), "the sample project was created at start-up");
		for (URL entry : Collections.list(Platform.getBundle("org.claimbench.samples").findEntries(SampleProject.NAME, "*", false))) {
			String name = entry.getPath().substring(entry.getPath().lastIndexOf('/') + 1);
			if (!name.isEmpty()) {
				assertTrue(project.getFile(name).exists(), name + " was copied into the sample project");
			}
		}
		assertTrue(project.getFile("us-japan-edd-2024.txt").exists(), "the statement text is there");
	}
}
