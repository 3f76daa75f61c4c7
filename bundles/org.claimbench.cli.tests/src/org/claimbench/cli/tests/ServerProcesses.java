package org.claimbench.cli.tests;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;

import org.claimbench.cli.Main;
import org.claimbench.cli.client.CommandClient;
import org.claimbench.cli.server.CommandServer;
import org.eclipse.core.runtime.FileLocator;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/**
 * Real processes as the start script runs them: the server and {@code Main} on a flat class path of
 * the bundles' jars (like the product's plugins/*), the client on a class path of its own classes
 * only, which proves that it needs nothing but the JDK.
 */
final class ServerProcesses {

	static final String IDENTITY = "test-install";

	private final Path work;
	final Path socket;
	private String flatClassPath;
	private Path clientClasses;

	ServerProcesses(Path work) {
		this.work = work;
		this.socket = work.resolve("run/claimbench/server/cli-test.sock");
	}

	Process startServer(Path directory, String idle) throws IOException, InterruptedException {
		return startServer(directory, idle, List.of());
	}

	/** A server with these JVM options besides the start script's (a small heap, for example). */
	Process startServer(Path directory, String idle, List<String> jvmOptions) throws IOException, InterruptedException {
		Path log = Files.createTempFile(work, "server", ".log");
		List<String> options = new ArrayList<>(List.of("-XX:+UseSerialGC"));
		options.addAll(jvmOptions);
		Process server = new ProcessBuilder(java(options, flatClassPath(), CommandServer.class.getName(),
				List.of(socket.toString(), IDENTITY, idle))).directory(directory.toFile()).redirectErrorStream(true)
				.redirectOutput(log.toFile()).start();
		// Waits for the server to answer, not for a time: a bounded number of polls only guards against a hang.
		for (int i = 0; i < 1200; i++) {
			if (!server.isAlive()) {
				fail("the server ended with " + server.exitValue() + ": " + Files.readString(log));
			}
			if (Files.exists(socket) && client(IDENTITY, directory, "status").exitCode() == 0) {
				return server;
			}
			Thread.sleep(100);
		}
		server.destroyForcibly();
		return fail("the server never answered: " + Files.readString(log));
	}

	/** A server that must refuse to start, run to its end. */
	ProcessRun serverRefusal(Path directory) throws IOException, InterruptedException {
		return ProcessRun.of(java(List.of(), flatClassPath(), CommandServer.class.getName(),
				List.of(socket.toString(), IDENTITY, "1h")), directory, work);
	}

	ProcessRun client(String identity, Path directory, String... arguments) throws IOException, InterruptedException {
		List<String> command = new ArrayList<>(List.of(socket.toString(), identity));
		command.addAll(List.of(arguments));
		return ProcessRun.of(java(List.of(), clientClasses().toString(), CommandClient.class.getName(), command), directory,
				work);
	}

	/** {@code claimbench ARGS} through the server, as the script runs it when a socket is there. */
	ProcessRun throughServer(Path directory, String... arguments) throws IOException, InterruptedException {
		List<String> run = new ArrayList<>(List.of("run"));
		run.addAll(List.of(arguments));
		return client(IDENTITY, directory, run.toArray(String[]::new));
	}

	/** {@code claimbench --no-server ARGS}: a JVM of its own. */
	ProcessRun inProcess(Path directory, String... arguments) throws IOException, InterruptedException {
		return ProcessRun.of(java(List.of("-XX:+UseSerialGC"), flatClassPath(), Main.class.getName(), List.of(arguments)),
				directory, work);
	}

	Process startClient(Path directory, String... arguments) throws IOException {
		List<String> command = new ArrayList<>(List.of(socket.toString(), IDENTITY, "run"));
		command.addAll(List.of(arguments));
		// As a terminal's foreground command it must take Ctrl+C (SIGINT). A process started in the background
		// without job control (nohup, "&" in a script, some CI runners) passes SIGINT on ignored, and the JVM then
		// never acts on it; coreutils' env gives the client the default disposition back, as a terminal would.
		List<String> client = new ArrayList<>(List.of("env", "--default-signal=INT"));
		client.addAll(java(List.of(), clientClasses().toString(), CommandClient.class.getName(), command));
		return new ProcessBuilder(client)
				.directory(directory.toFile()).redirectOutput(work.resolve("client.out").toFile())
				.redirectError(work.resolve("client.err").toFile()).start();
	}

	private static List<String> java(List<String> options, String classPath, String mainClass, List<String> arguments) {
		List<String> command = new ArrayList<>();
		command.add(Paths.get(System.getProperty("java.home"), "bin", "java").toString());
		command.addAll(options);
		if (Runtime.version().feature() >= 23) {
			// As the start script does: Guice's use of sun.misc.Unsafe would otherwise print warnings.
			command.add("--sun-misc-unsafe-memory-access=allow");
		}
		command.add("-cp");
		command.add(classPath);
		command.add(mainClass);
		command.addAll(arguments);
		return command;
	}

	private String flatClassPath() throws IOException {
		if (flatClassPath == null) {
			List<String> jars = new ArrayList<>();
			for (Bundle bundle : FrameworkUtil.getBundle(Main.class).getBundleContext().getBundles()) {
				File file = FileLocator.getBundleFile(bundle);
				if (file != null && file.isFile() && file.getName().endsWith(".jar")) {
					jars.add(file.getAbsolutePath());
				}
			}
			flatClassPath = String.join(File.pathSeparator, jars);
		}
		return flatClassPath;
	}

	private Path clientClasses() throws IOException {
		if (clientClasses == null) {
			clientClasses = work.resolve("client-classes");
			String folder = CommandClient.class.getPackageName().replace('.', '/');
			Enumeration<URL> entries = FrameworkUtil.getBundle(CommandClient.class).findEntries(folder, "*.class", false);
			assertNotNull(entries, "no classes in " + folder);
			while (entries.hasMoreElements()) {
				URL entry = entries.nextElement();
				Path file = clientClasses.resolve(folder).resolve(Paths.get(entry.getPath()).getFileName().toString());
				Files.createDirectories(file.getParent());
				try (InputStream in = entry.openStream()) {
					Files.copy(in, file);
				}
			}
		}
		return clientClasses;
	}
}
