package org.claimbench.ui.sourceeditor.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.claimbench.dsl.conversion.DoubleQuotedStrings;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.ui.IMarkerResolution;

/**
 * Writes what the source text now says into an anchor: the text's exact words over a quote that matches
 * only with other typography (and their offset), or the context the text now has over a prefix or suffix
 * that no longer matches, which is how a specialist confirms that the anchor stands on the right words.
 */
final class AnchorWordsResolution implements IMarkerResolution {

	/** A string literal at the start of the marked text, then optionally its {@code at N}. */
	private static final Pattern STRING_THEN_OFFSET = Pattern.compile("\"[^\"\\\\]*+(?:\\\\.[^\"\\\\]*+)*+\"(\\s+at\\s+(\\d+))?");

	private final String label;
	private final String words;
	private final String offset;

	/** @param offset the offset to write after the quote, or null to leave it */
	AnchorWordsResolution(String label, String words, String offset) {
		this.label = label;
		this.words = words;
		this.offset = offset;
	}

	@Override
	public String getLabel() {
		return label;
	}

	@Override
	public void run(IMarker marker) {
		MarkedFileEdit.run(marker, label, (document, start, end) -> {
			String marked = document.get(start, end - start);
			Matcher matcher = STRING_THEN_OFFSET.matcher(document.get(start, Math.min(document.getLength(), end + 40) - start));
			if (!matcher.lookingAt() || matcher.start() != 0 || !marked.startsWith("\"")) {
				throw MarkedFileEdit.changed((IFile) marker.getResource(), label, marked);
			}
			// The offset first: it lies after the string, so writing it leaves the string's place unchanged.
			if (offset != null && matcher.group(2) != null) {
				document.replace(start + matcher.start(2), matcher.end(2) - matcher.start(2), offset);
			}
			document.replace(start, end - start, DoubleQuotedStrings.literal(words));
		});
	}
}
