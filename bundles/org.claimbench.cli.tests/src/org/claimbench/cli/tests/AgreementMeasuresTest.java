package org.claimbench.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.claimbench.core.agreement.Alpha;
import org.claimbench.core.agreement.UnitizingAlpha;
import org.dkpro.statistics.agreement.distance.SetAnnotation;
import org.dkpro.statistics.agreement.unitizing.KrippendorffAlphaUnitizingAgreement;
import org.dkpro.statistics.agreement.unitizing.UnitizingAnnotationStudy;
import org.junit.jupiter.api.Test;

/** The coefficients agree reports, against published worked examples and cases computed by hand. */
class AgreementMeasuresTest {

	/**
	 * Krippendorff (1995, p. 57): two coders unitize a continuum of 24 positions in four categories;
	 * the article gives αu = 0.553 for A and 0.679 for C (stretched, as there, to make positions nearly continuous).
	 */
	@Test
	void unitizingAlphaMatchesKrippendorffsWorkedExample() {
		long stretch = 50_000;
		List<Alpha.Segment> segments = krippendorffsExample(stretch);
		assertEquals(0.553, Alpha.unitizing(2, 24 * stretch, segments, "A"), 0.02);
		assertEquals(0.679, Alpha.unitizing(2, 24 * stretch, segments, "C"), 0.02);
	}

	/** The hand-written αu on Krippendorff's worked example, where it must agree with DKPro and with the article. */
	@Test
	void fastUnitizingAlphaMatchesKrippendorffsWorkedExampleAndDkpro() {
		long stretch = 1_000;
		List<Alpha.Segment> segments = krippendorffsExample(stretch);
		assertEquals(0.553, UnitizingAlpha.of(2, 24 * stretch, segments, "A"), 0.02);
		assertEquals(0.679, UnitizingAlpha.of(2, 24 * stretch, segments, "C"), 0.02);
		for (Object category : new Object[] { "A", "C", null }) {
			assertEquals(dkproUnitizing(2, 24 * stretch, segments, category), UnitizingAlpha.of(2, 24 * stretch, segments, category),
					1e-9, "category " + category);
		}
	}

	/**
	 * On seeded random studies (2 and 3 coders, up to three categories, units that overlap other coders' units,
	 * gaps of every size, a coder with no unit of a category) the hand-written αu equals DKPro's to 1e-9, per
	 * category and over all categories.
	 */
	@Test
	void fastUnitizingAlphaEqualsDkprosOnRandomStudies() {
		java.util.Random random = new java.util.Random(5);
		int checked = 0;
		for (int study = 0; study < 40; study++) {
			int coders = 2 + study % 2;
			int categories = 1 + study % 3;
			long length = 0;
			List<Alpha.Segment> segments = new ArrayList<>();
			for (int coder = 0; coder < coders; coder++) {
				for (int category = 0; category < categories; category++) {
					if (random.nextInt(8) == 0) {
						continue; // this coder has no unit of this category
					}
					long at = random.nextInt(30);
					for (int u = 0, units = 1 + random.nextInt(40); u < units; u++) {
						long unitLength = 1 + random.nextInt(60);
						segments.add(new Alpha.Segment(coder, at, unitLength, "k" + category));
						at += unitLength + random.nextInt(random.nextBoolean() ? 5 : 200);
					}
					length = Math.max(length, at);
				}
			}
			length += random.nextInt(50);
			Object[] asked = new Object[categories + 1];
			for (int category = 0; category < categories; category++) {
				asked[category] = "k" + category;
			}
			for (Object category : asked) {
				double dkpro = dkproUnitizing(coders, length, segments, category);
				assertEquals(dkpro, UnitizingAlpha.of(coders, length, segments, category), 1e-9,
						"study " + study + ", category " + category);
				assertTrue(dkpro > -1 && dkpro < 1, "a study with disagreement: " + dkpro);
				checked++;
			}
		}
		assertEquals(119, checked);
	}

	/** Krippendorff's (1995, p. 57) two coders' segments of categories A and C, each position stretched. */
	private static List<Alpha.Segment> krippendorffsExample(long stretch) {
		List<Alpha.Segment> segments = new ArrayList<>();
		int[][] a = { { 0, 2, 8 }, { 0, 14, 6 }, { 1, 4, 4 }, { 1, 15, 2 } };
		int[][] c = { { 0, 2, 6 }, { 0, 10, 2 }, { 0, 14, 4 }, { 0, 20, 2 }, { 1, 0, 2 }, { 1, 4, 4 }, { 1, 10, 4 }, { 1, 16, 2 },
				{ 1, 20, 2 } };
		for (int[] s : a) {
			segments.add(new Alpha.Segment(s[0], s[1] * stretch, s[2] * stretch, "A"));
		}
		for (int[] s : c) {
			segments.add(new Alpha.Segment(s[0], s[1] * stretch, s[2] * stretch, "C"));
		}
		return segments;
	}

