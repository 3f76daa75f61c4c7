package org.claimbench.ui.benchmarks;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/** The figures and the markdown table a benchmark prints, and writes where its system property says. */
final class BenchmarkTables {

	private BenchmarkTables() {
	}

	/** The value at the percentile of the timings (nanoseconds), by the nearest-rank method. */
	static long percentile(long[] nanos, int percent) {
		long[] sorted = nanos.clone();
		Arrays.sort(sorted);
		int rank = (int) Math.ceil(percent / 100.0 * sorted.length) - 1;
		return sorted[Math.max(0, rank)];
	}

	/** The middle timing (the upper of the two middle ones for an even count). */
	static long median(long[] nanos) {
		long[] sorted = nanos.clone();
		Arrays.sort(sorted);
		return sorted[sorted.length / 2];
	}

	static long millis(long nanos) {
		return Math.round(nanos / 1e6);
	}

	/** Prints the rows, and writes them to the file the system property names, when it is set. */
	static void report(List<String> rows, String property) throws Exception {
		String table = String.join("\n", rows) + "\n";
		System.out.print(table);
		String target = System.getProperty(property);
		if (target != null) {
			Path path = Path.of(target);
			Files.createDirectories(path.getParent());
			Files.writeString(path, table, StandardCharsets.UTF_8);
		}
	}
}
