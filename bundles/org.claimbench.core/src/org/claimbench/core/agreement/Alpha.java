package org.claimbench.core.agreement;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.dkpro.statistics.agreement.coding.CodingAnnotationStudy;
import org.dkpro.statistics.agreement.coding.KrippendorffAlphaAgreement;
import org.dkpro.statistics.agreement.distance.IDistanceFunction;
import org.dkpro.statistics.agreement.distance.MASISetAnnotationDistanceFunction;
import org.dkpro.statistics.agreement.distance.NominalDistanceFunction;
import org.dkpro.statistics.agreement.unitizing.KrippendorffAlphaUnitizingAgreement;
import org.dkpro.statistics.agreement.unitizing.UnitizingAnnotationStudy;

/**
 * Krippendorff's alpha through DKPro Statistics. Where no coder differs from another the value is
 * 1 by definition (DKPro would divide 0 by 0 when every value is the same); with fewer than two
 * values on any unit there is nothing to measure and the value is NaN.
 */
public final class Alpha {

	/** One annotated stretch of the continuum by one coder, in one category. */
	public record Segment(int coder, long begin, long length, Object category) {
	}

	private Alpha() {
	}

	/**
	 * Above this many distinct values, nominal alpha is computed here rather than by DKPro, whose expected
	 * disagreement visits every pair of values: "whole claims" has nearly a value per claim, and pooled over
	 * a thousand statements that was ten billion distance calls (the agree benchmark never finished).
	 */
	static final int MANY_VALUES = 1_000;

	/**
	 * Above this many segments, αu is computed by {@link UnitizingAlpha} (n log n, double precision) rather than by
	 * DKPro, whose expected disagreement is quadratic in BigDecimal; below it DKPro's value is reported as it is.
	 */
	static final int LARGE_UNITIZING_STUDY = 2_000;

	/** Nominal alpha over units, each an array of values by coder, null where a coder gave none. */
	public static double nominal(int coders, List<Object[]> units) {
		List<Object[]> usable = pairable(units);
		if (usable.size() > 0 && usable.stream().flatMap(Arrays::stream).filter(Objects::nonNull).distinct().limit(MANY_VALUES + 1)
				.count() > MANY_VALUES) {
			return usable.stream().allMatch(Alpha::unanimous) ? 1.0 : nominalByCounts(usable);
		}
		return coding(coders, units, new NominalDistanceFunction());
	}

	/**
	 * Krippendorff's nominal alpha from value counts, linear in the units: 1 - (n - 1) * (pairs of different values
	 * within units, each unit's weighted by 1 / (m - 1)) / (pairs of different values over all values). The same
	 * formula DKPro evaluates, without the loop over pairs of values (checked against DKPro in the tests).
	 */
	public static double nominalByCounts(List<Object[]> units) {
		Map<Object, Double> totals = new HashMap<>();
		double observed = 0;
		for (Object[] unit : units) {
			Map<Object, Integer> counts = new HashMap<>();
			int m = 0;
			for (Object value : unit) {
				if (value != null) {
					counts.merge(value, 1, Integer::sum);
					m++;
				}
			}
			// Ordered pairs of different values in this unit: m^2 minus the pairs of equal ones (self-pairs included).
			double sameOrSelf = 0;
			for (int count : counts.values()) {
				sameOrSelf += (double) count * count;
			}
			observed += ((double) m * m - sameOrSelf) / (m - 1);
			for (Map.Entry<Object, Integer> count : counts.entrySet()) {
				totals.merge(count.getKey(), (double) count.getValue(), Double::sum);
			}
		}
		double n = totals.values().stream().mapToDouble(Double::doubleValue).sum();
		double squares = totals.values().stream().mapToDouble(c -> c * c).sum();
		double expected = n * n - squares;
		return expected == 0 ? 1.0 : 1.0 - (n - 1) * observed / expected;
	}

	/** Alpha with the MASI distance, for set-valued units (values are {@code SetAnnotation}s). */
	public static double masi(int coders, List<Object[]> units) {
		return coding(coders, units, new MASISetAnnotationDistanceFunction());
	}

	/** The units that have at least two values, the only ones alpha can use. */
	public static List<Object[]> pairable(List<Object[]> units) {
		return units.stream().filter(u -> Arrays.stream(u).filter(Objects::nonNull).count() >= 2).toList();
	}

	private static double coding(int coders, List<Object[]> units, IDistanceFunction distance) {
		List<Object[]> usable = pairable(units);
		if (usable.isEmpty()) {
			return Double.NaN;
		}
		if (usable.stream().allMatch(Alpha::unanimous)) {
			return 1.0;
		}
		CodingAnnotationStudy study = new CodingAnnotationStudy(coders);
		usable.forEach(study::addItemAsArray);
		return new KrippendorffAlphaAgreement(study, distance).calculateAgreement();
	}

	private static boolean unanimous(Object[] unit) {
		Object seen = null;
		for (Object value : unit) {
			if (value != null) {
				if (seen != null && !seen.equals(value)) {
					return false;
				}
				seen = value;
			}
		}
		return true;
	}

	/**
	 * Unitizing alpha (αu, Krippendorff 1995) of one category, or of all categories together when
	 * {@code category} is null, over a continuum of {@code length} characters.
	 */
	public static double unitizing(int coders, long length, List<Segment> segments, Object category) {
		List<Segment> relevant = category == null ? segments
				: segments.stream().filter(s -> category.equals(s.category())).toList();
		if (relevant.isEmpty() || length <= 0) {
			return Double.NaN;
		}
		if (sameForEveryCoder(coders, relevant)) {
			return 1.0;
		}
		if (relevant.size() > LARGE_UNITIZING_STUDY) {
			return UnitizingAlpha.of(coders, length, relevant, category);
		}
		UnitizingAnnotationStudy study = new UnitizingAnnotationStudy(coders, 0, length);
		for (Segment segment : relevant) {
			study.addUnit(segment.begin(), segment.length(), segment.coder(), segment.category());
		}
		KrippendorffAlphaUnitizingAgreement alpha = new KrippendorffAlphaUnitizingAgreement(study);
		return category == null ? alpha.calculateAgreement() : alpha.calculateCategoryAgreement(category);
	}

	private static boolean sameForEveryCoder(int coders, List<Segment> segments) {
		List<List<String>> byCoder = new java.util.ArrayList<>();
		for (int coder = 0; coder < coders; coder++) {
			int c = coder;
			byCoder.add(segments.stream().filter(s -> s.coder() == c)
					.map(s -> s.begin() + ":" + s.length() + ":" + s.category()).sorted().toList());
		}
		return byCoder.stream().distinct().count() == 1;
	}
}
