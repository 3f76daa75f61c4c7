package org.claimbench.dsl.tests.validation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.xtext.resource.XtextResourceSet;

/** A copy of the shipped sample (schemas, source text, gold annotation) in a folder of its own. */
final class SampleProject {

	static final String CODEBOOK = "codebook.cbschema";
	static final String DETERRENCE = "deterrence.cbschema";
	static final String DOCUMENT = "us-japan-edd-2024.claims";
	static final String SOURCE = "us-japan-edd-2024.txt";

	private SampleProject() {
	}

	static ValidationProject in(Path folder, XtextResourceSet resourceSet) {
		try {
			Files.createDirectories(folder);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		ValidationProject project = new ValidationProject(folder, resourceSet);
		for (String file : new String[] { CODEBOOK, DETERRENCE, DOCUMENT, SOURCE }) {
			project.withBundleFile("org.claimbench.samples", "us-japan-edd-2024/" + file);
		}
		return project;
	}
}
