package org.claimbench.dsl.source;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The documents over one source text beside a document: the versions of a statement that several coders
 * coded, and its gold. They lie in one folder, since a source text outside a document's folder is refused.
 * Only the headers are read ({@link DocumentHeader}), so a folder of large documents is looked through quickly. A version's coder is its header's {@code coder}, else its file name.
 */
public final class StatementVersions {

	/** A document over the source text; {@code curated} for a gold ({@code status curated}), which is no coder's. */
	public record Version(Path file, String coder, boolean curated) {
	}

	/** How the curation names the gold it writes beside the versions: {@code <text>.gold.claims}. */
	public static final String GOLD_SUFFIX = ".gold.claims";

	private static final int HEAD_BYTES = 8192;
	private static final String EXTENSION = ".claims";

	private StatementVersions() {
	}

	/**
	 * The {@code .claims} files in the document's folder whose {@code source} names the same text as
	 * {@code source} does from the document, the document itself included, in file name order.
	 */
	public static List<Version> beside(Path document, String source) throws IOException {
		Path folder = document.toAbsolutePath().normalize().getParent();
		Path text = folder.resolve(source).normalize();
		List<Version> versions = new ArrayList<>();
		try (Stream<Path> files = Files.list(folder)) {
			for (Path file : files.filter(f -> f.getFileName().toString().endsWith(EXTENSION)).sorted(Comparator.comparing(Path::toString))
					.toList()) {
				DocumentHeader header = header(file);
				if (header != null && header.source() != null
						&& folder.resolve(DocumentHeader.unescaped(header.source())).normalize().equals(text)) {
					String name = file.getFileName().toString();
					versions.add(new Version(file, header.coder() != null ? DocumentHeader.unescaped(header.coder())
							: name.substring(0, name.length() - EXTENSION.length()), "curated".equals(header.status())));
				}
			}
		}
		return versions;
	}

	/**
	 * The name of the gold document of a statement, from its source text's file name: letters, digits and '_' only,
	 * then {@code _gold}. The curation and {@code claimbench merge} both name it so, never after one coder's version,
	 * whose name is taken in the project already.
	 */
	public static String goldDocumentName(String source) {
		// By string, not Path: a source name no file can have (a NUL in it) still gets a name here. A document whose
		// source did not parse has none; its gold is still named, and its syntax error is what the user is told.
		String file = source == null ? "" : source.substring(Math.max(source.lastIndexOf('/'), source.lastIndexOf('\\')) + 1);
		String stem = file.replaceFirst("\\.[^.]*$", "");
		String name = stem.replaceAll("[^A-Za-z0-9_]", "_");
		if (name.isEmpty()) {
			name = "statement";
		} else if (Character.isDigit(name.charAt(0))) {
			name = "d_" + name;
		}
		return name + "_gold";
	}

	/**
	 * True for a gold beside the versions, curated or still a draft: it holds the coders' units, taken over, so
	 * measuring it as one more coder would count their agreement twice.
	 */
	public static boolean isGold(Path file) {
		return file.getFileName() != null && file.getFileName().toString().endsWith(GOLD_SUFFIX);
	}

	/** The source text a document's header names, as written; null when it names none. */
	public static String sourceOf(Path document) {
		DocumentHeader header = header(document);
		return header == null ? null : DocumentHeader.unescaped(header.source());
	}

	/** The header at the head of the file (read by {@link DocumentHeader}); null when it cannot be read. */
	private static DocumentHeader header(Path file) {
		try (InputStream in = Files.newInputStream(file)) {
			return DocumentHeader.read(new String(in.readNBytes(HEAD_BYTES), StandardCharsets.UTF_8));
		} catch (IOException e) {
			return null;
		}
	}
}
