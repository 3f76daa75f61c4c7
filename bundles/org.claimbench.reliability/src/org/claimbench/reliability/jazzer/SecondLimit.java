package org.claimbench.reliability.jazzer;

import java.util.function.Consumer;

/**
 * The hang oracle: no input may take a second. Jazzer's own {@code -timeout} counts in whole seconds and
 * cannot tell a hang from the first input that loads and instruments a validator, so a slow input is run
 * once more, warm, and only a second slow run is a finding. (Jazzer's timeout stays, longer, for inputs
 * that never return.)
 */
final class SecondLimit {

	private static final long LIMIT_NANOS = 1_000_000_000L;

	private SecondLimit() {
	}

	static void check(byte[] input, Consumer<byte[]> target) {
		if (timed(input, target) > LIMIT_NANOS) {
			long again = timed(input, target);
			if (again > LIMIT_NANOS) {
				throw new BrokenProperty("hang: the input took " + again / 1_000_000 + " ms, also when run again warm");
			}
		}
	}

	private static long timed(byte[] input, Consumer<byte[]> target) {
		long start = System.nanoTime();
		target.accept(input);
		return System.nanoTime() - start;
	}
}
