package org.claimbench.dsl.source;

import java.util.ArrayList;
import java.util.List;

/**
 * Where an anchor written without an offset can stand: every occurrence of its quote whose text before and
 * after matches the prefix and suffix, where given. One place: the offset can be written. None or several:
 * a person must say which (a prefix or suffix, or the offset itself).
 */
public final class AnchorPlaces {

	private AnchorPlaces() {
	}

	/** The offsets, in text order, at most {@code limit} of them. */
	public static List<Integer> of(String text, String quote, String prefix, String suffix, int limit) {
		List<Integer> places = new ArrayList<>();
		if (quote == null || quote.isEmpty()) {
			return places;
		}
		for (int at = text.indexOf(quote); at >= 0 && places.size() < limit; at = text.indexOf(quote, at + 1)) {
			if (AnchorMatcher.prefixMatches(text, at, prefix) && AnchorMatcher.suffixMatches(text, at + quote.length(), suffix)) {
				places.add(at);
			}
		}
		return places;
	}
}
