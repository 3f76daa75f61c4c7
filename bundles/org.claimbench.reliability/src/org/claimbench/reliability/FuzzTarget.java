package org.claimbench.reliability;

import java.util.Map;
import java.util.TreeMap;

/** Something fuzzed one input at a time; a run counts what happened to the inputs. */
public abstract class FuzzTarget {

	private final Map<String, Long> counters = new TreeMap<>();

	public abstract String name();

	/** Makes one input from the mutations and checks the properties, adding a finding for each broken one. */
	protected abstract void fuzzOne(Mutations mutations, long iteration, Findings findings);

	protected void count(String what) {
		counters.merge(what, 1L, Long::sum);
	}

	/** Runs the inputs; an exception that escapes the target's own checks is a finding too. */
	public Report run(long inputs, long seed, Findings findings) {
		Mutations mutations = new Mutations(seed);
		long start = System.nanoTime();
		for (long i = 0; i < inputs; i++) {
			try {
				fuzzOne(mutations, i, findings);
			} catch (RuntimeException | StackOverflowError e) {
				findings.add(name(), i, e, (byte[]) null);
			}
		}
		return new Report(name(), inputs, (System.nanoTime() - start) / 1_000_000, Map.copyOf(counters));
	}

	/** What a run did: inputs, time and counters (kinds of outcome). */
	public record Report(String target, long inputs, long millis, Map<String, Long> counters) {
		public String line() {
			long perSecond = millis == 0 ? inputs : inputs * 1000 / millis;
			return "| " + target + " | " + inputs + " | " + millis / 1000.0 + " s | " + perSecond + "/s | "
					+ new TreeMap<>(counters) + " |";
		}
	}
}
