package org.claimbench.ui.sourceeditor.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.Region;
import org.eclipse.ui.IMarkerResolution;

/**
 * Rewrites the {@code at N} offset of an anchor whose quote moved, through the file's shared text buffer
 * ({@link MarkedFileEdit}).
 */
final class ReanchorResolution implements IMarkerResolution {

	private final int newOffset;

	ReanchorResolution(int newOffset) {
		this.newOffset = newOffset;
	}

	/** The digits of an {@code at N} written here, a quoted string or a quoting keyword before them. */
	private static final Pattern OFFSET = Pattern.compile("\\d+|(?:\\b(?:quote|mention)\\s+)?\"[^\"\\\\]*+(?:\\\\.[^\"\\\\]*+)*+\"(\\s+at\\s+(\\d+))?");

	/**
	 * Where the new offset goes within the marked text: the marker covers the offset when there is one; when the
	 * offset is missing (the document does not parse there) it covers the anchor, and the offset is inserted after
	 * the quote (a region of length 0). Null when the text is neither.
	 */
	static IRegion offsetRegion(String marked) {
		Matcher matcher = OFFSET.matcher(marked);
		if (!matcher.lookingAt()) {
			return null;
		}
		if (matcher.group().matches("\\d+")) {
			return new Region(0, matcher.end());
		}
		if (matcher.group(2) != null) {
			return new Region(matcher.start(2), matcher.end(2) - matcher.start(2));
		}
		return new Region(matcher.end(), 0);
	}

	@Override
	public String getLabel() {
		return "Re-anchor the quote at offset " + newOffset;
	}

	@Override
	public void run(IMarker marker) {
		MarkedFileEdit.run(marker, "Re-anchoring the quote", (document, start, end) -> {
			String old = document.get(start, end - start);
			IRegion offset = offsetRegion(old);
			if (offset == null) {
				throw MarkedFileEdit.changed((IFile) marker.getResource(), "Re-anchoring the quote", old);
			}
			document.replace(start + offset.getOffset(), offset.getLength(), (offset.getLength() == 0 ? " at " : "") + newOffset);
		});
	}
}