	private static double dkproUnitizing(int coders, long length, List<Alpha.Segment> segments, Object category) {
		UnitizingAnnotationStudy study = new UnitizingAnnotationStudy(coders, 0, length);
		for (Alpha.Segment s : segments) {
			if (category == null || category.equals(s.category())) {
				study.addUnit(s.begin(), s.length(), s.coder(), s.category());
			}
		}
		KrippendorffAlphaUnitizingAgreement alpha = new KrippendorffAlphaUnitizingAgreement(study);
		return category == null ? alpha.calculateAgreement() : alpha.calculateCategoryAgreement(category);
	}

	@Test
	void identicalUnitizingIsOneEvenWhenDkproWouldDivideByZero() {
		List<Alpha.Segment> segments = List.of(new Alpha.Segment(0, 0, 10, "k"), new Alpha.Segment(1, 0, 10, "k"));
		assertEquals(1.0, Alpha.unitizing(2, 10, segments, "k"));
		assertEquals(1.0, Alpha.unitizing(2, 100, segments, null));
	}

	/**
	 * By hand: values a,a | a,b | b,b | b,b give n_a = 3, n_b = 5, n = 8; observed disagreement 2/8,
	 * expected 2·3·5/(8·7) = 30/56; alpha = 1 − (2/8)/(30/56) = 1 − 0.4667 = 0.5333.
	 */
	@Test
	void nominalAlphaMatchesAHandComputedCase() {
		List<Object[]> units = List.of(new Object[] { "a", "a" }, new Object[] { "a", "b" }, new Object[] { "b", "b" },
				new Object[] { "b", "b" });
		assertEquals(0.5333, Alpha.nominal(2, units), 0.0001);
		assertEquals(0.5333, Alpha.nominalByCounts(units), 0.0001);
	}

	/**
	 * With many distinct values (a "whole claims" value per claim, pooled over many statements) nominal alpha is
	 * computed from counts; on a seeded study of three coders, with gaps, it equals DKPro's to the last digits.
	 */
	@Test
	void nominalAlphaFromCountsEqualsDkprosOnALargeStudy() {
		java.util.Random random = new java.util.Random(11);
		List<Object[]> units = new ArrayList<>();
		for (int u = 0; u < 3_000; u++) {
			Object[] unit = new Object[3];
			String value = "v" + random.nextInt(1_500);
			for (int coder = 0; coder < 3; coder++) {
				int roll = random.nextInt(10);
				unit[coder] = roll == 0 ? null : roll == 1 ? "v" + random.nextInt(1_500) : value;
			}
			units.add(unit);
		}
		org.dkpro.statistics.agreement.coding.CodingAnnotationStudy study = new org.dkpro.statistics.agreement.coding.CodingAnnotationStudy(3);
		Alpha.pairable(units).forEach(study::addItemAsArray);
		double dkpro = new org.dkpro.statistics.agreement.coding.KrippendorffAlphaAgreement(study,
				new org.dkpro.statistics.agreement.distance.NominalDistanceFunction()).calculateAgreement();
		assertEquals(dkpro, Alpha.nominal(3, units), 1e-9);
		assertTrue(dkpro > 0.6 && dkpro < 0.95, "a study with real disagreement: " + dkpro);
	}

	@Test
	void unitsWithOneValueAreLeftOutAndSameValuesEverywhereGiveOne() {
		List<Object[]> units = List.of(new Object[] { "a", null }, new Object[] { "b", "b" }, new Object[] { "c", "c" });
		assertEquals(2, Alpha.pairable(units).size());
		assertEquals(1.0, Alpha.nominal(2, units));
		assertEquals(1.0, Alpha.nominal(2, List.of(new Object[] { "a", "a" }, new Object[] { "a", "a" })));
		assertTrue(Double.isNaN(Alpha.nominal(2, List.<Object[]>of(new Object[] { "a", null }))));
	}

	/**
	 * MASI as DKPro defines it: Jaccard distance weighted by 0 (same set), 1/3 (subset), 2/3 (overlap) or 1
	 * (disjoint); {x,y} and {x} are 1/2 · 1/3 = 1/6 apart. Two units, {x,y}|{x} and {z}|{z}: observed
	 * 2·(1/6)/4 = 1/12; expected over all ordered pairs of the four values (2·1/6 + 8·1)/(4·3) = 0.6944;
	 * alpha = 1 − 0.0833/0.6944 = 0.88.
	 */
	@Test
	void setValuedAlphaUsesMasi() {
		List<Object[]> units = List.of(new Object[] { new SetAnnotation("x", "y"), new SetAnnotation("x") },
				new Object[] { new SetAnnotation("z"), new SetAnnotation("z") });
		assertEquals(0.88, Alpha.masi(2, units), 0.0001);
	}
}
