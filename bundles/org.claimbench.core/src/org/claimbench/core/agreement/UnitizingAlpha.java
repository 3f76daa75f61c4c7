package org.claimbench.core.agreement;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Krippendorff's (1995) unitizing alpha, αu, as DKPro Statistics' {@code KrippendorffAlphaUnitizingAgreement}
 * defines it, computed here in double precision and n log n time. It is written by hand because DKPro's
 * expected disagreement compares every unit with every gap in BigDecimal arithmetic: pooled over a thousand
 * statements (200,000 segments) that took minutes. The tests check both give the same value to 1e-9.
 * <p>
 * For one category c, over a continuum of L positions coded by R coders, each coder's sequence of c-units and
 * the gaps between them:
 * <ul>
 * <li>observed disagreement: over every pair of coders, every pair of their segments that meet when both
 * sequences are walked together, the distance (Δbegin² + Δend² for two overlapping units, l² for a unit lying
 * inside the other coder's gap, 0 otherwise), times 2 / (R(R−1)L²);</li>
 * <li>expected disagreement: Σ over the N c-units u of length l of [(N−1)(2l³ − 3l² + l)/3 + l² Σ over the gaps g
 * of every coder with g ≥ l of (g − l + 1)], times 2/L, over RL(RL − 1) − Σ l(l − 1). The inner sum is
 * (sum of the gaps ≥ l) − (l − 1)(count of them), read off the sorted gaps with suffix sums and a binary
 * search instead of visiting every gap.</li>
 * </ul>
 * Over all categories, both disagreements are averaged over the categories first. As in DKPro, equal
 * disagreements give 0. A coder's units of one category are assumed not to overlap each other (αu's premise).
 */
public final class UnitizingAlpha {

	private UnitizingAlpha() {
	}

	/** αu of one category, or of all categories together when {@code category} is null. */
	public static double of(int coders, long length, List<Alpha.Segment> segments, Object category) {
		double observed;
		double expected;
		if (category != null) {
			observed = observed(coders, length, segments, category);
			expected = expected(coders, length, segments, category);
		} else {
			Set<Object> categories = new LinkedHashSet<>();
			segments.forEach(s -> categories.add(s.category()));
			double o = 0;
			double e = 0;
			for (Object c : categories) {
				o += observed(coders, length, segments, c);
				e += expected(coders, length, segments, c);
			}
			observed = o / categories.size();
			expected = e / categories.size();
		}
		return observed == expected ? 0.0 : 1.0 - observed / expected;
	}

	/** Each coder's units of the category as {begin, length} pairs, ordered by begin, then length. */
	private static long[][][] byCoder(int coders, List<Alpha.Segment> segments, Object category) {
		List<List<long[]>> lists = new ArrayList<>();
		for (int r = 0; r < coders; r++) {
			lists.add(new ArrayList<>());
		}
		for (Alpha.Segment s : segments) {
			if (category.equals(s.category())) {
				lists.get(s.coder()).add(new long[] { s.begin(), s.length() });
			}
		}
		long[][][] units = new long[coders][][];
		for (int r = 0; r < coders; r++) {
			units[r] = lists.get(r).toArray(long[][]::new);
			Arrays.sort(units[r], (a, b) -> a[0] != b[0] ? Long.compare(a[0], b[0]) : Long.compare(a[1], b[1]));
		}
		return units;
	}

	/** One coder's walk along the continuum: the segment it is in (a unit or a gap) and the next unit. */
	private static final class Walk {
		final long[][] units;
		final long end;
		int next;
		long begin;
		long length;
		boolean unit;

		Walk(long[][] units, long end) {
			this.units = units;
			this.end = end;
		}

		boolean hasNext() {
			return next < units.length;
		}

		/** At pos, where the current segment ends: the next unit if it starts here, else the gap up to it. */
		void step(long pos) {
			if (pos != begin + length) {
				return;
			}
			if (hasNext() && units[next][0] == pos) {
				length = units[next][1];
				unit = true;
				next++;
			} else {
				length = (hasNext() ? units[next][0] : end) - pos;
				unit = false;
			}
			begin = pos;
		}
	}

	static double observed(int coders, long length, List<Alpha.Segment> segments, Object category) {
		long[][][] units = byCoder(coders, segments, category);
		double sum = 0;
		for (int r1 = 0; r1 < coders; r1++) {
			for (int r2 = r1 + 1; r2 < coders; r2++) {
				Walk a = new Walk(units[r1], length);
				Walk b = new Walk(units[r2], length);
				long pos = 0;
				while (pos < length && (a.hasNext() || b.hasNext())) {
					a.step(pos);
					b.step(pos);
					sum += distance(a, b);
					pos = Math.min(a.begin + a.length, b.begin + b.length);
				}
			}
		}
		return sum * 2.0 / (double) (coders * (coders - 1) * (length * length));
	}

	/** Krippendorff's distance of two coders' segments met on the walk. */
	private static double distance(Walk a, Walk b) {
		long beginDiff = a.begin - b.begin;
		long lengthDiff = a.length - b.length;
		if (a.unit && b.unit && -a.length < beginDiff && beginDiff < b.length) {
			return beginDiff * beginDiff + (beginDiff + lengthDiff) * (beginDiff + lengthDiff);
		}
		if (a.unit && !b.unit && -lengthDiff >= beginDiff && beginDiff >= 0) {
			return a.length * a.length;
		}
		if (!a.unit && b.unit && -lengthDiff <= beginDiff && beginDiff <= 0) {
			return b.length * b.length;
		}
		return 0.0;
	}

	static double expected(int coders, long length, List<Alpha.Segment> segments, Object category) {
		long[][][] units = byCoder(coders, segments, category);
		int n = 0;
		double squaredLengths = 0;
		List<Long> gapList = new ArrayList<>();
		for (long[][] coder : units) {
			Walk walk = new Walk(coder, length);
			long pos = 0;
			while (pos < length) {
				walk.step(pos);
				if (!walk.unit) {
					gapList.add(walk.length);
				}
				pos = walk.begin + walk.length;
			}
			for (long[] unit : coder) {
				n++;
				squaredLengths += (double) unit[1] * (unit[1] - 1);
			}
		}
		long[] gaps = gapList.stream().mapToLong(Long::longValue).sorted().toArray();
		// suffix[i]: the sum of gaps[i..]; gaps at or above a length are a suffix of the sorted gaps.
		long[] suffix = new long[gaps.length + 1];
		for (int i = gaps.length - 1; i >= 0; i--) {
			suffix[i] = suffix[i + 1] + gaps[i];
		}
		double sum = 0;
		for (long[][] coder : units) {
			for (long[] unit : coder) {
				double l = unit[1];
				int first = firstAtLeast(gaps, unit[1]);
				long count = gaps.length - first;
				double withinGaps = (double) (suffix[first] - (unit[1] - 1) * count);
				sum += (n - 1.0) * (2.0 * l * l * l - 3.0 * l * l + l) / 3.0 + l * l * withinGaps;
			}
		}
		double rl = (double) coders * length;
		return sum * 2.0 / length / (rl * (rl - 1) - squaredLengths);
	}

	/** The index of the first value at least {@code value} in ascending {@code sorted} (its length when none is). */
	static int firstAtLeast(long[] sorted, long value) {
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
}
