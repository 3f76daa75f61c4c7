package org.claimbench.core.anchor;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import org.claimbench.dsl.source.AnchorMatcher;

/**
 * Re-finds anchors in a source text that changed after they were placed. An anchor is only moved
 * when the evidence is unambiguous, because an anchor silently pointing at other words is worse
 * than one flagged for a person to look at:
 * <ol>
 * <li>a quote that occurs exactly once (with its prefix and suffix, when it has them) is a candidate;</li>
 * <li>edits never reorder text, so candidates that would break the order of the old offsets are dropped;</li>
 * <li>a candidate must have moved by the same distance as a neighbouring anchor (the start of the
 * text counts as a neighbour that never moves), otherwise its true words may have been deleted and
 * it found a namesake elsewhere; even matching context can be a coincidence of the edit; and its
 * quote must not still stand at its old offset or where a neighbour's shift puts it;</li>
 * <li>a quote that occurs several times is placed only where its neighbours' shifts predict it, and
 * only when they agree: next to an edit, a copy of the text around it can read the same.</li>
 * </ol>
 */
public final class AnchorRelocator {

	private static final int REPORTED_OCCURRENCES = 5;

	private AnchorRelocator() {
	}

	public static List<Placement> relocate(String text, List<AnchorSpan> spans) {
		int n = spans.size();
		List<List<Integer>> found = new ArrayList<>(n);
		int[] counts = new int[n];
		boolean[] quoteOccurs = new boolean[n];
		for (int i = 0; i < n; i++) {
			AnchorSpan span = spans.get(i);
			List<Integer> occurrences = new ArrayList<>();
			counts[i] = occurrences(text, span, occurrences);
			quoteOccurs[i] = counts[i] > 0 || (span.quote() != null && !span.quote().isEmpty() && text.contains(span.quote()));
			found.add(occurrences);
		}
		int[] placed = new int[n];
		Arrays.fill(placed, -1);
		boolean[] trusted = inOrder(spans, found, counts);
		for (int i = 0; i < n; i++) {
			if (trusted[i]) {
				placed[i] = found.get(i).get(0);
			}
		}
		boolean[] confirmed = confirmedByNeighbours(text, spans, placed, trusted);
		int[] result = new int[n];
		for (int i = 0; i < n; i++) {
			result[i] = confirmed[i] ? placed[i] : -1;
		}
		for (int i = 0; i < n; i++) {
			if (!confirmed[i] && counts[i] > 0) {
				result[i] = predicted(text, spans, i, placed, confirmed);
			}
		}
		List<Placement> placements = new ArrayList<>(n);
		for (int i = 0; i < n; i++) {
			AnchorSpan span = spans.get(i);
			Placement.Status status;
			if (result[i] >= 0) {
				status = result[i] == span.offset() ? Placement.Status.UNCHANGED : Placement.Status.MOVED;
			} else {
				status = counts[i] == 0 ? Placement.Status.NOT_FOUND : Placement.Status.AMBIGUOUS;
			}
			int offset = result[i] >= 0 ? result[i] : span.offset();
			placements.add(new Placement(status, offset, List.copyOf(found.get(i)), counts[i],
					counts[i] == 0 && quoteOccurs[i]));
		}
		return placements;
	}

	/** Counts the occurrences of the quote in context, keeping the first few. */
	private static int occurrences(String text, AnchorSpan span, List<Integer> into) {
		String quote = span.quote();
		if (quote == null || quote.isEmpty()) {
			return 0;
		}
		int count = 0;
		for (int at = text.indexOf(quote); at >= 0; at = text.indexOf(quote, at + 1)) {
			if (inContext(text, span, at)) {
				if (count < REPORTED_OCCURRENCES) {
					into.add(at);
				}
				count++;
			}
		}
		return count;
	}

	private static boolean inContext(String text, AnchorSpan span, int at) {
		return AnchorMatcher.prefixMatches(text, at, span.prefix())
				&& AnchorMatcher.suffixMatches(text, at + span.quote().length(), span.suffix());
	}

	/**
	 * The anchors found exactly once whose new offsets keep the order of their old ones: the
	 * longest such chain, so one stray namesake cannot outvote the rest.
	 */
	private static boolean[] inOrder(List<AnchorSpan> spans, List<List<Integer>> found, int[] counts) {
		Integer[] unique = java.util.stream.IntStream.range(0, spans.size()).filter(i -> counts[i] == 1).boxed()
				.sorted(Comparator.<Integer>comparingInt(i -> spans.get(i).offset()).thenComparingInt(i -> found.get(i).get(0)))
				.toArray(Integer[]::new);
		int m = unique.length;
		int[] tails = new int[m];
		int[] previous = new int[m];
		int length = 0;
		for (int k = 0; k < m; k++) {
			int value = found.get(unique[k]).get(0);
			int low = 0;
			int high = length;
			while (low < high) {
				int mid = (low + high) >>> 1;
				if (found.get(unique[tails[mid]]).get(0) <= value) {
					low = mid + 1;
				} else {
					high = mid;
				}
			}
			previous[k] = low > 0 ? tails[low - 1] : -1;
			tails[low] = k;
			length = Math.max(length, low + 1);
		}
		boolean[] trusted = new boolean[spans.size()];
		for (int k = length > 0 ? tails[length - 1] : -1; k >= 0; k = previous[k]) {
			trusted[unique[k]] = true;
		}
		return trusted;
	}

