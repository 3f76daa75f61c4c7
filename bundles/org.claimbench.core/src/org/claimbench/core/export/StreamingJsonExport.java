package org.claimbench.core.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.claimbench.model.claims.Document;
import org.claimbench.model.claims.Schema;
import org.eclipse.emf.common.util.URI;

/**
 * The JSON export of files too many to hold at once: the project's schemas and registers are loaded once,
 * then each annotation document is loaded, written and dropped in turn, as validation does. The output is
 * {@link JsonExporter}'s for all the documents loaded together: the documents in the order given, then the
 * documents and schemas they refer to, in the order a {@link SelfContainedCopy} finds them (each document's
 * references followed depth first before the next document's).
 */
public final class StreamingJsonExport {

	/** Writes the annotation documents among the files, which have loaded without problems before. */
	public void write(List<Path> files, OutputStream out) throws IOException {
		DocumentPass pass = new DocumentPass(files);
		Set<URI> seen = new HashSet<>();
		pass.documents().forEach(document -> seen.add(DocumentPass.uriOf(document)));
		// Resource URI of each root found beyond the given documents, and whether it is a document (or a schema).
		Map<URI, Boolean> found = new LinkedHashMap<>();
		try (JsonFrame frame = new JsonFrame(out)) {
			pass.forEachDocument(document -> {
				frame.add(document);
				ExportRoots.follow(document, seen::add, found);
			});
			writeFound(pass, frame, found, true);
			frame.startSchemas();
			writeFound(pass, frame, found, false);
		}
	}

	private static void writeFound(DocumentPass pass, JsonFrame frame, Map<URI, Boolean> found, boolean documents)
			throws IOException {
		for (Map.Entry<URI, Boolean> root : found.entrySet()) {
			if (root.getValue() == documents) {
				pass.withRoots(root.getKey(), content -> {
					if (content instanceof Document || content instanceof Schema) {
						frame.add(content);
					}
				});
			}
		}
	}
}
