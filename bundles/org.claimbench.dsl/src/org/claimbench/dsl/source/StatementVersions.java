package org.claimbench.dsl.source;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The documents over one source text beside a document: the versions of a statement that several coders
 * coded, and its gold. They lie in one folder, since a source text outside a document's folder is refused.
 * Only the headers are read (up to the {@code schema} clause), so a folder of large documents is looked
 * through quickly. A version's coder is its header's {@code coder}, else its file name.
 */
public final class StatementVersions {

	/** A document over the source text; {@code curated} for a gold ({@code status curated}), which is no coder's. */
	public record Version(Path file, String coder, boolean curated) {
	}

	private static final int HEAD_BYTES = 8192;
	private static final String STRING = "\"((?:\\\\.|[^\"\\\\\\n])*)\"";
	private static final Pattern SOURCE = Pattern.compile("(?<![\\w^])source\\s+" + STRING);
	private static final Pattern CODER = Pattern.compile("(?<![\\w^])coder\\s+" + STRING);
	private static final Pattern CURATED = Pattern.compile("(?<![\\w^])status\\s+curated\\b");
	private static final Pattern SCHEMA = Pattern.compile("(?<![\\w^\"])schema\\s");
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
				String header = header(file);
				Matcher named = SOURCE.matcher(header);
				if (named.find() && folder.resolve(unescape(named.group(1))).normalize().equals(text)) {
					Matcher coder = CODER.matcher(header);
					String name = file.getFileName().toString();
					versions.add(new Version(file, coder.find() ? unescape(coder.group(1)) : name.substring(0, name.length() - EXTENSION.length()),
							CURATED.matcher(header).find()));
				}
			}
		}
		return versions;
	}

	/** The source text a document's header names, as written; null when it names none. */
	public static String sourceOf(Path document) {
		Matcher named = SOURCE.matcher(header(document));
		return named.find() ? unescape(named.group(1)) : null;
	}

	/** The head of the file up to its schema clause, where the header ends. */
	private static String header(Path file) {
		try (InputStream in = Files.newInputStream(file)) {
			String head = new String(in.readNBytes(HEAD_BYTES), StandardCharsets.UTF_8);
			Matcher schema = SCHEMA.matcher(head);
			return schema.find() ? head.substring(0, schema.start()) : head;
		} catch (IOException e) {
			return "";
		}
	}

	private static String unescape(String quoted) {
		return quoted.replaceAll("\\\\(.)", "$1");
	}
}