	/**
	 * Trusted anchors must share a neighbour's shift, and their quote must not also stand where a
	 * neighbour's shift puts the anchor: then the edit may have broken the context at the true place and
	 * made a lookalike elsewhere. Dropping one anchor can leave another without its neighbour, so this
	 * repeats until nothing changes.
	 */
	private static boolean[] confirmedByNeighbours(String text, List<AnchorSpan> spans, int[] placed, boolean[] trusted) {
		boolean[] confirmed = trusted.clone();
		boolean changed = true;
		while (changed) {
			changed = false;
			for (int i = 0; i < spans.size(); i++) {
				if (confirmed[i] && !agreesWithNeighbours(text, spans, placed, confirmed, i)) {
					confirmed[i] = false;
					changed = true;
				}
			}
		}
		return confirmed;
	}

	private static boolean agreesWithNeighbours(String text, List<AnchorSpan> spans, int[] placed, boolean[] confirmed, int i) {
		AnchorSpan span = spans.get(i);
		int shift = placed[i] - span.offset();
		int before = neighbour(spans, confirmed, i, -1);
		int after = neighbour(spans, confirmed, i, +1);
		long shiftBefore = before < 0 ? 0 : placed[before] - spans.get(before).offset();
		boolean agrees = shift == shiftBefore;
		// Words that still stand where they were are the likeliest to be the anchor's own.
		boolean conflict = shift != 0 && matchesAt(text, span.quote(), span.offset())
				|| shift != shiftBefore && matchesAt(text, span.quote(), span.offset() + shiftBefore);
		if (after >= 0) {
			long shiftAfter = placed[after] - spans.get(after).offset();
			agrees |= shift == shiftAfter;
			conflict |= shift != shiftAfter && matchesAt(text, span.quote(), span.offset() + shiftAfter);
		}
		return agrees && !conflict;
	}

	private static boolean matchesAt(String text, String quote, long offset) {
		return offset >= 0 && offset <= Integer.MAX_VALUE && AnchorMatcher.matchesAt(text, quote, (int) offset);
	}

	/** The nearest other anchor in the given direction of old offsets among the chosen ones, or -1. */
	private static int neighbour(List<AnchorSpan> spans, boolean[] chosen, int i, int direction) {
		int offset = spans.get(i).offset();
		int best = -1;
		for (int j = 0; j < spans.size(); j++) {
			if (j == i || !chosen[j]) {
				continue;
			}
			int other = spans.get(j).offset();
			boolean onSide = direction < 0 ? other < offset || (other == offset && j < i)
					: other > offset || (other == offset && j > i);
			if (onSide && (best < 0 || Math.abs(other - offset) < Math.abs(spans.get(best).offset() - offset))) {
				best = j;
			}
		}
		return best;
	}

	/** The place both neighbours' shifts predict, their new offsets allow and the context confirms, or -1. */
	private static int predicted(String text, List<AnchorSpan> spans, int i, int[] placed, boolean[] confirmed) {
		AnchorSpan span = spans.get(i);
		int before = neighbour(spans, confirmed, i, -1);
		int after = neighbour(spans, confirmed, i, +1);
		int low = before < 0 ? 0 : placed[before];
		int high = after < 0 ? text.length() : placed[after];
		long fromBefore = (long) span.offset() + (before < 0 ? 0 : placed[before] - spans.get(before).offset());
		long fromAfter = after < 0 ? -1 : (long) span.offset() + placed[after] - spans.get(after).offset();
		if (after >= 0 && fromAfter != fromBefore) {
			return -1;
		}
		int chosen = -1;
		for (long at : new long[] { fromBefore, fromAfter }) {
			if (at < low || at > high || !matchesAt(text, span.quote(), at)) {
				continue;
			}
			// The quote at both predicted places: either could be the anchor's words.
			if (chosen >= 0 && chosen != at) {
				return -1;
			}
			chosen = (int) at;
		}
		if (chosen >= 0 && !inContext(text, span, chosen)) {
			return -1;
		}
		return chosen;
	}
}
