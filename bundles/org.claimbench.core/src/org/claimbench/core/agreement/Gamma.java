package org.claimbench.core.agreement;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Random;

/**
 * γ (Mathet, Widlöcher and Métivier 2015, "The unified and holistic method gamma (γ) for inter-annotator agreement
 * measure and alignment", Computational Linguistics 41(3)) for two coders' claims, which may overlap and stack where
 * αu cannot. DKPro Statistics 2.2 has no γ, so it is written here.
 * <ul>
 * <li>Dissimilarity of two units: positional ((|s1 − s2| + |e1 − e2|) / (len1 + len2))² plus categorial (0 for the
 * same kind, 1 otherwise); a unit aligned with nothing costs Δ∅ = 1.</li>
 * <li>Observed disorder: the alignment of least total disorder (each unit with at most one of the other coder's, or
 * with nothing), found exactly as an assignment problem ({@link #bestAlignment}), divided by the mean number of
 * units per coder.</li>
 * <li>Expected disorder: the mean observed disorder of {@code samples} shuffled continua; in each, both coders' places
 * take the units of a coder drawn at random, rotated along the continuum by a random offset (offsets at least half
 * a mean unit length apart), as in the paper's section 5.2. Seeded, so a run repeats.</li>
 * <li>γ = 1 − observed / expected.</li>
 * </ul>
 * Pooled over statements, observed and expected disorders are summed weighted by each statement's units, so chance
 * is each statement's own. With more than two coders, exact alignment is a hard problem; γ is then reported as the
 * mean of the pairs' γ, and labelled so.
 */
public final class Gamma {

	/** The seed of the shuffled continua when none is given: the paper's year. */
	public static final long DEFAULT_SEED = 2015;
	public static final int DEFAULT_SAMPLES = 30;
	private static final double EMPTY = 1.0;

	/** One coder's unit: [begin, end) in characters, of a kind. */
	public record Unit(int coder, long begin, long end, String category) {
		long length() {
			return end - begin;
		}
	}

	/**
	 * Observed and expected total disorder of each pair of coders (the disorders times the mean number of units per
	 * coder, so that statements add up), and the number of units.
	 */
	public record Totals(double[] observed, double[] expected, int units) {

		public Totals add(Totals other) {
			if (other == null) {
				return this;
			}
			double[] o = observed.clone();
			double[] e = expected.clone();
			for (int i = 0; i < o.length; i++) {
				o[i] += other.observed[i];
				e[i] += other.expected[i];
			}
			return new Totals(o, e, units + other.units);
		}

		/** γ, or the mean of the pairs' γ with more than two coders; NaN when no pair has a unit. */
		public double value() {
			double sum = 0;
			int pairs = 0;
			for (int i = 0; i < observed.length; i++) {
				if (expected[i] > 0) {
					sum += 1.0 - observed[i] / expected[i];
					pairs++;
				}
			}
			return pairs == 0 ? Double.NaN : sum / pairs;
		}
	}

	private Gamma() {
	}

	/** The positional-categorial dissimilarity of two units. */
	public static double dissimilarity(Unit u, Unit v) {
		double lengths = u.length() + v.length();
		double shift = Math.abs(u.begin() - v.begin()) + Math.abs(u.end() - v.end());
		double positional = lengths == 0 ? (shift == 0 ? 0 : Double.POSITIVE_INFINITY) : (shift / lengths) * (shift / lengths);
		return positional + (Objects.equals(u.category(), v.category()) ? 0 : 1);
	}

	/**
	 * The least total disorder of an alignment of two coders' units: the sum of the aligned pairs' dissimilarities
	 * plus Δ∅ for each unit left alone. Before dividing by the mean number of units per coder.
	 */
	public static double bestAlignment(List<Unit> first, List<Unit> second) {
		return new Assignment(first, second).total();
	}

	/** Observed disorder of two coders' units: the best alignment's total over the mean number of units per coder. */
	public static double observedDisorder(List<Unit> first, List<Unit> second) {
		return bestAlignment(first, second) / ((first.size() + second.size()) / 2.0);
	}

