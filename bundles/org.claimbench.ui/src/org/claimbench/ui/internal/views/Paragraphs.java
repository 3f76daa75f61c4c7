package org.claimbench.ui.internal.views;

import java.util.ArrayList;
import java.util.List;

/**
 * The paragraphs of a source text: runs of non-blank lines, separated by one or more blank (or
 * whitespace-only) lines, numbered from 1. Statements are laid out this way, the title line being ¶ 1.
 */
public final class Paragraphs {

	/** One paragraph: its number, where it starts and ends (exclusive, before the line break) and its text. */
	public record Paragraph(int number, int start, int end, String text) {

		/** The paragraph's first words, at most about maxChars long, with an ellipsis when words were left off. */
		public String opening(int maxChars) {
			String flat = text.strip().replaceAll("\\s+", " ");
			if (flat.length() <= maxChars) {
				return flat;
			}
			int cut = flat.lastIndexOf(' ', maxChars);
			return flat.substring(0, cut > 0 ? cut : maxChars) + "\u2026";
		}
	}

	private final List<Paragraph> paragraphs;

	private Paragraphs(List<Paragraph> paragraphs) {
		this.paragraphs = paragraphs;
	}

	public static Paragraphs of(String text) {
		List<Paragraph> found = new ArrayList<>();
		int start = -1;
		int end = -1;
		int lineStart = 0;
		while (lineStart < text.length()) {
			int contentEnd = lineStart;
			while (contentEnd < text.length() && text.charAt(contentEnd) != '\n' && text.charAt(contentEnd) != '\r') {
				contentEnd++;
			}
			if (text.substring(lineStart, contentEnd).isBlank()) {
				if (start >= 0) {
					found.add(new Paragraph(found.size() + 1, start, end, text.substring(start, end)));
					start = -1;
				}
			} else {
				start = start < 0 ? lineStart : start;
				end = contentEnd;
			}
			lineStart = nextLine(text, contentEnd);
		}
		if (start >= 0) {
			found.add(new Paragraph(found.size() + 1, start, end, text.substring(start, end)));
		}
		return new Paragraphs(List.copyOf(found));
	}

	private static int nextLine(String text, int lineEnd) {
		if (lineEnd < text.length() && text.charAt(lineEnd) == '\r' && lineEnd + 1 < text.length()
				&& text.charAt(lineEnd + 1) == '\n') {
			return lineEnd + 2;
		}
		return lineEnd + 1;
	}

	public List<Paragraph> all() {
		return paragraphs;
	}

	/**
	 * The paragraph the offset lies in. An offset in the blank lines between two paragraphs belongs to the next
	 * one, where the words it points to start; an offset after the last paragraph has none (null).
	 */
	public Paragraph at(int offset) {
		if (offset < 0) {
			return null;
		}
		int low = 0;
		int high = paragraphs.size() - 1;
		while (low <= high) {
			int middle = (low + high) >>> 1;
			if (paragraphs.get(middle).end() <= offset) {
				low = middle + 1;
			} else {
				high = middle - 1;
			}
		}
		return low < paragraphs.size() ? paragraphs.get(low) : null;
	}
}
