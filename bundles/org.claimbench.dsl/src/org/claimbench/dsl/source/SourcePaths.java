package org.claimbench.dsl.source;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.Paths;

import org.eclipse.emf.common.CommonPlugin;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.URIConverter;

/**
 * Resolves a document's {@code source} path against the document's folder, and refuses paths that
 * could make validation read files elsewhere: absolute paths, URIs, and paths that climb out of the
 * folder by {@code ..} or through a symbolic link.
 */
final class SourcePaths {

	private SourcePaths() {
	}

	/** Why the path is refused, or null when it stays inside the document's folder. */
	static String refusal(String source) {
		if (source.startsWith("/") || source.startsWith("\\") || source.matches("^[A-Za-z]:.*")) {
			return "it is an absolute path";
		}
		String[] segments = source.split("[/\\\\]");
		if (segments[0].contains(":")) {
			return "it is not a relative file path";
		}
		int depth = 0;
		for (String segment : segments) {
			if (segment.equals("..")) {
				depth--;
			} else if (!segment.isEmpty() && !segment.equals(".")) {
				depth++;
			}
			if (depth < 0) {
				return "it leads out of the document's folder";
			}
		}
		return null;
	}

	/** The source's URI relative to the document; the path must have passed {@link #refusal(String)}. */
	static URI resolve(String source, URI documentUri) {
		StringBuilder relative = new StringBuilder();
		for (String segment : source.split("[/\\\\]")) {
			if (!segment.isEmpty() && !segment.equals(".")) {
				relative.append(relative.length() == 0 ? "" : "/").append(URI.encodeSegment(segment, false));
			}
		}
		return URI.createURI(relative.toString()).resolve(documentUri);
	}

	/**
	 * True when the source, followed through symbolic links, lies outside the document's folder.
	 * Only decidable for sources that are files on disk; others are taken as they are.
	 */
	static boolean escapesThroughLink(URI sourceUri, URI documentUri, URIConverter converter) {
		Path source = localPath(sourceUri, converter);
		Path document = localPath(documentUri, converter);
		if (source == null || document == null || document.getParent() == null || !Files.exists(source)) {
			return false;
		}
		try {
			return !source.toRealPath().startsWith(document.getParent().toRealPath());
		} catch (IOException e) {
			return false;
		}
	}

	private static Path localPath(URI uri, URIConverter converter) {
		URI resolved = CommonPlugin.resolve(converter.normalize(uri));
		try {
			return resolved.isFile() ? Paths.get(resolved.toFileString()) : null;
		} catch (InvalidPathException e) {
			// A name no file can have (a NUL, or ':' on Windows): not a link; the source is reported as not found.
			return null;
		}
	}
}
