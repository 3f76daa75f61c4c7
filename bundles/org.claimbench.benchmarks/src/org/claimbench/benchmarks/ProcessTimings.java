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
import java.util.regex.Pattern;
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
	 * The platform's own floor: milliseconds from JVM start to the window of an e4 application with one empty part
	 * ({@code org.claimbench.benchmarks.floor}), none of ClaimBench's bundles and no compatibility layer, started by
	 * the same JVM with the start script's options and a class-data archive of its own (written by a first, uncounted
	 * run). With {@code productBundles} every bundle of the product is installed beside it, resolved but not started,
	 * which tells what the number of bundles costs; otherwise only those an e4 window needs ({@link #FLOOR_BUNDLES}).
	 */
	double platformFloor(Path scratch, Path floorBundle, boolean productBundles, int runs) throws IOException, InterruptedException {
		Path configuration = Files.createDirectories(scratch.resolve(productBundles ? "floor-all" : "floor-e4"));
		Properties config = productConfig();
		List<String> bundles = new ArrayList<>();
		for (String entry : config.getProperty("osgi.bundles").split(",")) {
			String file = entry.replaceFirst("^reference:file:", "").replaceFirst("@.*$", "");
			if (productBundles || FLOOR_BUNDLES.matcher(file).lookingAt()) {
				bundles.add(entry.replaceFirst("^reference:file:", "reference:file:" + product.resolve("plugins") + "/"));
			}
		}
		bundles.add("reference:file:" + floorBundle.toAbsolutePath() + "@4");
		Properties floor = new Properties();
		floor.setProperty("osgi.bundles", String.join(",", bundles));
		floor.setProperty("osgi.bundles.defaultStartLevel", "4");
		floor.setProperty("osgi.framework", config.getProperty("osgi.framework").replaceFirst("^file:plugins/", "file:" + product.resolve("plugins") + "/"));
		floor.setProperty("eclipse.product", "org.claimbench.benchmarks.floor.product");
		floor.setProperty("eclipse.application", "org.eclipse.e4.ui.workbench.swt.E4Application");
		try (var out = Files.newBufferedWriter(configuration.resolve("config.ini"), StandardCharsets.ISO_8859_1)) {
			floor.store(out, "The start-up floor's bundles (ProcessTimings.platformFloor)");
		}
		Path launcher;
		try (Stream<Path> plugins = Files.list(product.resolve("plugins"))) {
			launcher = plugins.filter(p -> p.getFileName().toString().matches("org\\.eclipse\\.equinox\\.launcher_.*\\.jar")).findFirst()
					.orElseThrow(() -> new IOException("the product has no Equinox launcher"));
		}
		List<Double> times = new ArrayList<>();
		for (int i = -1; i < runs; i++) {
			Path report = configuration.resolve("startup-" + i + ".txt");
			Files.deleteIfExists(report);
			// The start script's options (heap, collector, a class-data archive kept between starts).
			time(List.of(java.toString(), "-Xmx2g", "-XX:+UseParallelGC", "-Xlog:cds=off", "-Xlog:cds+dynamic=off",
					"-XX:+AutoCreateSharedArchive", "-XX:SharedArchiveFile=" + configuration.resolve("floor.jsa"),
					"-Dclaimbench.startup.report=" + report, "-jar", launcher.toString(), "-configuration", configuration.toString(),
					"-data", Files.createTempDirectory(scratch, "floor-workspace").toString(), "-clearPersistedState"));
			if (!Files.exists(report)) {
				throw new IOException("the start-up floor did not report; see " + configuration + " for the platform's log");
			}
			if (i >= 0) {
				times.add(Double.parseDouble(Files.readString(report).trim()));
			}
		}
		return Measurement.median(times);
	}

	/**
	 * What an e4 window with a part needs of the product's bundles: the framework's services, the e4 workbench and
	 * its renderers, EMF for the application model, SWT and JFace, the CSS engine and what these require.
	 */
	private static final Pattern FLOOR_BUNDLES = Pattern.compile("(org\\.apache\\.felix\\.scr|org\\.apache\\.aries\\.spifly[a-z.]*"
			+ "|org\\.objectweb\\.asm[a-z.]*|org\\.eclipse\\.equinox\\.(common|registry|preferences|app|event|bidi)"
			+ "|org\\.eclipse\\.core\\.(runtime|jobs|contenttype|commands|expressions|databinding[a-z.]*)|org\\.eclipse\\.e4\\.[a-z0-9.]*"
			+ "|org\\.eclipse\\.emf\\.[a-z.]*|org\\.eclipse\\.swt[a-z0-9._]*|org\\.eclipse\\.jface[a-z.]*|org\\.eclipse\\.text"
			+ "|org\\.eclipse\\.urischeme|com\\.sun\\.jna[a-z.]*|jakarta\\.[a-z.-]*|org\\.osgi\\.[a-z.]*|org\\.apache\\.batik\\.css"
			+ "|org\\.w3c\\.css\\.sac|com\\.ibm\\.icu|com\\.github\\.weisj\\.jsvg)_");

	private Properties productConfig() throws IOException {
		Properties config = new Properties();
		try (Reader in = Files.newBufferedReader(product.resolve("configuration").resolve("config.ini"), StandardCharsets.ISO_8859_1)) {
			config.load(in);
		}
		if (config.getProperty("osgi.bundles") == null || config.getProperty("osgi.framework") == null) {
			throw new IOException("the product's configuration/config.ini lists no bundles or framework (osgi.bundles, osgi.framework)");
		}
		return config;
	}

	/**
	 * The bundles of the product's config.ini and this benchmark's jar: a system property of that name takes
	 * precedence over config.ini, so the product is started as shipped plus the probe.
	 */
	private String bundlesWithProbe() throws IOException {
		String bundles = productConfig().getProperty("osgi.bundles");
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
