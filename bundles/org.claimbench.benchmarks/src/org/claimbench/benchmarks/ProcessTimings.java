package org.claimbench.benchmarks;

import java.io.IOException;
import java.io.Reader;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * Start-up figures measured as whole processes, each against a bare {@code java -version} of the same
 * JDK in the same run: the command-line validation of the sample (through the warm command-line server
 * and in a JVM of its own), and the workbench up to its window.
 */
final class ProcessTimings {

	private final Path java = Path.of(System.getProperty("java.home"), "bin", "java");
	private final Path product;

	ProcessTimings(Path product) {
		this.product = product;
	}

	double javaVersion(int runs) throws IOException, InterruptedException {
		List<Double> times = new ArrayList<>();
		for (int i = 0; i < runs; i++) {
			times.add(time(List.of(java.toString(), "-version")));
		}
		return Measurement.median(times);
	}

	/**
	 * Median of runs in a JVM of their own ({@code --no-server}), after the first run has trained the start
	 * script's class cache in the background.
	 */
	double cliValidateInProcess(Path sample, int runs) throws IOException, InterruptedException {
		List<String> command = List.of(script(), "validate", "--no-server", sample.toString());
		time(command);
		awaitCacheTraining();
		List<Double> times = new ArrayList<>();
		for (int i = 0; i < runs; i++) {
			times.add(time(command));
		}
		return Measurement.median(times);
	}

	/**
	 * Median of runs handed to the warm command-line server, as users get them from their second command
	 * on: the first run starts the server, which warms up before it answers.
	 */
	double cliValidateWarmServer(Path sample, int runs) throws IOException, InterruptedException {
		List<String> command = List.of(script(), "validate", sample.toString());
		time(command);
		awaitServer();
		List<Double> times = new ArrayList<>();
		for (int i = 0; i < runs; i++) {
			times.add(time(command));
		}
		return Measurement.median(times);
	}

	/** Leaves no server of the benchmark's product behind for hours. */
	void stopServer() throws IOException, InterruptedException {
		time(List.of(script(), "server", "stop"));
	}

	private void awaitServer() throws IOException, InterruptedException {
		for (int i = 0; i < 600; i++) {
			Process status = new ProcessBuilder(script(), "server", "status").redirectErrorStream(true)
					.redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
			if (status.waitFor() == 0) {
				return;
			}
			Thread.sleep(500);
		}
		throw new IOException("the command-line server of " + product + " did not start");
	}

	private String script() {
		return product.resolve("claimbench").toString();
	}

	private static void awaitCacheTraining() throws IOException, InterruptedException {
		String base = System.getenv("XDG_CACHE_HOME") != null ? System.getenv("XDG_CACHE_HOME")
				: System.getProperty("user.home") + "/.cache";
		Path cache = Path.of(base, "claimbench");
		for (int i = 0; i < 120 && Files.isDirectory(cache); i++) {
			try (Stream<Path> files = Files.list(cache)) {
				if (files.noneMatch(p -> p.getFileName().toString().endsWith(".lock"))) {
					return;
				}
			}
			Thread.sleep(500);
		}
	}

	/**
	 * Milliseconds from JVM start to the workbench window, as the workbench itself reports them, started by
	 * the product's start script with a fresh workspace each time (so the sample project is created and its
	 * editor opened). The first start writes the script's class-data archive when it exits and is not counted,
	 * as users see it from their second start on. The report comes from this bundle's start-up task
	 * ({@link org.claimbench.benchmarks.probe.StartupProbe}), added to the product's bundles for these runs only.
	 */
	double workbenchUp(Path scratch, int runs) throws IOException, InterruptedException {
		String bundles = bundlesWithProbe();
		List<Double> times = new ArrayList<>();
		for (int i = -1; i < runs; i++) {
			Path workspace = Files.createTempDirectory(scratch, "workspace");
			Path report = scratch.resolve("startup-" + i + ".txt");
			ProcessBuilder start = new ProcessBuilder(script());
			// The script passes its own arguments to the platform; the probe's switches go to the JVM this way.
			start.environment().put("JAVA_TOOL_OPTIONS", "-Dclaimbench.startup.report=" + report
					+ " -Dclaimbench.startup.exit=true -Dosgi.bundles=" + bundles);
			start.environment().put("CLAIMBENCH_WORKSPACE", workspace.toString());
			time(start);
			if (i >= 0) {
				times.add(Double.parseDouble(Files.readString(report).trim()));
			}
		}
		return Measurement.median(times);
	}

	/**
	 * The bundles of the product's config.ini and this benchmark's jar: a system property of that name takes
	 * precedence over config.ini, so the product is started as shipped plus the probe.
	 */
	private String bundlesWithProbe() throws IOException {
		Properties config = new Properties();
		try (Reader in = Files.newBufferedReader(product.resolve("configuration").resolve("config.ini"), StandardCharsets.ISO_8859_1)) {
			config.load(in);
		}
		String bundles = config.getProperty("osgi.bundles");
		if (bundles == null) {
			throw new IOException("the product's configuration/config.ini lists no bundles (osgi.bundles)");
		}
		try {
			Path probe = Path.of(ProcessTimings.class.getProtectionDomain().getCodeSource().getLocation().toURI());
			return bundles + ",reference:file:" + probe + "@4";
		} catch (URISyntaxException e) {
			throw new IOException("cannot locate the benchmark's own jar", e);
		}
	}

	private static double time(List<String> command) throws IOException, InterruptedException {
		return time(new ProcessBuilder(command));
	}

	private static double time(ProcessBuilder builder) throws IOException, InterruptedException {
		builder.redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD);
		long start = System.nanoTime();
		Process process = builder.start();
		process.waitFor();
		return (System.nanoTime() - start) / 1e6;
	}
}
