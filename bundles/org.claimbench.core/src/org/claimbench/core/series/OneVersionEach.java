package org.claimbench.core.series;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.claimbench.model.claims.Document;
import org.claimbench.model.claims.DocumentStatus;

/** One coded version of each statement, for what reads a series: counting a statement twice would make it say things twice. */
public final class OneVersionEach {

	/**
	 * What the choice reads of a document, all from its header: noted while a document is loaded, it lets documents too
	 * many to hold at once be chosen among after they have been dropped.
	 *
	 * @param statement the source text's path with the document's folder, the same for every version of one statement
	 */
	public record Version(String file, boolean register, String statement, boolean curated, String coder, String name) {

		public static Version of(Document document) {
			String file = document.eResource() == null ? "" : document.eResource().getURI().toString();
			String folder = document.eResource() == null ? "" : document.eResource().getURI().trimSegments(1).toString();
			return new Version(file, document.isRegister(), folder + "/" + document.getSource(),
					document.getStatus() == DocumentStatus.CURATED, document.getCoder(), String.valueOf(document.getName()));
		}
	}

	private OneVersionEach() {
	}

	/**
	 * Of several coders' documents over one source text: the curated one, else the one that names no coder,
	 * else the first by name; the others go to setAside. Registers hold no statement and are not returned.
	 */
	public static List<Document> oneEach(List<Document> documents, List<Document> setAside) {
		Map<Version, Document> byVersion = new IdentityHashMap<>();
		List<Version> versions = new ArrayList<>();
		for (Document document : documents) {
			Version version = Version.of(document);
			byVersion.put(version, document);
			versions.add(version);
		}
		List<Version> asideVersions = new ArrayList<>();
		List<Document> chosen = choose(versions, asideVersions).stream().map(byVersion::get).toList();
		asideVersions.forEach(version -> setAside.add(byVersion.get(version)));
		return new ArrayList<>(chosen);
	}

	/** {@link #oneEach} of the documents' versions, noted earlier. */
	public static List<Version> choose(List<Version> versions, List<Version> setAside) {
		Map<String, List<Version>> bySource = new LinkedHashMap<>();
		for (Version version : versions) {
			if (!version.register()) {
				bySource.computeIfAbsent(version.statement(), key -> new ArrayList<>()).add(version);
			}
		}
		List<Version> chosen = new ArrayList<>();
		for (List<Version> candidates : bySource.values()) {
			candidates.sort(Comparator.comparing((Version v) -> v.curated() ? 0 : v.coder() == null ? 1 : 2)
					.thenComparing(Version::name));
			chosen.add(candidates.get(0));
			setAside.addAll(candidates.subList(1, candidates.size()));
		}
		return chosen;
	}
}
