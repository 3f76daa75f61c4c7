package org.claimbench.ui.tests;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Says what the UI thread was doing when a flush found no end of events: a few samples of its stack, printed to
 * the test log, so that a run on another machine shows where the events came from.
 */
final class BusyDispatchReport {

	private static final int MAX_REPORTS = 6;
	private static final ScheduledExecutorService SAMPLER = Executors.newSingleThreadScheduledExecutor(runnable -> {
		Thread thread = new Thread(runnable, "busy-dispatch-sampler");
		thread.setDaemon(true);
		return thread;
	});
	private static int reports;

	private BusyDispatchReport() {
	}

	/** Starts sampling the calling thread after the given delay; the returned handle stops it. */
	static ScheduledFuture<?> sampleAfter(long delayMillis) {
		Thread ui = Thread.currentThread();
		Map<String, Integer> samples = new LinkedHashMap<>();
		int[] taken = { 0 };
		return SAMPLER.scheduleAtFixedRate(() -> {
			if (taken[0]++ < 20) {
				samples.merge(render(ui.getStackTrace()), 1, Integer::sum);
			} else if (taken[0] == 21) {
				print(samples);
			}
		}, delayMillis, 100, TimeUnit.MILLISECONDS);
	}

	private static synchronized void print(Map<String, Integer> samples) {
		if (reports++ >= MAX_REPORTS) {
			return;
		}
		StringBuilder out = new StringBuilder("[busy-dispatch] events did not stop; samples of the UI thread:\n");
		samples.forEach((stack, count) -> out.append("  ").append(count).append("x\n").append(stack));
		System.err.print(out);
		System.err.flush();
	}

	private static String render(StackTraceElement[] stack) {
		StringBuilder text = new StringBuilder();
		for (int i = 0; i < Math.min(stack.length, 40); i++) {
			text.append("      at ").append(stack[i]).append('\n');
		}
		return text.toString();
	}
}
