package org.claimbench.dsl.validation;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.claimbench.model.claims.Document;
import org.eclipse.emf.common.CommonPlugin;
import org.eclipse.emf.common.util.URI;

/**
 * The coders of the other documents over a document's source text, read from the headers of the
 * {@code .claims} files beside it: the versions of one statement lie in one folder, since a source text
 * outside a document's folder is refused. A coder is the header's {@code coder}, else the file name; gold
 * documents ({@code status curated}) are no coder's, as for {@code claimbench agree}.
 */
final class StatementCoders {

	private static final int HEAD_BYTES = 8192;
	private static final String STRING = "\"((?:\\\\.|[^\"\\\\\\n])*)\"";
	private static final Pattern SOURCE = Pattern.compile("(?<![\\w^])source\\s+" + STRING);
	private static final Pattern CODER = Pattern.compile("(?<![\\w^])coder\\s+" + STRING);
	private static final Pattern CURATED = Pattern.compile("(?<![\\w^])status\\s+curated\\b");
	private static final Pattern SCHEMA = Pattern.compile("(?<![\\w^\"])schema\\s");
	private static final String EXTENSION = ".claims";

	private StatementCoders() {
	}

	/** The coders, in name order; null when the document's folder cannot be listed (not a local file). */
	static List<String> of(Document document) {
		if (document.eResource() == null || document.getSource() == null) {
			return null;
		}
		URI local = CommonPlugin.asLocalURI(document.eResource().getURI());
		if (!local.isFile()) {
			return null;
		}
		Path self = Path.of(local.toFileString()).toAbsolutePath().normalize();
		Path folder = self.getParent();
		Path source = folder.resolve(document.getSource()).normalize();
		TreeSet<String> coders = new TreeSet<>();
		try (Stream<Path> files = Files.list(folder)) {
			for (Path file : files.filter(f -> f.getFileName().toString().endsWith(EXTENSION) && !f.equals(self)).toList()) {
				String header = header(file);
				Matcher sourceMatch = SOURCE.matcher(header);
				// A gold document (status curated) is no coder's version.
				if (sourceMatch.find() && !CURATED.matcher(header).find() && folder.resolve(unescape(sourceMatch.group(1))).normalize().equals(source)) {
					Matcher coder = CODER.matcher(header);
					String name = file.getFileName().toString();
					coders.add(coder.find() ? unescape(coder.group(1)) : name.substring(0, name.length() - EXTENSION.length()));
				}
			}
		} catch (IOException e) {
			return null;
		}
		return new ArrayList<>(coders);
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
