package org.claimbench.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Wall time and peak heap of a piece of work, repeated after warm-up; the median run is reported. */
final class Measurement {

	interface Work {
		void run() throws Exception;
	}

	record Result(double medianMillis, long peakHeapBytes) {
	}

	private Measurement() {
	}

	static Result measure(int warmups, int runs, Work work) throws Exception {
		for (int i = 0; i < warmups; i++) {
			work.run();
		}
		List<Double> times = new ArrayList<>();
		long peak = 0;
		for (int i = 0; i < runs; i++) {
			System.gc();
			resetPeaks();
			long start = System.nanoTime();
			work.run();
			times.add((System.nanoTime() - start) / 1e6);
			peak = Math.max(peak, peakHeap());
		}
		Collections.sort(times);
		return new Result(times.get(times.size() / 2), peak);
	}

	static double median(List<Double> values) {
		List<Double> sorted = new ArrayList<>(values);
		Collections.sort(sorted);
		return sorted.get(sorted.size() / 2);
	}

	static double percentile(List<Double> values, double p) {
		List<Double> sorted = new ArrayList<>(values);
		Collections.sort(sorted);
		return sorted.get((int) Math.min(sorted.size() - 1, Math.ceil(p * sorted.size()) - 1));
	}

	private static void resetPeaks() {
		for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
			if (pool.getType() == MemoryType.HEAP) {
				pool.resetPeakUsage();
			}
		}
	}

	/** Sum of the heap pools' peaks: an upper bound of the real peak, since pools peak at different moments. */
	private static long peakHeap() {
		long sum = 0;
		for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
			if (pool.getType() == MemoryType.HEAP) {
				sum += pool.getPeakUsage().getUsed();
			}
		}
		return sum;
	}
}
