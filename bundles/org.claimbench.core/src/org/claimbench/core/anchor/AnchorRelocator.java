package org.claimbench.core.anchor;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import org.claimbench.dsl.source.AnchorMatcher;
import org.claimbench.dsl.source.Typography;

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
 * quote must not still stand at its old offset or where a neighbour's shift puts it, exactly or with
 * other typography;</li>
 * <li>a quote that occurs several times is placed only where the neighbours on both sides predict it
 * (next to an edit, a copy of the text around it can read the same), and only when no other reading
 * with its context lies between them;</li>
 * <li>an anchor and the neighbour whose shift it shares moved together only if the old text between
 * them, as far as the anchors know it, reads the same at the new place: otherwise an edit lies between
 * them and a copy glued to the edit can look like the anchor's words;</li>
 * <li>a quote that occurs exactly once with its context, where no neighbour vouches for it, is placed when
 * nothing the anchors know contradicts it: it keeps its place among the placed anchors around it (order
 * and overlap), the old text the anchors know around it reads the same there, the anchors know no other
 * place of these words in the old text, and the quote does not also stand at its old offset or where a
 * neighbour's shift puts it;</li>
 * <li>a placed anchor whose quote also stands where the shift of another anchor near it puts it is
 * ambiguous: copied text can hold a second, equally well-placed reading of the same words.</li>
 * </ol>
 */
public final class AnchorRelocator {

	private static final int REPORTED_OCCURRENCES = 5;

	/**
	 * How much of the old text on each side of an anchor's words the anchors must know (from its prefix and
	 * suffix or a longer quote around it) before its one occurrence is trusted without a neighbour: a seam of
	 * pasted text can make short words alone ("wit" glued to "he Ministers"), rarely the text around them too.
	 */
	private static final int KNOWN_CONTEXT = 1;

	/** A quote this long needs no known context for that: a seam of pasted text rarely makes so many characters. */
	private static final int LONG_QUOTE = 16;

	/** How far from the words the old text the anchors know must read the same for such a placement. */
	private static final int KNOWN_WINDOW = 16;

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
		OldText old = new OldText(spans, text.length());
		boolean[] confirmed = confirmedByNeighbours(text, old, spans, placed, trusted);
		int[] result = new int[n];
		for (int i = 0; i < n; i++) {
			result[i] = confirmed[i] ? placed[i] : -1;
		}
		for (int i = 0; i < n; i++) {
			if (!confirmed[i] && counts[i] > 0) {
				result[i] = predicted(text, old, spans, i, placed, confirmed);
			}
		}
		placeOnlyOccurrences(text, old, spans, counts, trusted, found, result);
		dropReadingsElsewhere(text, spans, placed, confirmed, result);
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
	private static boolean[] confirmedByNeighbours(String text, OldText old, List<AnchorSpan> spans, int[] placed,
			boolean[] trusted) {
		boolean[] confirmed = trusted.clone();
		boolean changed = true;
		while (changed) {
			changed = false;
			for (int i = 0; i < spans.size(); i++) {
				if (confirmed[i] && !agreesWithNeighbours(text, old, spans, placed, confirmed, i)) {
					confirmed[i] = false;
					changed = true;
				}
			}
		}
		return confirmed;
	}

	private static boolean agreesWithNeighbours(String text, OldText old, List<AnchorSpan> spans, int[] placed,
			boolean[] confirmed, int i) {
		AnchorSpan span = spans.get(i);
		int shift = placed[i] - span.offset();
		int before = neighbour(spans, confirmed, i, -1);
		int after = neighbour(spans, confirmed, i, +1);
		long shiftBefore = before < 0 ? 0 : placed[before] - spans.get(before).offset();
		boolean agrees = shift == shiftBefore && movedTogether(text, old, spans, i, before, shift);
		// Words that still stand where they were are the likeliest to be the anchor's own.
		boolean conflict = shift != 0 && standsAt(text, span.quote(), span.offset())
				|| shift != shiftBefore && standsAt(text, span.quote(), span.offset() + shiftBefore);
		if (after >= 0) {
			long shiftAfter = placed[after] - spans.get(after).offset();
			agrees |= shift == shiftAfter && movedTogether(text, old, spans, i, after, shift);
			conflict |= shift != shiftAfter && standsAt(text, span.quote(), span.offset() + shiftAfter);
		}
		return agrees && !conflict;
	}

	/**
	 * True when the old text from anchor {@code i} to anchor {@code j} (the start of the text when -1), as
	 * far as the anchors know it, stands in the new text moved by the shift.
	 */
	private static boolean movedTogether(String text, OldText old, List<AnchorSpan> spans, int i, int j, long shift) {
		AnchorSpan span = spans.get(i);
		int from = j < 0 ? 0 : Math.min(span.offset(), spans.get(j).offset());
		int to = (int) Math.max(end(span), j < 0 ? 0 : end(spans.get(j)));
		return old.survives(text, from, to, shift, span.offset());
	}

	private static long end(AnchorSpan span) {
		return Math.min(Integer.MAX_VALUE, (long) span.offset() + span.quote().length());
	}

