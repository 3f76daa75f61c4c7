package org.claimbench.dsl.source;

/**
 * Finds quotes in a source text, so that an anchor whose offset no longer fits can be re-anchored.
 * Offsets are those of {@link SourceText}.
 */
public final class AnchorMatcher {

	private AnchorMatcher() {
	}

	/** True when the text holds exactly the quote at the offset. */
	public static boolean matchesAt(String text, String quote, int offset) {
		return offset >= 0 && offset <= text.length() - quote.length() && text.startsWith(quote, offset);
	}

	/** True when the text just before the offset is the prefix; a null or empty prefix always matches. */
	public static boolean prefixMatches(String text, int offset, String prefix) {
		return prefix == null || prefix.isEmpty() || matchesAt(text, prefix, offset - prefix.length());
	}

	/** True when the text just after the end offset is the suffix; a null or empty suffix always matches. */
	public static boolean suffixMatches(String text, int end, String suffix) {
		return suffix == null || suffix.isEmpty() || matchesAt(text, suffix, end);
	}

	/** The occurrence of the quote nearest to the hint offset (the earlier one on a tie), or -1. */
	public static int nearest(String text, String quote, int hint) {
		return nearest(text, quote, hint, null, null);
	}

	/**
	 * The occurrence of the quote nearest to the hint offset, or -1 when the quote occurs nowhere.
	 * Occurrences whose prefix and suffix context match are preferred over nearer ones that do not,
	 * because the context is what tells repeated phrases apart.
	 */
	public static int nearest(String text, String quote, int hint, String prefix, String suffix) {
		if (quote == null || quote.isEmpty()) {
			return -1;
		}
		int best = -1;
		boolean bestInContext = false;
		for (int at = text.indexOf(quote); at >= 0; at = text.indexOf(quote, at + 1)) {
			boolean inContext = prefixMatches(text, at, prefix) && suffixMatches(text, at + quote.length(), suffix);
			boolean better = best < 0 || (inContext && !bestInContext)
					|| (inContext == bestInContext && Math.abs((long) at - hint) < Math.abs((long) best - hint));
			if (better) {
				best = at;
				bestInContext = inContext;
			}
		}
		return best;
	}

	/** The occurrence of the quote with its prefix and suffix nearest to the hint offset, or -1 when there is none. */
	public static int nearestInContext(String text, String quote, long hint, String prefix, String suffix) {
		if (quote == null || quote.isEmpty()) {
			return -1;
		}
		int best = -1;
		for (int at = text.indexOf(quote); at >= 0; at = text.indexOf(quote, at + 1)) {
			if (prefixMatches(text, at, prefix) && suffixMatches(text, at + quote.length(), suffix)
					&& (best < 0 || Math.abs(at - hint) < Math.abs(best - hint))) {
				best = at;
			}
		}
		return best;
	}
}
