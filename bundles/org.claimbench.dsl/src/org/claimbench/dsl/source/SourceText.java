package org.claimbench.dsl.source;

import java.util.Arrays;

import org.eclipse.emf.common.util.URI;

/**
 * The text of a statement that anchors point into.
 * <p>
 * Offsets are UTF-16 code units (Java {@code char}s) of the file decoded strictly as UTF-8, with a
 * leading byte order mark removed and line endings kept as they are in the file ({@code \n},
 * {@code \r\n} or {@code \r}, each counted as written). Offset 0 is the first character of the
 * first line (the title line of a statement). Lines are numbered from 1.
 */
public final class SourceText {

	private final URI uri;
	private final String text;
	private final int[] lineStarts;
	private FoldedText folded;

	public SourceText(URI uri, String text) {
		this.uri = uri;
		this.text = text;
		this.lineStarts = lineStarts(text);
	}

	private static int[] lineStarts(String text) {
		int[] starts = new int[16];
		int count = 1;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			boolean lineEnds = c == '\n' || (c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n'));
			if (lineEnds) {
				if (count == starts.length) {
					starts = Arrays.copyOf(starts, count * 2);
				}
				starts[count++] = i + 1;
			}
		}
		return Arrays.copyOf(starts, count);
	}

	public URI uri() {
		return uri;
	}

	/** The file name, as a specialist sees it in messages. */
	public String fileName() {
		return uri.lastSegment() == null ? uri.toString() : URI.decode(uri.lastSegment());
	}

	public String text() {
		return text;
	}

	/** The text with its typography folded, made on first use: only anchors that do not match need it. */
	public synchronized FoldedText folded() {
		if (folded == null) {
			folded = new FoldedText(text);
		}
		return folded;
	}

	public int length() {
		return text.length();
	}

	/** The 1-based line that holds the offset; offsets past the end belong to the last line. */
	public int lineOf(int offset) {
		int index = Arrays.binarySearch(lineStarts, Math.max(0, offset));
		return index >= 0 ? index + 1 : -index - 1;
	}

	/** The 1-based column of the offset within its line. */
	public int columnOf(int offset) {
		return Math.max(0, offset) - lineStarts[lineOf(offset) - 1] + 1;
	}

	public int lineCount() {
		return lineStarts.length;
	}

	/** True when offset .. offset+length lies inside the text. */
	public boolean contains(int offset, int length) {
		return offset >= 0 && length >= 0 && offset <= text.length() - length;
	}

	/** The text from offset, at most length characters, clipped to the text; empty outside it. */
	public String excerpt(int offset, int length) {
		if (offset < 0 || offset >= text.length() || length <= 0) {
			return "";
		}
		int end = Math.min(text.length(), offset + length);
		// Not half a character: a pair of UTF-16 units (an emoji, a rare CJK character) is shown whole.
		if (end < text.length() && Character.isHighSurrogate(text.charAt(end - 1)) && Character.isLowSurrogate(text.charAt(end))) {
			end++;
		}
		return text.substring(offset, end);
	}
}
