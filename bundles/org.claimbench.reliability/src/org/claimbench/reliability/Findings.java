package org.claimbench.reliability;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What a fuzz run broke: each finding names the target, the iteration and what went wrong, and
 * (when a folder is given) the input that did it is kept there to replay.
 */
public final class Findings {

	private static final int KEPT = 20;

	private final Path folder;
	private final List<String> kept = new ArrayList<>();
	private int count;

	/** @param folder where failing inputs are written, or null to keep none */
	public Findings(Path folder) {
		this.folder = folder;
	}

	public synchronized void add(String target, long iteration, String problem, byte[] input) {
		count++;
		if (kept.size() >= KEPT) {
			return;
		}
		String line = target + " #" + iteration + ": " + problem;
		if (folder != null && input != null) {
			try {
				Files.createDirectories(folder);
				Path file = folder.resolve(target + "-" + iteration + ".input");
				Files.write(file, input);
				line += " (input: " + file + ")";
			} catch (IOException e) {
				line += " (input not kept: " + e.getMessage() + ")";
			}
		}
		kept.add(line);
	}

	public void add(String target, long iteration, Throwable escaped, byte[] input) {
		StringWriter trace = new StringWriter();
		escaped.printStackTrace(new PrintWriter(trace));
		String[] lines = trace.toString().split("\n");
		StringBuilder shortTrace = new StringBuilder("escaped " + lines[0].trim());
		for (int i = 1; i < Math.min(lines.length, 6); i++) {
			shortTrace.append(" | ").append(lines[i].trim());
		}
		add(target, iteration, shortTrace.toString(), input);
	}

	public void add(String target, long iteration, String problem, String input) {
		add(target, iteration, problem, input == null ? null : input.getBytes(StandardCharsets.UTF_8));
	}

	public synchronized int count() {
		return count;
	}

	/** The first findings, one a line. */
	public synchronized List<String> first() {
		return List.copyOf(kept);
	}
}
