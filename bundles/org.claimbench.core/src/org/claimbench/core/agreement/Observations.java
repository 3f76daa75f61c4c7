package org.claimbench.core.agreement;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;

/**
 * What agreement is computed from: the coders' segments on the character continuum, and the units
 * of each coded measure. Observations of several statements add up to pooled ones, their continua
 * laid end to end.
 */
final class Observations {

	static final String CLAIMS = "claims";
	static final String MENTIONS = "mentions";

	final int coders;
	long length;
	final List<Alpha.Segment> claimSegments = new ArrayList<>();
	final List<Alpha.Segment> mentionSegments = new ArrayList<>();
	/** One γ unit per claim (its first to its last quoted character); kept per statement, not pooled. */
	final List<Gamma.Unit> claimUnits = new ArrayList<>();
	/** The claims' γ disorders, set per statement and summed when pooled; null when not measured. */
	Gamma.Totals gamma;
	final Map<String, List<Object[]>> units = new LinkedHashMap<>();
	/** The measures whose values are sets, compared with the MASI distance; the others are nominal. */
	final Set<String> setValued = new HashSet<>();

	Observations(int coders) {
		this.coders = coders;
	}

	void addAll(Observations other) {
		for (Alpha.Segment s : other.claimSegments) {
			claimSegments.add(new Alpha.Segment(s.coder(), s.begin() + length, s.length(), s.category()));
		}
		for (Alpha.Segment s : other.mentionSegments) {
			mentionSegments.add(new Alpha.Segment(s.coder(), s.begin() + length, s.length(), s.category()));
		}
		length += other.length;
		other.units.forEach((name, values) -> units.computeIfAbsent(name, n -> new ArrayList<>()).addAll(values));
		setValued.addAll(other.setValued);
		gamma = gamma == null ? other.gamma : gamma.add(other.gamma);
	}

	void unit(String measure, Object[] values, boolean set) {
		units.computeIfAbsent(measure, n -> new ArrayList<>()).add(values);
		if (set) {
			setValued.add(measure);
		}
	}

	List<Measure> measures(String statement, String coderLabel) {
		return measures(statement, coderLabel, false);
	}

	/**
	 * The measures, in a fixed order; {@code inParallel} computes them on all cores, for pooled observations, whose
	 * few large studies would otherwise keep one core busy while agree's workers are done.
	 */
	List<Measure> measures(String statement, String coderLabel, boolean inParallel) {
		List<Supplier<Measure>> measures = new ArrayList<>();
		if (!claimSegments.isEmpty()) {
			measures.add(() -> new Measure(statement, coderLabel, "αu claims", Alpha.unitizing(coders, length, claimSegments, null),
					claimSegments.size()));
			for (Object kind : new TreeSet<>(claimSegments.stream().map(s -> (String) s.category()).toList())) {
				measures.add(() -> new Measure(statement, coderLabel, "αu claims: " + kind,
						Alpha.unitizing(coders, length, claimSegments, kind),
						(int) claimSegments.stream().filter(s -> kind.equals(s.category())).count()));
			}
		}
		if (gamma != null && gamma.units() > 0) {
			measures.add(() -> new Measure(statement, coderLabel, coders > 2 ? "γ claims (mean of pairs)" : "γ claims", gamma.value(),
					gamma.units()));
		}
		if (!mentionSegments.isEmpty()) {
			measures.add(() -> new Measure(statement, coderLabel, "αu mentions",
					Alpha.unitizing(coders, length, mentionSegments, MENTIONS), mentionSegments.size()));
		}
		units.forEach((name, values) -> measures.add(() -> new Measure(statement, coderLabel, name,
				setValued.contains(name) ? Alpha.masi(coders, values) : Alpha.nominal(coders, values),
				Alpha.pairable(values).size())));
		// An ordered stream: the measures come out in the order listed either way.
		return (inParallel ? measures.parallelStream() : measures.stream()).map(Supplier::get).toList();
	}
}
