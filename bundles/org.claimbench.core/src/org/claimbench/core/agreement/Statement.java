package org.claimbench.core.agreement;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.claimbench.dsl.source.SourceLoad;
import org.claimbench.dsl.source.SourceTexts;
import org.claimbench.dsl.source.StatementVersions;
import org.claimbench.model.claims.Anchor;
import org.claimbench.model.claims.Document;
import org.claimbench.model.claims.DocumentStatus;
import org.eclipse.emf.common.util.URI;

/**
 * One source text and the coders' documents over it. Documents belong to the same statement when
 * their {@code source} names the same file; a coder is named by the document's {@code coder}, or by
 * its file name when it names none.
 */
public record Statement(String name, long length, List<String> coders, List<Document> documents) {

	/**
	 * Groups coders' documents by their source text, in the order first met, coders in name order.
	 * Registers and curated documents (a gold version is no coder's) are left out.
	 */
	public static List<Statement> group(List<Document> documents) {
		Map<String, List<Document>> bySource = new LinkedHashMap<>();
		for (Document document : documents) {
			String key = keyOf(document);
			if (key != null) {
				bySource.computeIfAbsent(key, k -> new ArrayList<>()).add(document);
			}
		}
		List<Statement> statements = new ArrayList<>();
		for (List<Document> group : bySource.values()) {
			List<Document> sorted = new ArrayList<>(group);
			sorted.sort(Comparator.comparing(Statement::coderOf));
			statements.add(of(sorted));
		}
		return statements;
	}

	/** The documents as one statement, coders in the order given; null when they code different source texts. */
	public static Statement ordered(List<Document> documents) {
		return documents.stream().map(Statement::sourceKey).distinct().count() == 1 ? of(documents) : null;
	}

	private static Statement of(List<Document> documents) {
		List<String> coders = new ArrayList<>();
		for (Document document : documents) {
			String coder = coderOf(document);
			coders.add(coders.contains(coder) ? coder + " (" + fileName(document) + ")" : coder);
		}
		return new Statement(documents.get(0).getSource(), lengthOf(documents), List.copyOf(coders), List.copyOf(documents));
	}

	/** The source text a coder's document belongs to; null for registers, curated documents and documents without one. */
	public static String keyOf(Document document) {
		if (document.isRegister() || document.getSource() == null || document.eResource() == null
				|| document.getStatus() == DocumentStatus.CURATED || isGoldFile(document.eResource().getURI())) {
			return null;
		}
		return sourceKey(document);
	}

	/** The statement's name, length and coders without its documents, which may then be unloaded. */
	public Statement withoutDocuments() {
		return new Statement(name, length, coders, List.of());
	}

	/** A draft gold the curation saved is not yet {@code curated}, but it is no coder's version either. */
	private static boolean isGoldFile(URI uri) {
		return uri.lastSegment() != null && uri.lastSegment().endsWith(StatementVersions.GOLD_SUFFIX);
	}

	private static String sourceKey(Document document) {
		URI uri = document.eResource().getURI();
		return uri.isFile() ? keyOf(Path.of(uri.toFileString()), String.valueOf(document.getSource()))
				: uri.trimSegments(1).appendSegment(String.valueOf(document.getSource())).toString();
	}

	/** The key of a document file (absolute and normalized, as loaded) that names this source text. */
	static String keyOf(Path file, String source) {
		return file.toAbsolutePath().normalize().resolveSibling(source).normalize().toString();
	}

	public static String coderOf(Document document) {
		return document.getCoder() != null && !document.getCoder().isBlank() ? document.getCoder() : fileName(document);
	}

	private static String fileName(Document document) {
		String name = document.eResource().getURI().lastSegment();
		return name.endsWith(".claims") ? name.substring(0, name.length() - ".claims".length()) : name;
	}

	/** The source text's length; where it cannot be read, the end of the last anchor any coder set. */
	private static long lengthOf(List<Document> documents) {
		SourceLoad load = SourceTexts.load(documents.get(0));
		if (load.isLoaded()) {
			return load.text().length();
		}
		long end = 0;
		for (Document document : documents) {
			for (var it = document.eAllContents(); it.hasNext();) {
				if (it.next() instanceof Anchor anchor && anchor.isSetOffset()) {
					end = Math.max(end, anchor.getOffset() + anchor.length());
				}
			}
		}
		return end;
	}
}
