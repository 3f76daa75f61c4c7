package org.claimbench.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.claimbench.cli.Main;
import org.eclipse.core.runtime.FileLocator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/**
 * The product's start script, run without a display from a product folder laid out like the real one
 * (the script and plugins/ with the bundles' jars). A fake {@code setsid} first on the PATH records each
 * command-line server the script would start, and starts none.
 */
class StartScriptTest {

	@TempDir
	Path work;

	private Path script;
	private Path serverLog;

	@BeforeEach
	void layOutAProduct() throws IOException {
		Path product = Files.createDirectories(work.resolve("product"));
		Path plugins = Files.createDirectories(product.resolve("plugins"));
		for (Bundle bundle : FrameworkUtil.getBundle(Main.class).getBundleContext().getBundles()) {
			File file = FileLocator.getBundleFile(bundle);
			if (file != null && file.isFile() && file.getName().endsWith(".jar")) {
				Files.createSymbolicLink(plugins.resolve(bundle.getSymbolicName() + "_" + bundle.getVersion() + ".jar"), file.toPath());
			}
		}
		script = Files.copy(startScript(), product.resolve("claimbench"));
		Path bin = Files.createDirectories(work.resolve("bin"));
		serverLog = work.resolve("servers.log");
		Path setsid = Files.writeString(bin.resolve("setsid"), "#!/bin/sh\necho \"$*\" >> '" + serverLog + "'\n");
		Files.setPosixFilePermissions(setsid, PosixFilePermissions.fromString("rwxr-xr-x"));
		Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
	}

	@Test
	void mistypedCommandIsNamedInsteadOfStartingTheWorkbench() throws Exception {
		ProcessRun run = claimbench("anchr", "x.claims");
		assertEquals(2, run.exitCode(), run.toString());
		assertTrue(run.err().startsWith("claimbench: unknown command 'anchr'; did you mean anchor or reanchor?"), run.toString());
		assertFalse(run.err().contains("display"), run.toString());
	}

	@Test
	void workbenchOptionsStillGoToTheWorkbench() throws Exception {
		ProcessRun run = claimbench("-data", work.resolve("workspace").toString());
		assertEquals(2, run.exitCode(), run.toString());
		assertTrue(run.err().startsWith("claimbench: no display;"), run.toString());
	}

	@Test
	void helpAndVersionStartNoServerWhereACommandDoes() throws Exception {
		Path sample = Sample.writeTo(work.resolve("sample")).getParent();
		ProcessRun help = claimbench("export", "--help");
		assertEquals(0, help.exitCode(), help.toString());
		assertTrue(help.out().startsWith("Usage: claimbench export"), help.toString());
		ProcessRun version = claimbench("validate", "--version");
		assertEquals(0, version.exitCode(), version.toString());
		assertTrue(version.out().startsWith("claimbench "), version.toString());

		ProcessRun validate = claimbench("validate", sample.toString());
		assertEquals(0, validate.exitCode(), validate.toString());
		// The script starts a server in the background after a served command; wait for that one's whole
		// line (the fake setsid creates the log before it writes to it; polls bound a hang only), then there
		// must be no other.
		for (int i = 0; i < 600 && !hasWholeLine(serverLog); i++) {
			Thread.sleep(100);
		}
		List<String> started = Files.readAllLines(serverLog);
		assertEquals(1, started.size(), String.join("\n", started));
		assertTrue(started.get(0).contains("org.claimbench.cli.server.CommandServer"), started.get(0));
	}

	private static boolean hasWholeLine(Path log) throws IOException {
		return Files.exists(log) && Files.readString(log).endsWith("\n");
	}

	private ProcessRun claimbench(String... arguments) throws IOException, InterruptedException {
		List<String> command = new ArrayList<>(List.of("/bin/bash", script.toString()));
		command.addAll(List.of(arguments));
		ProcessBuilder builder = new ProcessBuilder(command).directory(work.toFile());
		Map<String, String> environment = builder.environment();
		environment.keySet().removeIf(name -> name.equals("DISPLAY") || name.equals("WAYLAND_DISPLAY")
				|| name.startsWith("CLAIMBENCH_") || name.startsWith("XDG_"));
		environment.put("HOME", work.resolve("home").toString());
		environment.put("XDG_RUNTIME_DIR", work.resolve("run").toString());
		environment.put("JAVA_HOME", System.getProperty("java.home"));
		environment.put("PATH", work.resolve("bin") + File.pathSeparator + "/usr/bin" + File.pathSeparator + "/bin");
		Path out = Files.createTempFile(work, "out", ".txt");
		Path err = Files.createTempFile(work, "err", ".txt");
		Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile())
				.redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null"))).start();
		int exitCode = process.waitFor();
		return new ProcessRun(exitCode, Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
	}

	/** features/org.claimbench.feature/rootfiles/claimbench, found from the test's working folder up. */
	private static Path startScript() {
		Path relative = Paths.get("features", "org.claimbench.feature", "rootfiles", "claimbench");
		for (Path folder = Paths.get("").toAbsolutePath(); folder != null; folder = folder.getParent()) {
			if (Files.isRegularFile(folder.resolve(relative))) {
				return folder.resolve(relative);
			}
		}
		assertNotNull(null, "the start script is found above " + Paths.get("").toAbsolutePath());
		return null;
	}
}
