package org.claimbench.dsl.source;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The shortest prefix and suffix that tell one occurrence of a quote from every other occurrence in the source
 * text, so that the anchor can be found again when the text changes ({@link AnchorMatcher#nearest} prefers
 * occurrences in context) and a pronoun such as "its" names the one place it means.
 * <p>
 * Contexts are made of whole words where the text allows it: a prefix starts and a suffix ends at a word
 * boundary, never on a space, so a context reads "expansion of " rather than "ion of ". Words include
 * apostrophes between letters, ligatures and invisible characters; no-break spaces are spaces. The context
 * is copied character by character from the text (curly quotes, no-break spaces), because anchors match it
 * exactly.
 */
public final class UniqueContext {

	/** How far a context reaches on either side; beyond that, two places are the same passage repeated. */
	static final int MAX_LENGTH = 240;

	/** A prefix and a suffix, each empty when not needed. */
	public record Context(String prefix, String suffix) {

		public boolean isEmpty() {
			return prefix.isEmpty() && suffix.isEmpty();
		}
	}

	private UniqueContext() {
	}

	/**
	 * The shortest context at least as long as the one given (which it extends, never drops) with which the
	 * quote at {@code offset} is its only occurrence; empty when the quote does not stand at the offset
	 * (or the given context does not match there), or when even {@value #MAX_LENGTH} characters on either
	 * side do not tell it from another place. Of contexts equally long, the one with the shorter prefix wins.
	 */
	public static Optional<Context> of(String text, String quote, int offset, String prefix, String suffix) {
		String before = prefix == null ? "" : prefix;
		String after = suffix == null ? "" : suffix;
		if (quote == null || quote.isEmpty() || !AnchorMatcher.matchesAt(text, quote, offset)
				|| !AnchorMatcher.prefixMatches(text, offset, before)
				|| !AnchorMatcher.suffixMatches(text, offset + quote.length(), after)) {
			return Optional.empty();
		}
		int end = offset + quote.length();
		// For every other occurrence: how many characters before and after it read as they do around this one.
		List<int[]> others = new ArrayList<>();
		for (int at = text.indexOf(quote); at >= 0; at = text.indexOf(quote, at + 1)) {
			if (at != offset) {
				others.add(new int[] { commonBefore(text, offset, at, MAX_LENGTH + before.length()),
						commonAfter(text, end, at + quote.length(), MAX_LENGTH + after.length()) });
			}
		}
		int[] best = null;
		for (int length : prefixLengths(text, offset, before.length())) {
			if (best != null && length >= best[0] + best[1]) {
				break;
			}
			for (int suffixLength : suffixLengths(text, end, after.length())) {
				if (best != null && length + suffixLength >= best[0] + best[1]) {
					break;
				}
				if (tellsApart(others, length, suffixLength)) {
					best = new int[] { length, suffixLength };
				}
			}
		}
		return best == null ? Optional.empty()
				: Optional.of(new Context(text.substring(offset - best[0], offset), text.substring(end, end + best[1])));
	}

	/** A context of these lengths leaves no other occurrence: each differs within the prefix or the suffix. */
	private static boolean tellsApart(List<int[]> others, int prefixLength, int suffixLength) {
		for (int[] common : others) {
			if (prefixLength <= common[0] && suffixLength <= common[1]) {
				return false;
			}
		}
		return true;
	}

	/** Characters equal before {@code a} and before {@code b}, counted up to one more than {@code limit}. */
	private static int commonBefore(String text, int a, int b, int limit) {
		int n = 0;
		while (n <= limit && a - n > 0 && b - n > 0 && text.charAt(a - n - 1) == text.charAt(b - n - 1)) {
			n++;
		}
		return n;
	}

	private static int commonAfter(String text, int a, int b, int limit) {
		int n = 0;
		while (n <= limit && a + n < text.length() && b + n < text.length() && text.charAt(a + n) == text.charAt(b + n)) {
			n++;
		}
		return n;
	}

	/** The prefix lengths to try, shortest first: the given one, then every one that starts a word. */
	private static TreeSet<Integer> prefixLengths(String text, int offset, int given) {
		TreeSet<Integer> lengths = new TreeSet<>();
		lengths.add(given);
		for (int start = offset - given - 1; start >= Math.max(0, offset - MAX_LENGTH); start--) {
			if (!isSpace(text.charAt(start)) && (start == 0 || !(isWordPart(text, start - 1) && isWordPart(text, start)))) {
				lengths.add(offset - start);
			}
		}
		return lengths;
	}

	/** The suffix lengths to try, shortest first: the given one, then every one that ends a word. */
	private static TreeSet<Integer> suffixLengths(String text, int end, int given) {
		TreeSet<Integer> lengths = new TreeSet<>();
		lengths.add(given);
		for (int stop = end + given + 1; stop <= Math.min(text.length(), end + MAX_LENGTH); stop++) {
			if (!isSpace(text.charAt(stop - 1))
					&& (stop == text.length() || !(isWordPart(text, stop - 1) && isWordPart(text, stop)))) {
				lengths.add(stop - end);
			}
		}
		return lengths;
	}

	/** No-break and other Unicode spaces count as spaces here, which {@link Character#isWhitespace} does not. */
	private static boolean isSpace(char c) {
		return Character.isWhitespace(c) || Character.isSpaceChar(c);
	}

	/**
	 * Letters (ligatures are letters), digits, invisible characters such as soft hyphens, and an apostrophe
	 * or hyphen between two of them ("Japan’s", "U.S.-Japan" splits at the period, "long-standing" does not).
	 */
	private static boolean isWordPart(String text, int i) {
		char c = text.charAt(i);
		if (Character.isLetterOrDigit(c) || Character.getType(c) == Character.FORMAT) {
			return true;
		}
		boolean joiner = c == '\'' || c == '\u2019' || c == '-' || c == '\u2010' || c == '\u2011';
		return joiner && i > 0 && i + 1 < text.length() && Character.isLetterOrDigit(text.charAt(i - 1))
				&& Character.isLetterOrDigit(text.charAt(i + 1));
	}
}
