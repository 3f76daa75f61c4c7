package org.claimbench.product.tests;

import java.time.Duration;
import java.util.function.Supplier;

/** Waits for a condition, looking again every few tens of milliseconds, for a generous time at most. */
final class Poll {

	private static final long LOOK_MILLIS = 25;

	private Poll() {
	}

	/** The first value the supplier gives that is not null; fails naming what was awaited after {@code atMost}. */
	static <T> T until(Supplier<T> value, Duration atMost, Supplier<String> awaited) throws InterruptedException {
		long deadline = System.nanoTime() + atMost.toNanos();
		while (true) {
			T found = value.get();
			if (found != null) {
				return found;
			}
			if (System.nanoTime() > deadline) {
				throw new AssertionError("waited " + atMost.toSeconds() + " s in vain for " + awaited.get());
			}
			Thread.sleep(LOOK_MILLIS);
		}
	}
}
