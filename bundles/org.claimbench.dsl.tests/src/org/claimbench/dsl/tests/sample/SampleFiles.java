package org.claimbench.dsl.tests.sample;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;

import org.claimbench.model.claims.Document;
import org.claimbench.model.claims.Schema;
import org.eclipse.core.runtime.FileLocator;
import org.eclipse.core.runtime.Platform;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.resource.XtextResourceSet;

/**
 * The shipped sample as files on disk: the two schemas, the actor register, the gold annotation of the 2024
 * statement with its source text, and the 2023 statement it refers to.
 */
final class SampleFiles {

	static final String CODEBOOK = "codebook.cbschema";
	static final String DETERRENCE = "deterrence.cbschema";
	static final String ANNOTATION = "us-japan-edd-2024.claims";
	static final String SOURCE = "us-japan-edd-2024.txt";
	static final String REGISTER = "us-japan-actors.claims";
	static final String EARLIER = "us-japan-2023.claims";
	static final List<String> MODEL_FILES = List.of(CODEBOOK, DETERRENCE, REGISTER, ANNOTATION, EARLIER);

	private SampleFiles() {
	}

	static File folder() {
		try {
			return new File(FileLocator.toFileURL(Platform.getBundle("org.claimbench.samples").getEntry("us-japan-edd-2024/")).getPath());
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	static URI uri(String name) {
		return URI.createFileURI(new File(folder(), name).getAbsolutePath());
	}

	static String read(String name) throws IOException {
		return Files.readString(new File(folder(), name).toPath(), StandardCharsets.UTF_8);
	}

	/** The source text as anchors count it: decoded from UTF-8 without a byte order mark. */
	static String sourceText() throws IOException {
		String text = read(SOURCE);
		return text.startsWith("\uFEFF") ? text.substring(1) : text;
	}

	/** Loads the given sample files into the set and resolves every cross-reference between them. */
	static List<Resource> load(XtextResourceSet set, List<String> names) {
		List<Resource> resources = names.stream().map(name -> set.getResource(uri(name), true)).toList();
		EcoreUtil.resolveAll(set);
		return resources;
	}

	static Document document(Resource resource) {
		return (Document) resource.getContents().get(0);
	}

	static Schema schema(Resource resource) {
		return (Schema) resource.getContents().get(0);
	}
}