	/**
	 * Places the anchors whose quote occurs exactly once with their context, though no neighbour vouches for
	 * them, when nothing the anchors know speaks against the one occurrence (rule 6).
	 */
	private static void placeOnlyOccurrences(String text, OldText old, List<AnchorSpan> spans, int[] counts,
			boolean[] trusted, List<List<Integer>> found, int[] result) {
		int n = spans.size();
		boolean[] placedSoFar = new boolean[n];
		for (int i = 0; i < n; i++) {
			placedSoFar[i] = result[i] >= 0;
		}
		for (int i = 0; i < n; i++) {
			if (result[i] >= 0 || counts[i] != 1 || !trusted[i]) {
				continue;
			}
			AnchorSpan span = spans.get(i);
			int at = found.get(i).get(0);
			long shift = at - (long) span.offset();
			int before = neighbour(spans, placedSoFar, i, -1);
			int after = neighbour(spans, placedSoFar, i, +1);
			boolean fits = fitsBetween(spans, result, before, i, at) && fitsBetween(spans, result, i, after, at)
					&& !(shift != 0 && standsAt(text, span.quote(), span.offset()))
					&& !(before >= 0 && standsAtShiftOf(text, spans, result, before, i, shift))
					&& !(after >= 0 && standsAtShiftOf(text, spans, result, after, i, shift))
					&& old.survivesAround(text, span.offset(), span.quote().length(), shift,
							span.quote().length() >= LONG_QUOTE ? 0 : KNOWN_CONTEXT, KNOWN_WINDOW)
					&& !old.occursElsewhere(span.quote(), span.offset());
			if (fits) {
				result[i] = at;
				placedSoFar[i] = true;
			}
		}
	}

	/**
	 * True when anchors {@code first} and {@code second} (old offsets in that order, -1 for none) keep their
	 * order and overlap with the one of them not yet placed put at {@code at}: placed words survived whole, so
	 * words that did not overlap still do not, and words that overlapped moved together.
	 */
	private static boolean fitsBetween(List<AnchorSpan> spans, int[] result, int first, int second, int at) {
		if (first < 0 || second < 0) {
			return true;
		}
		long newFirst = result[first] >= 0 ? result[first] : at;
		long newSecond = result[second] >= 0 ? result[second] : at;
		AnchorSpan a = spans.get(first);
		AnchorSpan b = spans.get(second);
		if (end(a) <= b.offset()) {
			return newFirst + a.quote().length() <= newSecond;
		}
		return newSecond - newFirst == (long) b.offset() - a.offset();
	}

	/** True when the quote of anchor {@code i} stands where the shift of placed anchor {@code j} puts it, and that differs. */
	private static boolean standsAtShiftOf(String text, List<AnchorSpan> spans, int[] result, int j, int i, long shift) {
		long other = result[j] - (long) spans.get(j).offset();
		return other != shift && standsAt(text, spans.get(i).quote(), spans.get(i).offset() + other);
	}

	/**
	 * Reports as ambiguous every placed anchor whose quote also stands where the shift of a confirmed
	 * anchor near it puts it: a copy of the text can give its words a second place that fits as well.
	 */
	private static void dropReadingsElsewhere(String text, List<AnchorSpan> spans, int[] placed, boolean[] confirmed,
			int[] result) {
		Integer[] sure = java.util.stream.IntStream.range(0, spans.size()).filter(j -> confirmed[j]).boxed()
				.sorted(Comparator.comparingInt(j -> spans.get(j).offset())).toArray(Integer[]::new);
		int[] sureOffsets = Arrays.stream(sure).mapToInt(j -> spans.get(j).offset()).toArray();
		for (int i = 0; i < spans.size(); i++) {
			if (result[i] < 0) {
				continue;
			}
			AnchorSpan span = spans.get(i);
			long shift = result[i] - (long) span.offset();
			boolean elsewhere = shift != 0 && span.offset() < OldText.REACH && standsAt(text, span.quote(), span.offset());
			for (int k = firstAtLeast(sureOffsets, (long) span.offset() - OldText.REACH); !elsewhere && k < sure.length
					&& sureOffsets[k] <= (long) span.offset() + OldText.REACH; k++) {
				long other = placed[sure[k]] - (long) sureOffsets[k];
				elsewhere = other != shift && standsAt(text, span.quote(), span.offset() + other);
			}
			if (elsewhere) {
				result[i] = -1;
			}
		}
	}

	private static int firstAtLeast(int[] sorted, long value) {
		int low = 0;
		int high = sorted.length;
		while (low < high) {
			int mid = (low + high) >>> 1;
			if (sorted[mid] < value) {
				low = mid + 1;
			} else {
				high = mid;
			}
		}
		return low;
	}

	/**
	 * True when the quote stands at the offset, exactly or with other typography (a soft hyphen, a curly
	 * apostrophe put into the words): either way the words may still be there, so another place is in doubt.
	 */
	private static boolean standsAt(String text, String quote, long offset) {
		return matchesAt(text, quote, offset) || Typography.matchesFoldedAt(text, offset, quote);
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

	/**
	 * The place both neighbours' shifts predict, between their new offsets, where the quote stands with
	 * its context and is the only such reading between them, or -1. Without a neighbour after it nothing
	 * confirms the place: the end of the old text is not known.
	 */
	private static int predicted(String text, OldText old, List<AnchorSpan> spans, int i, int[] placed, boolean[] confirmed) {
		AnchorSpan span = spans.get(i);
		int before = neighbour(spans, confirmed, i, -1);
		int after = neighbour(spans, confirmed, i, +1);
		if (after < 0) {
			return -1;
		}
		int low = before < 0 ? 0 : placed[before];
		int high = placed[after];
		long shift = before < 0 ? 0 : placed[before] - spans.get(before).offset();
		if (shift != placed[after] - spans.get(after).offset()) {
			return -1;
		}
		long at = span.offset() + shift;
		if (at < low || at > high || !matchesAt(text, span.quote(), at) || !inContext(text, span, (int) at)) {
			return -1;
		}
		for (int other = text.indexOf(span.quote(), low); other >= 0 && other <= high; other = text.indexOf(span.quote(), other + 1)) {
			if (other != at && inContext(text, span, other)) {
				return -1;
			}
		}
		if (!movedTogether(text, old, spans, i, before, shift) || !movedTogether(text, old, spans, i, after, shift)) {
			return -1;
		}
		return (int) at;
	}
}
