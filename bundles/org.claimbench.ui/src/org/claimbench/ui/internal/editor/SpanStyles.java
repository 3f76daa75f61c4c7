package org.claimbench.ui.internal.editor;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;

import org.claimbench.model.claims.Claim;
import org.claimbench.workspace.internal.model.AnnotationDelta;
import org.claimbench.workspace.internal.model.Span;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;

/**
 * Style ranges for the source text. StyledText cannot stack ranges, so the text is cut at every span
 * boundary and each piece shows the innermost claim's colour, a box where claims overlap, and an underline
 * where an actor is mentioned: every span stays visible however they nest.
 */
public final class SpanStyles {

	private SpanStyles() {
	}

	public static StyleRange[] compute(List<Span> spans, KindColors colours, int textLength) {
		TreeSet<Integer> cuts = new TreeSet<>();
		List<Span> inside = new ArrayList<>();
		for (Span span : spans) {
			if (span.anchor() == null || span.offset() < 0 || span.end() > textLength || span.end() <= span.offset()) {
				continue;
			}
			inside.add(span);
			cuts.add(span.offset());
			cuts.add(span.end());
		}
		List<StyleRange> ranges = new ArrayList<>();
		if (cuts.isEmpty()) {
			return new StyleRange[0];
		}
		// A sweep over the spans by offset keeps only those covering the current piece: linear in the
		// number of spans rather than pieces times spans, which took seconds at 10k anchors.
		List<Integer> byOffset = new ArrayList<>();
		for (int i = 0; i < inside.size(); i++) {
			byOffset.add(i);
		}
		byOffset.sort(Comparator.comparingInt(i -> inside.get(i).offset()));
		TreeSet<Integer> covering = new TreeSet<>();
		int next = 0;
		int start = cuts.first();
		for (int end : cuts.tailSet(start, false)) {
			while (next < byOffset.size() && inside.get(byOffset.get(next)).offset() <= start) {
				covering.add(byOffset.get(next++));
			}
			int pieceStart = start;
			covering.removeIf(i -> inside.get(i).end() <= pieceStart);
			StyleRange range = piece(covering.stream().map(inside::get).toList(), colours, start, end);
			if (range != null) {
				ranges.add(range);
			}
			start = end;
		}
		return ranges.toArray(StyleRange[]::new);
	}

	/**
	 * The style ranges of one stretch of the text, start inclusive, end exclusive: computed from the spans
	 * overlapping it, so every piece in it looks as in {@link #compute}, and cut to the stretch.
	 */
	public static StyleRange[] within(List<Span> spans, KindColors colours, int textLength, int start, int end) {
		List<Span> overlapping = new ArrayList<>();
		for (Span span : spans) {
			if (span.anchor() != null && span.offset() < end && span.end() > start) {
				overlapping.add(span);
			}
		}
		List<StyleRange> ranges = new ArrayList<>();
		for (StyleRange range : compute(overlapping, colours, textLength)) {
			int from = Math.max(start, range.start);
			int to = Math.min(end, range.start + range.length);
			if (from < to) {
				range.start = from;
				range.length = to - from;
				ranges.add(range);
			}
		}
		return ranges.toArray(StyleRange[]::new);
	}

	/** The stretches sorted, overlapping or touching ones joined, cut to the text. */
	public static List<AnnotationDelta.Range> merged(List<AnnotationDelta.Range> ranges, int textLength) {
		List<AnnotationDelta.Range> sorted = new ArrayList<>(ranges);
		sorted.sort(Comparator.comparingInt(AnnotationDelta.Range::start));
		List<AnnotationDelta.Range> merged = new ArrayList<>();
		for (AnnotationDelta.Range range : sorted) {
			int start = Math.max(0, range.start());
			int end = Math.min(textLength, range.end());
			if (start >= end) {
				continue;
			}
			AnnotationDelta.Range last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
			if (last != null && start <= last.end()) {
				merged.set(merged.size() - 1, new AnnotationDelta.Range(last.start(), Math.max(last.end(), end)));
			} else {
				merged.add(new AnnotationDelta.Range(start, end));
			}
		}
		return merged;
	}

	private static StyleRange piece(List<Span> spans, KindColors colours, int start, int end) {
		Span innermostClaim = null;
		int claims = 0;
		boolean mentioned = false;
		for (Span span : spans) {
			if (span.offset() > start || span.end() < end) {
				continue;
			}
			if (span.isMention()) {
				mentioned = true;
			} else {
				claims++;
				if (innermostClaim == null || span.anchor().length() < innermostClaim.anchor().length()) {
					innermostClaim = span;
				}
			}
		}
		if (innermostClaim == null && !mentioned) {
			return null;
		}
		StyleRange range = new StyleRange();
		range.start = start;
		range.length = end - start;
		if (innermostClaim != null) {
			range.background = colours.colour(((Claim) innermostClaim.owner()).getKind());
		}
		if (claims > 1) {
			range.borderStyle = SWT.BORDER_DOT;
			range.borderColor = KindColors.OVERLAP;
		}
		if (mentioned) {
			range.underline = true;
			range.underlineStyle = SWT.UNDERLINE_SINGLE;
			range.underlineColor = KindColors.MENTION;
			range.foreground = KindColors.MENTION;
			range.fontStyle = SWT.BOLD;
		}
		return range;
	}
}
