package org.claimbench.core.agreement;

import java.util.List;

/** A stretch of the source text, [begin, end) in the document's offsets. */
public record Span(int begin, int end) {

	public int length() {
		return end - begin;
	}

	public int overlap(Span other) {
		return Math.max(0, Math.min(end, other.end) - Math.max(begin, other.begin));
	}

	/** Characters two annotations share, summed over their anchors (a claim may quote several places). */
	static int overlap(List<Span> a, List<Span> b) {
		int shared = 0;
		for (Span x : a) {
			for (Span y : b) {
				shared += x.overlap(y);
			}
		}
		return shared;
	}

	@Override
	public String toString() {
		return begin + "-" + end;
	}
}
