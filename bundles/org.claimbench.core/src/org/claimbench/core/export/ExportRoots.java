package org.claimbench.core.export;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

import org.claimbench.model.claims.Document;
import org.claimbench.model.claims.Schema;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;

/**
 * The roots a self-contained export carries beyond the documents given: the documents and schemas they refer to,
 * found while each document is loaded anyway (during validation, on several threads) and put in the order a
 * {@link SelfContainedCopy} of all the documents would list them, which a streamed XMI must know before it
 * writes the first reference to one of them.
 */
public final class ExportRoots {

	private final Set<URI> given = new HashSet<>();
	/** For each given document, the roots it leads to, depth first; true for a document, false for a schema. */
	private final Map<URI, Map<URI, Boolean>> byDocument = new ConcurrentHashMap<>();

	public ExportRoots(List<Path> documents) {
		documents.forEach(document -> given.add(DocumentPass.uriOf(document)));
	}

	/** Notes what the document refers to; may be called from several threads at once. */
	public void visit(Document document) {
		Resource resource = document.eResource();
		if (resource != null) {
			Map<URI, Boolean> found = new LinkedHashMap<>();
			Set<URI> seen = new HashSet<>();
			// The given documents count as seen, without copying their set for each document.
			follow(document, uri -> !given.contains(uri) && seen.add(uri), found);
			byDocument.merge(resource.getURI(), found, (a, b) -> {
				Map<URI, Boolean> both = new LinkedHashMap<>(a);
				b.forEach(both::putIfAbsent);
				return both;
			});
		}
	}

	/**
	 * The roots found beyond the given documents, in the order {@link SelfContainedCopy#of} meets them: a root that
	 * an earlier document led to is not met again.
	 */
	public Map<URI, Boolean> inOrder(List<Path> documents) {
		Map<URI, Boolean> all = new LinkedHashMap<>();
		for (Path document : documents) {
			byDocument.getOrDefault(DocumentPass.uriOf(document), Map.of()).forEach(all::putIfAbsent);
		}
		return all;
	}

	/**
	 * The roots the element refers to, and theirs, depth first, as {@link SelfContainedCopy#of} visits them; a root is
	 * followed when it is seen for the first time (the predicate adds it to what has been seen).
	 */
	static void follow(EObject original, Predicate<URI> firstSight, Map<URI, Boolean> found) {
		Deque<EObject> pending = new ArrayDeque<>(List.of(original));
		while (!pending.isEmpty()) {
			EObject root = pending.pop();
			for (EObject target : SelfContainedCopy.crossReferencedRoots(root)) {
				Resource resource = target.eResource();
				if (resource != null && firstSight.test(resource.getURI())) {
					if (target instanceof Document || target instanceof Schema) {
						found.put(resource.getURI(), target instanceof Document);
					}
					pending.push(target);
				}
			}
		}
	}
}
