package org.claimbench.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A {@code claimbench} command run as users run it, in a JVM of its own with a given heap, on the product's
 * plug-ins. Its peak heap is read from the JVM's own GC log (the most the heap held when a collection began),
 * since a JVM of its own cannot be asked through the management beans of this one.
 */
final class CliProcess {

	/** A collection's line in {@code -Xlog:gc}: heap used before, after, and committed, e.g. {@code 250M->30M(1024M)}. */
	private static final Pattern HEAP = Pattern.compile("(\\d+)([KMG])->(\\d+)([KMG])\\(\\d+[KMG]\\)");

	/**
	 * Wall time; the most the heap held when a collection began, and the most a collection left (what was
	 * live, an upper bound: the peak alone grows with the young generation the collector allows a long run);
	 * the output's size; {@code outcome} is what went wrong, or null.
	 */
	record Result(double millis, long peakHeapBytes, long mostLiveBytes, long bytesWritten, String outcome) {
	}

	private final Path java = Path.of(System.getProperty("java.home"), "bin", "java");
	private final Path product;
	private final Path scratch;

	CliProcess(Path product, Path scratch) {
		this.product = product;
		this.scratch = scratch;
	}

	/** {@code claimbench export CORPUS --to FORMAT -o OUTPUT} with a 1 GB heap, as the benchmark has. */
	Result export(Path corpus, String format, Path output, long timeoutMinutes) throws IOException, InterruptedException {
		Files.deleteIfExists(output);
		return run("export-" + output.getFileName(), "1g", output, timeoutMinutes, "export", corpus.toString(), "--to", format, "-o",
				output.toString());
	}

	/** {@code claimbench validate CORPUS} with the given heap ({@code -Xmx}). */
	Result validate(Path corpus, String heap, long timeoutMinutes) throws IOException, InterruptedException {
		return run("validate-" + corpus.getFileName() + "-" + heap, heap, null, timeoutMinutes, "validate", corpus.toString());
	}

	private Result run(String name, String heap, Path output, long timeoutMinutes, String... arguments)
			throws IOException, InterruptedException {
		Files.createDirectories(scratch);
		Path gcLog = scratch.resolve("gc-" + name + ".log");
		Path console = scratch.resolve(name + ".log");
		List<String> command = new ArrayList<>(List.of(java.toString(), "-Xmx" + heap, "-Xlog:gc:file=" + gcLog, "-cp",
				product.resolve("plugins") + "/*", "org.claimbench.cli.Main"));
		command.addAll(List.of(arguments));
		ProcessBuilder builder = new ProcessBuilder(command);
		builder.environment().remove("JAVA_TOOL_OPTIONS");
		builder.redirectErrorStream(true).redirectOutput(console.toFile());
		long start = System.nanoTime();
		Process process = builder.start();
		String outcome = null;
		if (!process.waitFor(timeoutMinutes, TimeUnit.MINUTES)) {
			process.destroyForcibly().waitFor();
			outcome = "stopped after " + timeoutMinutes + " min";
		} else if (process.exitValue() != 0) {
			String said = Files.readString(console).strip();
			String last = said.substring(said.lastIndexOf('\n') + 1);
			// A message may list every document; the table needs its gist.
			outcome = "failed: " + (last.length() > 160 ? last.substring(0, 160) + "…" : last);
		}
		double millis = (System.nanoTime() - start) / 1e6;
		return new Result(millis, heap(gcLog, 1), heap(gcLog, 3), output != null && Files.exists(output) ? Files.size(output) : 0, outcome);
	}

	/** The largest figure in the given group of {@link #HEAP} (1: before a collection, 3: after it) in the log. */
	private static long heap(Path gcLog, int group) throws IOException {
		long most = 0;
		if (!Files.exists(gcLog)) {
			return most;
		}
		for (String line : Files.readAllLines(gcLog)) {
			Matcher heap = HEAP.matcher(line);
			while (heap.find()) {
				long unit = switch (heap.group(group + 1)) {
				case "K" -> 1L << 10;
				case "M" -> 1L << 20;
				default -> 1L << 30;
				};
				most = Math.max(most, Long.parseLong(heap.group(group)) * unit);
			}
		}
		return most;
	}
}
