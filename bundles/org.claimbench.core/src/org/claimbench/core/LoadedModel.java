package org.claimbench.core;

import java.nio.file.Path;
import java.util.List;

import org.claimbench.model.claims.Document;
import org.claimbench.model.claims.Schema;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.resource.XtextResourceSet;

/**
 * Files loaded into one resource set: the resources the user asked for (in the order found),
 * schemas loaded only so that documents link, and the files that could not be read at all.
 */
public record LoadedModel(XtextResourceSet resourceSet, List<Resource> requested, List<Path> files,
		List<Diagnostic> loadProblems) {

	public boolean hasLoadProblems() {
		return !loadProblems.isEmpty();
	}

	public List<Document> documents() {
		return requested.stream().flatMap(r -> r.getContents().stream())
				.filter(Document.class::isInstance).map(Document.class::cast).toList();
	}

	public List<Schema> schemas() {
		return requested.stream().flatMap(r -> r.getContents().stream())
				.filter(Schema.class::isInstance).map(Schema.class::cast).toList();
	}
}
