package org.claimbench.dsl.source;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.Set;

import org.claimbench.model.claims.Document;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.URIConverter;

/**
 * Loads the source text a document's anchors point into (see {@link SourceText} for what an offset
 * is). The {@code source} path is resolved against the document resource's URI through the resource
 * set's URI converter, so {@code file:} and {@code platform:/resource} documents both work. What is read
 * is kept with the resource set (see {@link SourceTextCache}), per URI and time stamp.
 */
public final class SourceTexts {

	/** Statements are kilobytes; a bigger file is refused with a message rather than read into memory. */
	public static final long MAX_SOURCE_BYTES = 32L * 1024 * 1024;

	private SourceTexts() {
	}

	/** The source text of a document in a resource, or the problem that prevents reading it. */
	public static SourceLoad load(Document document) {
		Resource resource = document.eResource();
		if (resource == null || resource.getURI() == null) {
			return SourceLoad.failed(null, SourceProblem.NOT_DECLARED,
					"Document '" + document.getName() + "' is not stored in a file, so its source text cannot be found");
		}
		ResourceSet set = resource.getResourceSet();
		return set != null ? load(resource.getURI(), document.getSource(), set)
				: load(resource.getURI(), document.getSource(), URIConverter.INSTANCE);
	}

	/**
	 * The source text named by a source path relative to the given document URI, read through the resource set's
	 * URI converter and kept with the set: validating many documents of one statement in one resource set reads
	 * the text once, and a new resource set (each command of the command-line server loads its files into a new
	 * one) reads it afresh. A text changed on disk since it was read is read again.
	 */
	public static SourceLoad load(URI documentUri, String source, ResourceSet resourceSet) {
		return load(documentUri, source, resourceSet.getURIConverter(), SourceTextCache.of(resourceSet));
	}

	/** As {@link #load(URI, String, ResourceSet)} through a URI converter of no resource set: nothing is kept. */
	public static SourceLoad load(URI documentUri, String source, URIConverter converter) {
		return load(documentUri, source, converter, null);
	}

	private static SourceLoad load(URI documentUri, String source, URIConverter converter, SourceTextCache cache) {
		if (source == null || source.isBlank()) {
			return SourceLoad.failed(null, SourceProblem.NOT_DECLARED, "The document names no source file");
		}
		String refusal = SourcePaths.refusal(source);
		if (refusal != null) {
			return SourceLoad.failed(null, SourceProblem.OUTSIDE_FOLDER, "Source '" + source + "' is refused: " + refusal
					+ "; give a path relative to the document's folder, such as \"statement.txt\"");
		}
		if (!documentUri.isHierarchical() || documentUri.isRelative()) {
			return SourceLoad.failed(null, SourceProblem.NOT_DECLARED,
					"Source '" + source + "' cannot be located next to " + documentUri);
		}
		URI uri = SourcePaths.resolve(source, documentUri);
		if (SourcePaths.escapesThroughLink(uri, documentUri, converter)) {
			return SourceLoad.failed(uri, SourceProblem.OUTSIDE_FOLDER, "Source '" + source
					+ "' is refused: it is a symbolic link to a file outside the document's folder");
		}
		if (!converter.exists(uri, Map.of())) {
			return SourceLoad.failed(uri, SourceProblem.NOT_FOUND,
					"Source text '" + source + "' does not exist next to the document (looked for " + uri + ")");
		}
		return read(uri, source, converter, cache);
	}

	private static SourceLoad read(URI uri, String source, URIConverter converter, SourceTextCache cache) {
		Map<String, ?> attributes = converter.getAttributes(uri, Map.of(URIConverter.OPTION_REQUESTED_ATTRIBUTES,
				Set.of(URIConverter.ATTRIBUTE_TIME_STAMP, URIConverter.ATTRIBUTE_LENGTH, URIConverter.ATTRIBUTE_DIRECTORY)));
		if (Boolean.TRUE.equals(attributes.get(URIConverter.ATTRIBUTE_DIRECTORY))) {
			return SourceLoad.failed(uri, SourceProblem.UNREADABLE,
					"Source text '" + source + "' cannot be read: it is a folder, not a text file");
		}
		long timeStamp = attributes.get(URIConverter.ATTRIBUTE_TIME_STAMP) instanceof Long t ? t : URIConverter.NULL_TIME_STAMP;
		long length = attributes.get(URIConverter.ATTRIBUTE_LENGTH) instanceof Long l ? l : -1;
		if (length > MAX_SOURCE_BYTES) {
			return SourceLoad.failed(uri, SourceProblem.UNREADABLE, "Source text '" + source + "' is too large to read: "
					+ length / (1024 * 1024) + " MB, more than " + MAX_SOURCE_BYTES / (1024 * 1024) + " MB");
		}
		SourceText cached = cache == null ? null : cache.get(uri, timeStamp, length);
		if (cached != null) {
			return SourceLoad.loaded(cached);
		}
		byte[] bytes;
		try (InputStream in = converter.createInputStream(uri)) {
			// readNBytes also bounds sources whose length the converter does not know.
			bytes = in.readNBytes((int) MAX_SOURCE_BYTES + 1);
			if (bytes.length > MAX_SOURCE_BYTES) {
				return SourceLoad.failed(uri, SourceProblem.UNREADABLE, "Source text '" + source
						+ "' is too large to read: more than " + MAX_SOURCE_BYTES / (1024 * 1024) + " MB");
			}
		} catch (IOException | RuntimeException e) {
			return SourceLoad.failed(uri, SourceProblem.UNREADABLE,
					"Source text '" + source + "' cannot be read: " + reason(e));
		}
		SourceText text;
		try {
			text = new SourceText(uri, StrictUtf8.decode(bytes));
		} catch (StrictUtf8.MalformedException e) {
			return SourceLoad.failed(uri, SourceProblem.NOT_UTF8, "Source text '" + source
					+ "' is not valid UTF-8 (byte " + e.byteOffset + ", line " + e.line + "); save it as UTF-8 text");
		}
		if (cache != null && timeStamp != URIConverter.NULL_TIME_STAMP) {
			cache.put(uri, timeStamp, length, text);
		}
		return SourceLoad.loaded(text);
	}

	private static String reason(Exception e) {
		return e.getMessage() == null || e.getMessage().isBlank() ? e.getClass().getSimpleName() : e.getMessage();
	}
}
