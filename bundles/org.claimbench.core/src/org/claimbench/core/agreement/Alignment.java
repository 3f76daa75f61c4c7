package org.claimbench.core.agreement;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

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

	public static List<Unit> align(List<List<Coding>> byCoder) {
		int coders = byCoder.size();
		List<Coding[]> units = new ArrayList<>();
		for (int coder = 0; coder < coders; coder++) {
			List<Candidate> candidates = new ArrayList<>();
			for (Coding coding : byCoder.get(coder)) {
				for (int u = 0; u < units.size(); u++) {
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
