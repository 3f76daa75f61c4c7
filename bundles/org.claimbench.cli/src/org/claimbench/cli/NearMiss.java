package org.claimbench.cli;

import java.util.Optional;

import org.claimbench.dsl.source.FoldedText;
import org.claimbench.dsl.source.SourceText;
import org.claimbench.dsl.source.Typography;
import org.claimbench.model.claims.Anchor;

/**
 * A quote not found as written that still stands in the text with other typography (a curly apostrophe, a no-break
 * space, a soft hyphen, a ligature): where, and what differs, as {@code anchor} and {@code reanchor} tell it, since
 * only a person may change the quote.
 *
 * @param start the offset of the text's words
 * @param words the text's words there
 * @param differences what tells them from the quote, as one phrase
 */
record NearMiss(int start, String words, String differences) {

	/** The place nearest {@code hint} where the anchor's words stand with other typography; empty when there is none. */
	static Optional<NearMiss> of(Anchor anchor, SourceText source, int hint) {
		String quote = anchor.getQuote();
		if (quote == null || quote.isEmpty()) {
			return Optional.empty();
		}
		FoldedText.Match near = source.folded().nearest(quote, hint, anchor.getPrefix(), anchor.getSuffix());
		if (near == null || near.exact()) {
			return Optional.empty();
		}
		return Optional.of(new NearMiss(near.start(), near.words(),
				Typography.describe(Typography.differences(quote, near.words(), "the quote"))));
	}
}
