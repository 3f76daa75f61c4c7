package org.claimbench.dsl.source;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The characters that look alike (or not at all) in a published text but differ from what a person types:
 * curly quotes and apostrophes, no-break spaces, soft and no-break hyphens, zero-width characters and the
 * f-ligatures. Folding maps each to what a keyboard gives, so that a quote typed with a straight
 * apostrophe can be matched to the text's curly one and the difference named.
 */
public final class Typography {

	private Typography() {
	}

	/** What the character reads as when typed: "'" for ’, "fi" for ﬁ, "" for a soft hyphen; itself otherwise. */
	public static String fold(char c) {
		String folded = special(c);
		return folded == null ? String.valueOf(c) : folded;
	}

	/** What a character that folds reads as, or null for every other character. */
	static String special(char c) {
		return switch (c) {
			case '\u2018', '\u2019', '\u201A', '\u201B', '\u2032', '\u02BC' -> "'";
			case '\u201C', '\u201D', '\u201E', '\u201F', '\u2033' -> "\"";
			case '\u00A0', '\u202F', '\u2007' -> " ";
			case '\u2011', '\u2010' -> "-";
			case '\u00AD', '\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF' -> "";
			case '\uFB00' -> "ff";
			case '\uFB01' -> "fi";
			case '\uFB02' -> "fl";
			case '\uFB03' -> "ffi";
			case '\uFB04' -> "ffl";
			default -> null;
		};
	}

	/** True for characters that fold to something else. */
	public static boolean folds(char c) {
		return special(c) != null;
	}

	/** The text with every character folded. */
	public static String fold(String text) {
		StringBuilder folded = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			String special = special(c);
			if (special == null) {
				folded.append(c);
			} else {
				folded.append(special);
			}
		}
		return folded.toString();
	}

	/**
	 * True when the text from {@code at} on reads as the quote once both are folded. Equal characters are
	 * skipped without folding, so a check that fails on plain text stays as cheap as an exact comparison.
	 */
	public static boolean matchesFoldedAt(String text, long at, String quote) {
		if (quote == null || quote.isEmpty() || at < 0 || at > text.length()) {
			return false;
		}
		int i = (int) at;
		int q = 0;
		while (q < quote.length()) {
			if (i < text.length() && text.charAt(i) == quote.charAt(q)) {
				i++;
				q++;
			} else if (i < text.length() && special(text.charAt(i)) == null && special(quote.charAt(q)) == null) {
				return false;
			} else {
				return foldedFrom(text, i, fold(quote.substring(q)));
			}
		}
		return true;
	}

	private static boolean foldedFrom(String text, int at, String wanted) {
		int matched = 0;
		for (int i = at; i < text.length() && matched < wanted.length(); i++) {
			String piece = fold(text.charAt(i));
			if (!wanted.startsWith(piece, matched)) {
				return false;
			}
			matched += piece.length();
		}
		return matched == wanted.length();
	}

	/** How a character is named in a message: the character itself, or its name when it cannot be seen. */
	public static String name(char c) {
		return switch (c) {
			case '\u00A0' -> "a no-break space (U+00A0)";
			case '\u202F' -> "a narrow no-break space (U+202F)";
			case '\u2007' -> "a figure space (U+2007)";
			case '\u00AD' -> "a soft hyphen (U+00AD)";
			case '\u200B' -> "a zero-width space (U+200B)";
			case '\u200C' -> "a zero-width non-joiner (U+200C)";
			case '\u200D' -> "a zero-width joiner (U+200D)";
			case '\u2060' -> "a word joiner (U+2060)";
			case '\uFEFF' -> "a zero-width no-break space (U+FEFF)";
			case '\u2011' -> "a no-break hyphen (U+2011)";
			case '\u2010' -> "a hyphen (U+2010)";
			case ' ' -> "a space";
			default -> c < 0x20 ? String.format("U+%04X", (int) c) : String.valueOf(c);
		};
	}

	/**
	 * What tells two pieces of text apart that fold to the same text, in the order they occur, without
	 * repeats: "’ where the quote has '", "a soft hyphen (U+00AD) in the text", "ﬁ where the quote has fi".
	 * Empty when the pieces are equal or do not fold to the same text.
	 *
	 * @param quote what a person wrote (a quote, a prefix), named in the phrases by {@code writtenName}
	 */
	public static List<String> differences(String quote, String text, String writtenName) {
		Set<String> found = new LinkedHashSet<>();
		int i = 0;
		int j = 0;
		while (i < quote.length() || j < text.length()) {
			if (i < quote.length() && j < text.length() && quote.charAt(i) == text.charAt(j)) {
				i++;
				j++;
			} else if (j < text.length() && fold(text.charAt(j)).isEmpty()) {
				found.add(name(text.charAt(j)) + " in the text");
				j++;
			} else if (i < quote.length() && fold(quote.charAt(i)).isEmpty()) {
				found.add(name(quote.charAt(i)) + " in " + writtenName);
				i++;
			} else if (i < quote.length() && j < text.length()) {
				String inText = fold(text.charAt(j));
				String inQuote = fold(quote.charAt(i));
				if (inText.length() > 1 && fold(quote.substring(i, Math.min(quote.length(), i + inText.length()))).equals(inText)) {
					found.add(name(text.charAt(j)) + " where " + writtenName + " has " + quote.substring(i, i + inText.length()));
					i += inText.length();
					j++;
				} else if (inQuote.length() > 1
						&& fold(text.substring(j, Math.min(text.length(), j + inQuote.length()))).equals(inQuote)) {
					found.add(text.substring(j, j + inQuote.length()) + " where " + writtenName + " has " + name(quote.charAt(i)));
					i++;
					j += inQuote.length();
				} else if (inText.equals(inQuote)) {
					found.add(name(text.charAt(j)) + " where " + writtenName + " has " + name(quote.charAt(i)));
					i++;
					j++;
				} else {
					return List.of();
				}
			} else {
				return List.of();
			}
		}
		return new ArrayList<>(found);
	}

	/** The differences as one phrase: "’ where the quote has ' and a soft hyphen (U+00AD) in the text". */
	public static String describe(List<String> differences) {
		if (differences.size() <= 1) {
			return differences.isEmpty() ? "" : differences.get(0);
		}
		return String.join(", ", differences.subList(0, differences.size() - 1)) + " and "
				+ differences.get(differences.size() - 1);
	}
}
