package org.claimbench.core.agreement;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Aligns the codings of several coders into units: each unit holds at most one coding per coder.
 * Coders are taken in turn; each coding joins the unit it overlaps most among those with the same
 * label, else the unit it overlaps most, pairs being taken greedily from the best down (ties by
 * text position, so the result repeats). A coding that overlaps no free unit starts a unit of its own.
 */
public final class Alignment {

	/** The codings of one unit, indexed by coder; null where a coder has none. */
	public record Unit(Coding[] byCoder) {

		public Coding first() {
			for (Coding coding : byCoder) {
				if (coding != null) {
					return coding;
				}
			}
			throw new IllegalStateException("empty unit");
		}

		public int coders() {
			int count = 0;
			for (Coding coding : byCoder) {
				count += coding == null ? 0 : 1;
			}
			return count;
		}

		public Coding of(int coder) {
			return byCoder[coder];
		}
	}

	private record Candidate(boolean sameLabel, int overlap, Coding coding, int unit) {
	}

	private Alignment() {
	}

	/**
	 * The units formed so far by where their members' spans lie, so that a coding is compared only with the
	 * units it can overlap: comparing every coding with every unit took seconds at 10,000 anchors.
	 */
	private static final class UnitIndex {

		private final int[] begins;
		private final int[] ends;
		private final int[] unitOf;
		private final int longest;

		UnitIndex(List<Coding[]> units) {
			List<int[]> spans = new ArrayList<>();
			int max = 0;
			for (int u = 0; u < units.size(); u++) {
				for (Coding member : units.get(u)) {
					if (member != null) {
						for (Span span : member.spans()) {
							spans.add(new int[] { span.begin(), span.end(), u });
							max = Math.max(max, span.length());
						}
					}
				}
			}
			spans.sort(Comparator.comparingInt(a -> a[0]));
			begins = new int[spans.size()];
			ends = new int[spans.size()];
			unitOf = new int[spans.size()];
			for (int i = 0; i < spans.size(); i++) {
				begins[i] = spans.get(i)[0];
				ends[i] = spans.get(i)[1];
				unitOf[i] = spans.get(i)[2];
			}
			longest = max;
		}

		/** The units with a span that shares a character with one of the coding's, in ascending order. */
		int[] overlapping(Coding coding) {
			TreeSet<Integer> found = new TreeSet<>();
			for (Span span : coding.spans()) {
				// Spans begin at or after span.begin() - longest if they reach into it at all.
				int i = firstAtOrAfter(span.begin() - longest);
				for (; i < begins.length && begins[i] < span.end(); i++) {
					if (ends[i] > span.begin() && Math.min(ends[i], span.end()) > Math.max(begins[i], span.begin())) {
						found.add(unitOf[i]);
					}
				}
			}
			return found.stream().mapToInt(Integer::intValue).toArray();
		}

		private int firstAtOrAfter(int position) {
			int low = 0;
			int high = begins.length;
			while (low < high) {
				int mid = (low + high) >>> 1;
				if (begins[mid] < position) {
					low = mid + 1;
				} else {
					high = mid;
				}
			}
			return low;
		}
	}

	public static List<Unit> align(List<List<Coding>> byCoder) {
		int coders = byCoder.size();
		List<Coding[]> units = new ArrayList<>();
		for (int coder = 0; coder < coders; coder++) {
			List<Candidate> candidates = new ArrayList<>();
			UnitIndex index = new UnitIndex(units);
			for (Coding coding : byCoder.get(coder)) {
				for (int u : index.overlapping(coding)) {
					Coding[] unit = units.get(u);
					int overlap = 0;
					Coding representative = null;
					for (Coding member : unit) {
						if (member != null) {
							representative = representative == null ? member : representative;
							overlap = Math.max(overlap, Span.overlap(coding.spans(), member.spans()));
						}
					}
					if (overlap > 0) {
						candidates.add(new Candidate(representative.label().equals(coding.label()), overlap, coding, u));
					}
				}
			}
			candidates.sort(Comparator.comparing(Candidate::sameLabel).reversed()
					.thenComparing(Comparator.comparingInt(Candidate::overlap).reversed())
					.thenComparingInt(c -> c.coding().begin()).thenComparingInt(Candidate::unit));
			Set<Coding> placed = Collections.newSetFromMap(new IdentityHashMap<>());
			for (Candidate candidate : candidates) {
				Coding[] unit = units.get(candidate.unit());
				if (unit[coder] == null && !placed.contains(candidate.coding())) {
					unit[coder] = candidate.coding();
					placed.add(candidate.coding());
				}
			}
			for (Coding coding : byCoder.get(coder)) {
				if (!placed.contains(coding)) {
					Coding[] unit = new Coding[coders];
					unit[coder] = coding;
					units.add(unit);
				}
			}
		}
		return units.stream().map(Unit::new).sorted(Comparator.comparingInt((Unit u) -> u.first().begin())).toList();
	}
}
