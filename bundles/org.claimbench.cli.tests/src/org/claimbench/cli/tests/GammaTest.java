package org.claimbench.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.claimbench.core.agreement.Gamma;
import org.claimbench.core.agreement.Gamma.Unit;
import org.junit.jupiter.api.Test;

/** γ (Mathet et al. 2015) on cases computed by hand, against exhaustive search, and on stacked claims. */
class GammaTest {

	private static final List<String> CODERS = List.of("A", "B");

	/**
	 * Two coders, three and two units. a1 [0,10) and b1 [2,10), same kind: ((2 + 0) / (10 + 8))² = 1/81; a2 [20,30)
	 * and b2 [20,30), other kinds: 0 + 1 = 1; every other pair is at least 2Δ∅ apart (a1, b2: (40/20)² + 1 = 5).
	 * Best alignment: a1-b1, a2-b2, a3 alone: 1/81 + 1 + 1 = 2.0123; aligning a2 with nothing would cost 2 instead
	 * of 1. Mean units per coder (3 + 2) / 2 = 2.5, observed disorder 2.0123 / 2.5 = 0.80494.
	 */
	@Test
	void dissimilarityAndObservedDisorderMatchAHandComputedCase() {
		Unit a1 = new Unit(0, 0, 10, "k");
		Unit a2 = new Unit(0, 20, 30, "k");
		Unit a3 = new Unit(0, 40, 50, "k");
		Unit b1 = new Unit(1, 2, 10, "k");
		Unit b2 = new Unit(1, 20, 30, "j");
		assertEquals(1.0 / 81, Gamma.dissimilarity(a1, b1), 1e-12);
		assertEquals(1.0, Gamma.dissimilarity(a2, b2), 1e-12);
		assertEquals(5.0, Gamma.dissimilarity(a1, b2), 1e-12);
		assertEquals(2 + 1.0 / 81, Gamma.bestAlignment(List.of(a1, a2, a3), List.of(b1, b2)), 1e-12);
		assertEquals((2 + 1.0 / 81) / 2.5, Gamma.observedDisorder(List.of(a1, a2, a3), List.of(b1, b2)), 1e-12);
	}

	/**
	 * Stacked claims of one coder, a1 [0,10) and a2 [5,15), against b1 [5,15), all of one kind: b1 with a2 costs 0
	 * and a1 alone 1, total 1; b1 with a1 would cost ((5 + 5) / 20)² = 0.25 plus a2 alone 1, total 1.25. The best
	 * alignment is not the first overlap met.
	 */
	@Test
	void theBestAlignmentOfStackedClaimsIsFoundNotTheFirstOverlap() {
		Unit a1 = new Unit(0, 0, 10, "k");
		Unit a2 = new Unit(0, 5, 15, "k");
		Unit b1 = new Unit(1, 5, 15, "k");
		assertEquals(0.25, Gamma.dissimilarity(a1, b1), 1e-12);
		assertEquals(1.0, Gamma.bestAlignment(List.of(a1, a2), List.of(b1)), 1e-12);
		assertEquals(1.0, Gamma.bestAlignment(List.of(b1), List.of(a1, a2)), 1e-12);
	}

	/** On 300 seeded random cases of up to five units a coder, stacked and overlapping, the alignment is the best of all. */
	@Test
	void theBestAlignmentEqualsExhaustiveSearch() {
		Random random = new Random(3);
		for (int trial = 0; trial < 300; trial++) {
			List<Unit> first = randomUnits(random, 0, random.nextInt(6));
			List<Unit> second = randomUnits(random, 1, random.nextInt(6));
			assertEquals(exhaustive(first, second, 0, new boolean[second.size()]), Gamma.bestAlignment(first, second), 1e-9,
					"trial " + trial + ": " + first + " / " + second);
		}
	}

