package org.claimbench.core.series;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.claimbench.model.claims.Document;
import org.claimbench.model.claims.DocumentStatus;

/** One coded version of each statement, for what reads a series: counting a statement twice would make it say things twice. */
public final class StatementVersions {

	private StatementVersions() {
	}

	/**
	 * Of several coders' documents over one source text: the curated one, else the one that names no coder,
	 * else the first by name; the others go to setAside. Registers hold no statement and are not returned.
	 */
	public static List<Document> oneEach(List<Document> documents, List<Document> setAside) {
		Map<String, List<Document>> bySource = new LinkedHashMap<>();
		for (Document document : documents) {
			if (!document.isRegister()) {
				String folder = document.eResource() == null ? "" : document.eResource().getURI().trimSegments(1).toString();
				bySource.computeIfAbsent(folder + "/" + document.getSource(), key -> new ArrayList<>()).add(document);
			}
		}
		List<Document> chosen = new ArrayList<>();
		for (List<Document> versions : bySource.values()) {
			versions.sort(Comparator.comparing((Document d) -> d.getStatus() == DocumentStatus.CURATED ? 0 : d.getCoder() == null ? 1 : 2)
					.thenComparing(d -> String.valueOf(d.getName())));
			chosen.add(versions.get(0));
			setAside.addAll(versions.subList(1, versions.size()));
		}
		return chosen;
	}
}
