package org.claimbench.dsl.source;

/**
 * A source text with its typography folded ({@link Typography}), so that a quote can be found where it
 * differs from the text only in curly quotes, no-break spaces, invisible characters or ligatures, and
 * the text's exact words given back.
 */
public final class FoldedText {

	/** An occurrence of a quote: the exact words of the text from {@code start} to {@code end}. */
	public record Match(int start, int end, String words, boolean exact, boolean inContext) {
	}

	private final String text;
	private final String folded;
	/** For each character of the folded text, the offset of the character of the text it comes from. */
	private final int[] origin;

	public FoldedText(String text) {
		this.text = text;
		StringBuilder folded = new StringBuilder(text.length());
		int[] origin = new int[text.length() + 8];
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			String piece = Typography.special(c);
			int pieceLength = piece == null ? 1 : piece.length();
			if (folded.length() + pieceLength > origin.length) {
				origin = java.util.Arrays.copyOf(origin, Math.max(origin.length * 2, folded.length() + pieceLength));
			}
			for (int k = 0; k < pieceLength; k++) {
				origin[folded.length() + k] = i;
			}
			if (piece == null) {
				folded.append(c);
			} else {
				folded.append(piece);
			}
		}
		this.folded = folded.toString();
		this.origin = origin;
	}

	public String text() {
		return text;
	}

	/**
	 * The occurrence of the quote, its typography folded, nearest to the hint offset, or null when there is
	 * none. Occurrences whose prefix and suffix (folded too) match are preferred over nearer ones that do not,
	 * and on equal distance the earlier one wins. An occurrence must begin and end on whole characters of the
	 * text (not inside a ligature).
	 */
	public Match nearest(String quote, long hint, String prefix, String suffix) {
		String wanted = quote == null ? "" : Typography.fold(quote);
		if (wanted.isEmpty()) {
			return null;
		}
		String before = prefix == null ? "" : Typography.fold(prefix);
		String after = suffix == null ? "" : Typography.fold(suffix);
		Match best = null;
		for (int at = folded.indexOf(wanted); at >= 0; at = folded.indexOf(wanted, at + 1)) {
			int last = at + wanted.length() - 1;
			boolean whole = (at == 0 || origin[at - 1] != origin[at])
					&& (last + 1 == folded.length() || origin[last + 1] != origin[last]);
			if (!whole) {
				continue;
			}
			int start = origin[at];
			int end = origin[last] + 1;
			boolean inContext = (before.isEmpty() || folded.startsWith(before, at - before.length()))
					&& (after.isEmpty() || folded.startsWith(after, last + 1));
			long distance = Math.abs(start - hint);
			boolean better = best == null || (inContext && !best.inContext())
					|| (inContext == best.inContext() && distance < Math.abs(best.start() - hint));
			if (better) {
				best = new Match(start, end, text.substring(start, end), false, inContext);
			}
		}
		if (best == null) {
			return null;
		}
		return new Match(best.start(), best.end(), best.words(), best.words().equals(quote), best.inContext());
	}
}
