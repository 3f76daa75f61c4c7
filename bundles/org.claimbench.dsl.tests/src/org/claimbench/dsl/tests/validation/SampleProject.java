package org.claimbench.dsl.tests.validation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.xtext.resource.XtextResourceSet;

/**
 * A copy of the shipped sample (schemas, actor register, source texts, the gold annotation and the earlier
 * statement it refers to) in a folder of its own.
 */
final class SampleProject {

	static final String CODEBOOK = "codebook.cbschema";
	static final String DETERRENCE = "deterrence.cbschema";
	static final String DOCUMENT = "us-japan-edd-2024.claims";
	static final String SOURCE = "us-japan-edd-2024.txt";
	static final String REGISTER = "us-japan-actors.claims";
	static final String EARLIER = "us-japan-2023.claims";
	static final String EARLIER_SOURCE = "us-japan-joint-statement-2023.txt";

	private SampleProject() {
	}

	static ValidationProject in(Path folder, XtextResourceSet resourceSet) {
		try {
			Files.createDirectories(folder);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		ValidationProject project = new ValidationProject(folder, resourceSet);
		for (String file : new String[] { CODEBOOK, DETERRENCE, REGISTER, DOCUMENT, SOURCE, EARLIER, EARLIER_SOURCE }) {
			project.withBundleFile("org.claimbench.samples", "us-japan-edd-2024/" + file);
		}
		return project;
	}
}
