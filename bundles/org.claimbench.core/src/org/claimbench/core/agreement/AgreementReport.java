package org.claimbench.core.agreement;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.claimbench.model.claims.Document;

/**
 * Agreement over the coders' documents of one or more statements: per statement across all its
 * coders and, with more than two, pairwise; then pooled over the statements with the same coders. The
 * statements are kept by name, length and coders only (see {@link Builder}).
 */
public record AgreementReport(List<Statement> statements, List<Measure> measures, List<UnitRow> rows, List<String> notes) {

	public static final String POOLED = "pooled";

	public static AgreementReport of(List<Document> documents) {
		Builder builder = new Builder();
		Statement.group(documents).forEach(builder::add);
		return builder.build();
	}

	/** One statement's measures, unit rows and observations, before they are added to a report. */
	public static final class Measured {
		private final Statement statement;
		private final List<Measure> measures = new ArrayList<>();
		private final List<UnitRow> rows = new ArrayList<>();
		private final Map<String, Observations> bySubset = new LinkedHashMap<>();
		private int stacked;

		private Measured(Statement statement) {
			this.statement = statement;
		}
	}

	/**
	 * Adds statements one at a time, so that a caller can load each statement's documents, add it and unload them
	 * again: what the pooled measures need is kept (segments and values), the documents are not.
	 */
	public static final class Builder {
		private final List<Statement> statements = new ArrayList<>();
		private final List<Measure> measures = new ArrayList<>();
		private final List<UnitRow> rows = new ArrayList<>();
		private final Map<String, Observations> pooled = new LinkedHashMap<>();
		private final Map<String, Integer> pooledStatements = new LinkedHashMap<>();
		private final long seed;
		private final int samples;
		private int stacked;

		/** γ with {@link Gamma#DEFAULT_SAMPLES} shuffled continua from {@link Gamma#DEFAULT_SEED}. */
		public Builder() {
			this(Gamma.DEFAULT_SEED, Gamma.DEFAULT_SAMPLES);
		}

		public Builder(long seed, int samples) {
			this.seed = seed;
			this.samples = samples;
		}

		public Builder add(Statement statement) {
			return add(measure(statement));
		}

		/**
		 * What the statement adds to the report, computed without changing the builder: statements can be measured on
		 * several threads while their documents are loaded, then added in order.
		 */
		public Measured measure(Statement statement) {
			int coders = statement.coders().size();
			Measured measured = new Measured(statement.withoutDocuments());
			if (coders < 2) {
				return measured;
			}
			List<List<Integer>> subsets = new ArrayList<>();
			List<Integer> all = new ArrayList<>();
			for (int i = 0; i < coders; i++) {
				all.add(i);
			}
			subsets.add(all);
			if (coders > 2) {
				for (int a = 0; a < coders; a++) {
					for (int b = a + 1; b < coders; b++) {
						subsets.add(List.of(a, b));
					}
				}
			}
			for (List<Integer> subset : subsets) {
				AlignedStatement aligned = AlignedStatement.of(statement, subset);
				String label = String.join(" + ", aligned.coders());
				Observations observations = aligned.observations();
				observations.gamma = Gamma.of(subset.size(), statement.length(), observations.claimUnits, statement.name(),
						aligned.coders(), seed, samples);
				measured.measures.addAll(observations.measures(statement.name(), label));
				observations.claimUnits.clear();
				measured.bySubset.put(label, observations);
				if (subset == all) {
					measured.rows.addAll(aligned.rows());
					measured.stacked += stackedClaims(aligned);
				}
			}
			return measured;
		}

		/** Adds a statement measured by {@link #measure}; statements are reported in the order added. */
		public Builder add(Measured measured) {
			statements.add(measured.statement);
			measures.addAll(measured.measures);
			rows.addAll(measured.rows);
			stacked += measured.stacked;
			measured.bySubset.forEach((label, observations) -> {
				pooled.computeIfAbsent(label, l -> new Observations(observations.coders)).addAll(observations);
				pooledStatements.merge(label, 1, Integer::sum);
			});
			return this;
		}

		public AgreementReport build() {
			List<Measure> all = new ArrayList<>(measures);
			pooled.forEach((label, observations) -> {
				if (pooledStatements.get(label) > 1) {
					all.addAll(observations.measures(POOLED, label, true));
				}
			});
			List<String> notes = new ArrayList<>();
			notes.add("γ (Mathet et al. 2015) aligns whole claims, stacked or not: expected disorder from " + samples
					+ " shuffled continua, seed " + seed + ".");
			if (stacked > 0) {
				notes.add("αu assumes that one coder's units of a kind do not overlap; " + stacked + " stacked claim"
						+ (stacked == 1 ? " does" : "s do") + " here, so αu of their kinds is only indicative: see γ.");
			}
			return new AgreementReport(List.copyOf(statements), all, List.copyOf(rows), notes);
		}
	}

	/** Claims whose span overlaps another claim of the same kind by the same coder. */
	private static int stackedClaims(AlignedStatement aligned) {
		int stacked = 0;
		for (int coder = 0; coder < aligned.coders().size(); coder++) {
			List<Coding> codings = new ArrayList<>();
			for (Alignment.Unit unit : aligned.claims()) {
				if (unit.of(coder) != null) {
					codings.add(unit.of(coder));
				}
			}
			for (Coding a : codings) {
				for (Coding b : codings) {
					if (a != b && a.label().equals(b.label()) && Span.overlap(a.spans(), b.spans()) > 0) {
						stacked++;
						break;
					}
				}
			}
		}
		return stacked;
	}
}