	/**
	 * The totals of each pair of coders over one statement; {@code key} (the statement and coders' names) and the
	 * seed pick the shuffles, so that a statement's γ does not depend on the statements measured with it.
	 */
	public static Totals of(int coders, long length, List<Unit> units, String key, List<String> coderNames, long seed,
			int samples) {
		int pairs = coders * (coders - 1) / 2;
		double[] observed = new double[pairs];
		double[] expected = new double[pairs];
		int pair = 0;
		for (int a = 0; a < coders; a++) {
			for (int b = a + 1; b < coders; b++) {
				List<Unit> first = ofCoder(units, a);
				List<Unit> second = ofCoder(units, b);
				double meanUnits = (first.size() + second.size()) / 2.0;
				if (meanUnits > 0) {
					observed[pair] = bestAlignment(first, second);
					Random random = new Random(seed ^ (long) Objects.hash(key, coderNames.get(a), coderNames.get(b)) * 0x9E3779B97F4A7C15L);
					expected[pair] = expectedDisorder(List.of(first, second), Math.max(1, length), random, samples) * meanUnits;
				}
				pair++;
			}
		}
		return new Totals(observed, expected, units.size());
	}

	private static List<Unit> ofCoder(List<Unit> units, int coder) {
		return units.stream().filter(u -> u.coder() == coder).toList();
	}

	/** The mean observed disorder of shuffled continua made from the coders' units. */
	static double expectedDisorder(List<List<Unit>> coders, long length, Random random, int samples) {
		double meanLength = coders.stream().flatMap(List::stream).mapToLong(Unit::length).average().orElse(0);
		double sum = 0;
		for (int sample = 0; sample < samples; sample++) {
			long[] pivots = new long[2];
			List<List<Unit>> shuffled = new ArrayList<>();
			for (int slot = 0; slot < 2; slot++) {
				long pivot = random.nextLong(length);
				// Offsets at least half a unit apart, where the continuum leaves room: else two copies of one coder
				// would align with themselves and chance would look like agreement.
				for (int tries = 0; tries < 100 && slot > 0 && Math.abs(pivot - pivots[0]) < meanLength / 2; tries++) {
					pivot = random.nextLong(length);
				}
				pivots[slot] = pivot;
				List<Unit> source = coders.get(random.nextInt(coders.size()));
				List<Unit> rotated = new ArrayList<>(source.size());
				for (Unit u : source) {
					long shift = u.begin() + pivot >= length ? pivot - length : pivot;
					rotated.add(new Unit(slot, u.begin() + shift, u.end() + shift, u.category()));
				}
				shuffled.add(rotated);
			}
			int units = shuffled.get(0).size() + shuffled.get(1).size();
			sum += units == 0 ? 0 : observedDisorder(shuffled.get(0), shuffled.get(1));
		}
		return sum / samples;
	}

	/**
	 * The best alignment as an assignment: each of the first coder's units (a row) goes to one of the second
	 * coder's units or to a column of its own meaning "aligned with nothing". A row's cost is the pair's
	 * dissimilarity, or 2Δ∅ for its own column; then the total disorder is (sum of row costs) − n·Δ∅ + m·Δ∅ (an
	 * aligned pair saves the second unit's Δ∅). Pairs at least 2Δ∅ apart are never better than leaving both alone,
	 * so only nearby pairs are edges: the graph is sparse, and shortest augmenting paths (Dijkstra on reduced
	 * costs, stopping at the first free column) stay local. Exact, like the Hungarian method, without its n³ matrix.
	 */
	private static final class Assignment {
		private final int n;
		private final int m;
		private final int[][] columns;
		private final double[][] costs;

