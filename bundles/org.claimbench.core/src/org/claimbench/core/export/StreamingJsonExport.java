package org.claimbench.core.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.claimbench.core.ClaimBenchLanguages;
import org.claimbench.core.ModelLoader;
import org.claimbench.core.ProjectContext;
import org.claimbench.model.claims.Document;
import org.claimbench.model.claims.Schema;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.resource.XtextResourceSet;

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
		List<Path> documents = files.stream().filter(StreamingJsonExport::isDocument).toList();
		XtextResourceSet set = ClaimBenchLanguages.newResourceSet();
		for (Path file : files) {
			if (!isDocument(file)) {
				ModelLoader.loadFile(set, file, new ArrayList<>());
			}
		}
		ProjectContext.of(files).install(set);
		Set<URI> seen = new HashSet<>();
		documents.forEach(document -> seen.add(uriOf(document)));
		// Resource URI of each root found beyond the given documents, and whether it is a document (or a schema).
		Map<URI, Boolean> found = new LinkedHashMap<>();
		try (JsonFrame frame = new JsonFrame(out)) {
			for (Path document : documents) {
				List<Resource> before = List.copyOf(set.getResources());
				// A register is shared context, already loaded: written from there.
				Resource shared = set.getResource(uriOf(document), false);
				Resource resource = shared != null ? shared : ModelLoader.loadFile(set, document, new ArrayList<>());
				if (resource != null) {
					for (EObject root : List.copyOf(resource.getContents())) {
						if (root instanceof Document original) {
							frame.add(original);
							follow(original, seen, found);
						}
					}
				}
				set.getResources().retainAll(before);
			}
			writeFound(set, frame, found, true);
			frame.startSchemas();
			writeFound(set, frame, found, false);
		}
	}

	/** The roots the element refers to, and theirs, depth first, as {@link SelfContainedCopy#of} visits them. */
	private static void follow(EObject original, Set<URI> seen, Map<URI, Boolean> found) {
		Deque<EObject> pending = new ArrayDeque<>(List.of(original));
		while (!pending.isEmpty()) {
			EObject root = pending.pop();
			for (EObject target : SelfContainedCopy.crossReferencedRoots(root)) {
				Resource resource = target.eResource();
				if (resource != null && seen.add(resource.getURI())) {
					if (target instanceof Document || target instanceof Schema) {
						found.put(resource.getURI(), target instanceof Document);
					}
					pending.push(target);
				}
			}
		}
	}

	private static void writeFound(XtextResourceSet set, JsonFrame frame, Map<URI, Boolean> found, boolean documents) {
		for (Map.Entry<URI, Boolean> root : found.entrySet()) {
			if (root.getValue() != documents) {
				continue;
			}
			List<Resource> before = List.copyOf(set.getResources());
			for (EObject content : List.copyOf(set.getResource(root.getKey(), true).getContents())) {
				if (content instanceof Document || content instanceof Schema) {
					frame.add(content);
				}
			}
			set.getResources().retainAll(before);
		}
	}

	private static URI uriOf(Path file) {
		return URI.createFileURI(file.toAbsolutePath().normalize().toString());
	}

	private static boolean isDocument(Path file) {
		return file.toString().endsWith("." + ClaimBenchLanguages.DOCUMENT_EXTENSION);
	}
}
