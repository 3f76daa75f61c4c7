package org.claimbench.core.anchor;

import java.util.List;

/**
 * What the anchors tell of the text as it was before it changed: each quote, prefix and suffix at its
 * old offset. Long claim quotes overlap the short mentions around them, so this covers much of the old
 * text and can show that a stretch of it did not survive unchanged, although the anchors at both ends
 * of the stretch read the same and moved by the same distance.
 */
final class OldText {

	/** Characters no anchor vouches for (or two disagree on). */
	private static final char UNKNOWN = '\uFFFF';

	/** How far a stretch is checked from the anchor, so the check stays linear on long texts. */
	static final int REACH = 4096;

	private final char[] known;
	private String knownText;

	OldText(List<AnchorSpan> spans, int newLength) {
		int limit = (int) Math.min(Integer.MAX_VALUE - 8L, Math.max(2L * newLength, newLength + 65_536L));
		int length = 0;
		for (AnchorSpan span : spans) {
			long end = end(span);
			if (span.quote() != null && span.offset() >= 0 && end <= limit) {
				length = (int) Math.max(length, end);
			}
		}
		known = new char[length];
		java.util.Arrays.fill(known, UNKNOWN);
		boolean[] disputed = new boolean[length];
		for (AnchorSpan span : spans) {
			if (span.quote() == null || span.offset() < 0 || end(span) > length) {
				continue;
			}
			String prefix = span.prefix() == null ? "" : span.prefix();
			String suffix = span.suffix() == null ? "" : span.suffix();
			put(prefix + span.quote() + suffix, span.offset() - prefix.length(), disputed);
		}
	}

	private static long end(AnchorSpan span) {
		return (long) span.offset() + (span.quote() == null ? 0 : span.quote().length())
				+ (span.suffix() == null ? 0 : span.suffix().length());
	}

	private void put(String words, int start, boolean[] disputed) {
		for (int k = Math.max(0, -start); k < words.length(); k++) {
			int at = start + k;
			if (disputed[at]) {
				continue;
			}
			if (known[at] == UNKNOWN) {
				known[at] = words.charAt(k);
			} else if (known[at] != words.charAt(k)) {
				known[at] = UNKNOWN;
				disputed[at] = true;
			}
		}
	}

	/**
	 * True when every old character the anchors know of in {@code [from, to)} (old offsets) stands in
	 * the new text moved by {@code shift}. Only the {@link #REACH} characters next to {@code near} are
	 * looked at.
	 */
	boolean survives(String text, int from, int to, long shift, int near) {
		int start = Math.max(Math.max(0, from), near - REACH);
		int end = Math.min(Math.min(known.length, to), near + REACH);
		for (int at = start; at < end; at++) {
			if (known[at] == UNKNOWN) {
				continue;
			}
			long moved = at + shift;
			if (moved < 0 || moved >= text.length() || text.charAt((int) moved) != known[at]) {
				return false;
			}
		}
		return true;
	}

	/**
	 * True when the anchors know at least {@code context} characters of the old text right before and right
	 * after the words at {@code offset}, and every character they know within {@code window} of the words
	 * stands in the new text moved by {@code shift}.
	 */
	boolean survivesAround(String text, int offset, int length, long shift, int context, int window) {
		long end = (long) offset + length;
		if (offset < context || end + context > known.length) {
			return false;
		}
		for (int k = 1; k <= context; k++) {
			if (known[offset - k] == UNKNOWN || known[(int) end + k - 1] == UNKNOWN) {
				return false;
			}
		}
		int from = Math.max(0, offset - window);
		int to = (int) Math.min(known.length, end + window);
		return survives(text, from, to, shift, offset) && survives(text, from, to, shift, to - 1);
	}

	/** True when the anchors show the quote in the old text at another offset than {@code offset}. */
	boolean occursElsewhere(String quote, int offset) {
		if (knownText == null) {
			knownText = new String(known);
		}
		for (int at = knownText.indexOf(quote); at >= 0; at = knownText.indexOf(quote, at + 1)) {
			if (at != offset) {
				return true;
			}
		}
		return false;
	}
}