		Assignment(List<Unit> rows, List<Unit> cols) {
			n = rows.size();
			m = cols.size();
			columns = new int[n][];
			costs = new double[n][];
			// The second coder's units by begin, as (begin, index) packed into one long: no boxing on this hot path.
			long[] packed = new long[m];
			long longest = 0;
			for (int j = 0; j < m; j++) {
				packed[j] = (cols.get(j).begin() << 21) | j;
				longest = Math.max(longest, cols.get(j).length());
			}
			Arrays.sort(packed);
			long[] begins = new long[m];
			int[] order = new int[m];
			for (int k = 0; k < m; k++) {
				begins[k] = packed[k] >> 21;
				order[k] = (int) (packed[k] & ((1 << 21) - 1));
			}
			int[] near = new int[m + 1];
			double[] nearCosts = new double[m + 1];
			for (int i = 0; i < n; i++) {
				Unit u = rows.get(i);
				// |Δbegin| alone must stay below √2 (len1 + len2) for the positional part to stay below 2Δ∅.
				double reach = Math.sqrt(2) * (u.length() + longest) + 1;
				int count = 0;
				for (int k = UnitizingAlpha.firstAtLeast(begins, (long) Math.floor(u.begin() - reach)); k < m
						&& begins[k] <= u.begin() + reach; k++) {
					double d = dissimilarity(u, cols.get(order[k]));
					if (d < 2 * EMPTY) {
						near[count] = order[k];
						nearCosts[count++] = d;
					}
				}
				near[count] = m + i;
				nearCosts[count++] = 2 * EMPTY;
				columns[i] = Arrays.copyOf(near, count);
				costs[i] = Arrays.copyOf(nearCosts, count);
			}
		}

		double total() {
			int size = m + n;
			double[] rowPotential = new double[n];
			double[] columnPotential = new double[size];
			int[] rowOf = new int[size];
			Arrays.fill(rowOf, -1);
			int[] costIndexOf = new int[n];
			double[] distance = new double[size];
			Arrays.fill(distance, Double.POSITIVE_INFINITY);
			int[] previousRow = new int[size];
			int[] previousEdge = new int[size];
			boolean[] settled = new boolean[size];
			List<Integer> touched = new ArrayList<>();
			List<Integer> settledColumns = new ArrayList<>();
			java.util.PriorityQueue<double[]> queue = new java.util.PriorityQueue<>(Comparator.comparingDouble(q -> q[0]));
			for (int start = 0; start < n; start++) {
				queue.clear();
				touched.clear();
				settledColumns.clear();
				relax(start, 0, rowPotential, columnPotential, distance, previousRow, previousEdge, settled, touched, queue);
				int free = -1;
				double reached = 0;
				while (!queue.isEmpty()) {
					double[] top = queue.poll();
					int column = (int) top[1];
					if (settled[column] || top[0] > distance[column]) {
						continue;
					}
					settled[column] = true;
					settledColumns.add(column);
					if (rowOf[column] < 0) {
						free = column;
						reached = distance[column];
						break;
					}
					relax(rowOf[column], distance[column], rowPotential, columnPotential, distance, previousRow, previousEdge,
							settled, touched, queue);
				}
				// Potentials keep every reduced cost non-negative and the matched edges at zero.
				rowPotential[start] += reached;
				for (int column : settledColumns) {
					if (column != free) {
						rowPotential[rowOf[column]] += reached - distance[column];
						columnPotential[column] -= reached - distance[column];
					}
				}
				for (int column = free; column >= 0;) {
					int row = previousRow[column];
					int before = row == start ? -1 : columns[row][costIndexOf[row]];
					rowOf[column] = row;
					costIndexOf[row] = previousEdge[column];
					column = before;
				}
				for (int column : touched) {
					distance[column] = Double.POSITIVE_INFINITY;
					settled[column] = false;
				}
			}
			double sum = 0;
			for (int i = 0; i < n; i++) {
				sum += costs[i][costIndexOf[i]];
			}
			return sum - n * EMPTY + m * EMPTY;
		}

		private void relax(int row, double base, double[] rowPotential, double[] columnPotential, double[] distance,
				int[] previousRow, int[] previousEdge, boolean[] settled, List<Integer> touched, java.util.PriorityQueue<double[]> queue) {
			for (int e = 0; e < columns[row].length; e++) {
				int column = columns[row][e];
				if (settled[column]) {
					continue;
				}
				double d = base + costs[row][e] - rowPotential[row] - columnPotential[column];
				if (d < distance[column]) {
					if (distance[column] == Double.POSITIVE_INFINITY) {
						touched.add(column);
					}
					distance[column] = d;
					previousRow[column] = row;
					previousEdge[column] = e;
					queue.add(new double[] { d, column });
				}
			}
		}
	}
}
