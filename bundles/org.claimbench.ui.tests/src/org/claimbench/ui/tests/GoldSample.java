package org.claimbench.ui.tests;

import java.io.InputStream;
import java.net.URL;
import java.util.Collections;

import org.claimbench.model.claims.Claim;
import org.claimbench.ui.internal.editor.AnnotationEditor;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.Platform;

/** A fresh copy of the gold sample the samples bundle ships: the real statement, schemas and annotations. */
final class GoldSample {

	static final String FOLDER = "us-japan-edd-2024";

	private GoldSample() {
	}

	/** Creates the project afresh and returns its annotation document. */
	static IFile create(String name) throws Exception {
		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(name);
		if (project.exists()) {
			project.delete(true, true, null);
		}
		project.create(null);
		project.open(null);
		for (URL entry : Collections.list(Platform.getBundle("org.claimbench.samples").findEntries(FOLDER, "*", false))) {
			String path = entry.getPath();
			if (!path.endsWith("/")) {
				try (InputStream in = entry.openStream()) {
					project.getFile(path.substring(path.lastIndexOf('/') + 1)).create(in, true, null);
				}
			}
		}
		return project.getFile(FOLDER + ".claims");
	}

	/** The claim of that name in the editor's current document. */
	static Claim claim(AnnotationEditor editor, String name) {
		return editor.session().document().getClaims().stream().filter(c -> name.equals(c.getName())).findFirst()
				.orElseThrow(() -> new AssertionError("no claim " + name));
	}
}
