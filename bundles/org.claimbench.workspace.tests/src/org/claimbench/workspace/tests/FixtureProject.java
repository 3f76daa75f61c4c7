package org.claimbench.workspace.tests;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;

/**
 * A small real project on disk: a statement, a schema and an annotation document anchored to it. Shared with the
 * workbench tests, which open it in editors.
 */
public final class FixtureProject {

	public static final String SOURCE = """
			Joint Statement on Extended Deterrence
			The Ministers shared assessments of North Korea's continued destabilizing behavior. \
			Minister Kamikawa reaffirmed their intent to continue discussions on deterrence capabilities.
			""";

	public static final String SCHEMA = """
			schema deterrence
			actor kind State
			actor kind Group
			actor kind Official { role: text  represents: State }
			enum Valence { negative neutral positive }
			claim kind ThreatAssessment is Assessment { valence: Valence = negative }
			claim kind Reaffirmation is Intent { object: text }
			""";

	public static String document() {
		return "document edd source \"edd.txt\" schema deterrence\n"
				+ "actor Ministers : Group { mention \"The Ministers\" at " + at("The Ministers") + " }\n"
				+ "actor Kamikawa : Official { mention \"Minister Kamikawa\" at " + at("Minister Kamikawa") + " }\n"
				+ "claim nk : ThreatAssessment by Ministers { valence negative quote \"North Korea's continued destabilizing behavior\" at "
				+ at("North Korea's continued destabilizing behavior") + " }\n"
				+ "claim ra : Reaffirmation by Kamikawa { quote \"Minister Kamikawa reaffirmed their intent\" at "
				+ at("Minister Kamikawa reaffirmed their intent") + " }\n";
	}

	public static int at(String words) {
		int offset = SOURCE.indexOf(words);
		if (offset < 0) {
			throw new IllegalArgumentException(words);
		}
		return offset;
	}

	/** Creates the project afresh and returns its annotation document with the given text. */
	public static IFile create(String name, String documentText) throws CoreException {
		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(name);
		if (project.exists()) {
			project.delete(true, true, null);
		}
		project.create(null);
		project.open(null);
		write(project.getFile("edd.txt"), SOURCE);
		write(project.getFile("deterrence.cbschema"), SCHEMA);
		IFile claims = project.getFile("edd.claims");
		write(claims, documentText);
		return claims;
	}

	private static void write(IFile file, String text) throws CoreException {
		file.create(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), IResource.FORCE, null);
	}
}