	@Test
	void identicalCodingsGiveOneAndNothingCodedGivesNoValue() {
		List<Unit> units = new ArrayList<>();
		for (int coder = 0; coder < 2; coder++) {
			units.add(new Unit(coder, 0, 40, "Threat"));
			units.add(new Unit(coder, 0, 40, "Commitment"));
			units.add(new Unit(coder, 10, 20, "Threat"));
			units.add(new Unit(coder, 60, 90, "Threat"));
		}
		assertEquals(1.0, Gamma.of(2, 100, units, "s", CODERS, Gamma.DEFAULT_SEED, 30).value());
		assertTrue(Double.isNaN(Gamma.of(2, 100, List.of(), "s", CODERS, Gamma.DEFAULT_SEED, 30).value()));
	}

	@Test
	void theSameSeedGivesTheSameGammaAndAnotherSeedAnotherSample() {
		Random random = new Random(9);
		List<Unit> units = new ArrayList<>(randomUnits(random, 0, 12));
		units.addAll(randomUnits(random, 1, 12));
		double once = Gamma.of(2, 200, units, "s", CODERS, 42, 30).value();
		assertEquals(once, Gamma.of(2, 200, units, "s", CODERS, 42, 30).value());
		assertNotEquals(once, Gamma.of(2, 200, units, "s", CODERS, 43, 30).value());
		assertTrue(once < 1, "the coders differ: " + once);
	}

	/**
	 * Stacked claims (two kinds over one passage, a third claim inside it), on which αu cannot be used: γ stays 1
	 * when the second coder lists them in another order, drops a little when one boundary moves by a few
	 * characters, and drops more when one claim has another kind.
	 */
	@Test
	void onStackedClaimsShiftedBoundariesCostLessThanAnotherKind() {
		List<Unit> first = List.of(new Unit(0, 0, 200, "Threat"), new Unit(0, 0, 200, "Commitment"), new Unit(0, 50, 120, "Threat"),
				new Unit(0, 300, 400, "Assessment"), new Unit(0, 500, 560, "Threat"));
		List<Unit> reordered = List.of(new Unit(1, 50, 120, "Threat"), new Unit(1, 500, 560, "Threat"), new Unit(1, 0, 200, "Commitment"),
				new Unit(1, 300, 400, "Assessment"), new Unit(1, 0, 200, "Threat"));
		List<Unit> shifted = List.of(new Unit(1, 0, 200, "Threat"), new Unit(1, 0, 200, "Commitment"), new Unit(1, 56, 120, "Threat"),
				new Unit(1, 300, 400, "Assessment"), new Unit(1, 500, 560, "Threat"));
		List<Unit> otherKind = List.of(new Unit(1, 0, 200, "Threat"), new Unit(1, 0, 200, "Commitment"), new Unit(1, 50, 120, "Commitment"),
				new Unit(1, 300, 400, "Assessment"), new Unit(1, 500, 560, "Threat"));
		double same = gamma(first, reordered);
		double moved = gamma(first, shifted);
		double kind = gamma(first, otherKind);
		assertEquals(1.0, same);
		assertTrue(moved < 1 && moved > kind, "shifted " + moved + ", other kind " + kind);
	}

	private static double gamma(List<Unit> first, List<Unit> second) {
		List<Unit> units = new ArrayList<>(first);
		units.addAll(second);
		return Gamma.of(2, 600, units, "s", CODERS, Gamma.DEFAULT_SEED, 30).value();
	}

	private static List<Unit> randomUnits(Random random, int coder, int count) {
		List<Unit> units = new ArrayList<>();
		String[] kinds = { "a", "b" };
		for (int i = 0; i < count; i++) {
			long begin = random.nextInt(60);
			units.add(new Unit(coder, begin, begin + 1 + random.nextInt(30), kinds[random.nextInt(2)]));
		}
		return units;
	}

	/** The least total disorder over every way to pair each first unit with a free second unit or with nothing. */
	private static double exhaustive(List<Unit> first, List<Unit> second, int index, boolean[] used) {
		if (index == first.size()) {
			int left = 0;
			for (boolean u : used) {
				left += u ? 0 : 1;
			}
			return left;
		}
		double best = 1 + exhaustive(first, second, index + 1, used);
		for (int j = 0; j < second.size(); j++) {
			if (!used[j]) {
				used[j] = true;
				best = Math.min(best, Gamma.dissimilarity(first.get(index), second.get(j)) + exhaustive(first, second, index + 1, used));
				used[j] = false;
			}
		}
		return best;
	}
}
