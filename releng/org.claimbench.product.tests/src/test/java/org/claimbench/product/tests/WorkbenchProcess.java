package org.claimbench.product.tests;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

/**
 * The materialized product started through its own start script, as a user starts it, with the crash test's driver
 * bundle added to its bundles for this run only: {@code -Dosgi.bundles} (through {@code JAVA_TOOL_OPTIONS}, which the
 * script's JVM reads) takes precedence over the product's config.ini, so the product runs as shipped plus the driver.
 * The script ends by exec'ing Java, so the process started here is the workbench's JVM itself, the one SIGKILL hits.
 */
final class WorkbenchProcess implements AutoCloseable {

	private final Process process;
	private final long startedMillis = System.currentTimeMillis();

	private WorkbenchProcess(Process process) {
		this.process = process;
	}

	/**
	 * Starts the product on the workspace; {@code driverOptions} are the driver's system properties (see the driver's
	 * DriverSettings). The workbench's output goes to {@code output}.
	 */
	static WorkbenchProcess start(Path product, Path driverJar, Path workspace, Path cache, List<String> driverOptions,
			Path output) throws IOException {
		List<String> options = new ArrayList<>(driverOptions);
		options.add("-Dosgi.bundles=" + bundlesWithDriver(product, driverJar));
		ProcessBuilder builder = new ProcessBuilder(product.resolve("claimbench").toString());
		builder.environment().put("JAVA_TOOL_OPTIONS", String.join(" ", options));
		builder.environment().put("CLAIMBENCH_WORKSPACE", workspace.toString());
		// The class-data archive the script keeps per user is kept here instead: the test leaves the user's cache alone.
		builder.environment().put("XDG_CACHE_HOME", cache.toString());
		builder.redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(output.toFile()));
		return new WorkbenchProcess(builder.start());
	}

	/** The product's bundles as its config.ini lists them, and the driver, started so that its activator runs. */
	private static String bundlesWithDriver(Path product, Path driverJar) throws IOException {
		Properties config = new Properties();
		try (Reader in = Files.newBufferedReader(product.resolve("configuration/config.ini"), StandardCharsets.ISO_8859_1)) {
			config.load(in);
		}
		String bundles = config.getProperty("osgi.bundles");
		if (bundles == null) {
			throw new IOException("the product's configuration/config.ini lists no bundles (osgi.bundles)");
		}
		return bundles + ",reference:file:" + driverJar.toAbsolutePath() + "@4:start";
	}

	long startedMillis() {
		return startedMillis;
	}

	boolean isAlive() {
		return process.isAlive();
	}

	/** SIGKILL (what {@code destroyForcibly} sends on Linux), first to anything the workbench started, then to it. */
	void kill() throws InterruptedException {
		process.toHandle().descendants().forEach(ProcessHandle::destroyForcibly);
		process.destroyForcibly();
		if (!process.waitFor(30, TimeUnit.SECONDS)) {
			throw new AssertionError("the workbench (pid " + process.pid() + ") outlived SIGKILL for 30 s");
		}
	}

	/** Whether the workbench ended by itself within the time. */
	boolean awaitExit(long seconds) throws InterruptedException {
		return process.waitFor(seconds, TimeUnit.SECONDS);
	}

	@Override
	public void close() throws InterruptedException {
		if (process.isAlive()) {
			kill();
		}
	}
}
