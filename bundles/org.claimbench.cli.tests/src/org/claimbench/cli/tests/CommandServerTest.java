package org.claimbench.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.claimbench.cli.client.CommandClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command-line server as users meet it: same answers as before, only sooner, and never in the way. */
class CommandServerTest {

	/** A guard against a hung process, never a measure of speed. */
	private static final Duration HANG = Duration.ofMinutes(3);

	@TempDir
	Path work;

	private ServerProcesses processes;
	private Process server;

	@AfterEach
	void stopServer() {
		if (server != null) {
			server.destroyForcibly();
		}
	}

	private ServerProcesses processes() {
		if (processes == null) {
			processes = new ServerProcesses(work);
		}
		return processes;
	}

	@Test
	void sameOutputAndExitCodeThroughTheServerAsInItsOwnProcess() throws Exception {
		Path project = Files.createDirectories(work.resolve("project"));
		copySample(project.resolve("sample"));
		Path broken = Sample.writeTo(project.resolve("broken"));
		Sample.write(broken, Sample.document().replace("nk : ThreatAssessment by Ministers", "nk : ThreatAssessment by Ministrs"));
		server = processes().startServer(Files.createDirectories(work.resolve("elsewhere")), "1h");
		List<List<String>> commands = List.of(List.of("validate", "sample"), List.of("validate", "broken"),
				List.of("validate", "--format", "json", "broken"), List.of("validate", "--format", "sarif", "sample"),
				List.of("stats", "sample"), List.of("validate", "missing.claims"), List.of("validate"),
				List.of("export", "broken", "--to", "xmi", "-o", "out.xmi"), List.of("validate", "--help"), List.of("agree", "sample"),
				List.of("track", "sample"));
		List<Integer> expectedExitCodes = List.of(0, 1, 1, 0, 0, 2, 2, 1, 0, 0, 0);
		for (int i = 0; i < commands.size(); i++) {
			String[] arguments = commands.get(i).toArray(String[]::new);
			ProcessRun served = processes.throughServer(project, arguments);
			ProcessRun own = processes.inProcess(project, arguments);
			assertEquals(own.toString(), served.toString(), String.join(" ", arguments));
			assertEquals(expectedExitCodes.get(i), served.exitCode(), String.join(" ", arguments) + "\n" + served);
		}
	}

	@Test
	void relativePathsMeanTheClientsFolderNotTheServers() throws Exception {
		Path serverFolder = work.resolve("server-folder");
		Path broken = Sample.writeTo(serverFolder);
		Sample.write(broken, Sample.document().replace("by Ministers", "by Nobody"));
		Path clientFolder = work.resolve("client-folder");
		Sample.writeTo(clientFolder);
		server = processes().startServer(serverFolder, "1h");

		ProcessRun validate = processes.throughServer(clientFolder, "validate", "edd.claims");
		assertEquals(0, validate.exitCode(), validate.toString());
		assertEquals("1 file checked: 0 errors, 0 warnings\n", validate.out(), validate.toString());

		ProcessRun export = processes.throughServer(clientFolder, "export", "edd.claims", "--to", "json", "-o", "edd.json");
		assertEquals(0, export.exitCode(), export.toString());
		assertTrue(export.out().endsWith(" to edd.json\n"), export.toString());
		assertTrue(Files.isRegularFile(clientFolder.resolve("edd.json")), export.toString());
		assertFalse(Files.exists(serverFolder.resolve("edd.json")), export.toString());
		JsonFormats.assertValidExport(Files.readString(clientFolder.resolve("edd.json")));
	}

	@Test
	void serverRefusesAClientOfAnotherInstall() throws Exception {
		Path folder = work.resolve("folder");
		Sample.writeTo(folder);
		server = processes().startServer(folder, "1h");
		ProcessRun run = processes.client("another-install", folder, "run", "export", "edd.claims", "--to", "xmi", "-o",
				"edd.xmi");
		assertEquals(CommandClient.RUN_IN_PROCESS, run.exitCode(), run.toString());
		assertEquals("", run.out() + run.err());
		assertFalse(Files.exists(folder.resolve("edd.xmi")), "the server must not have run the command");
	}

	@Test
	void killedServerLeavesTheCommandToTheScriptAndItsSocketToTheNextServer() throws Exception {
		Path folder = Files.createDirectories(work.resolve("folder"));
		Path fifo = namedPipe(folder.resolve("stuck.claims"));
		server = processes().startServer(folder, "1h");
		Process client = processes.startClient(folder, "validate", "stuck.claims");
		assertTimeoutPreemptively(HANG, () -> {
			// Opening the pipe returns once the server reads it: it is in the middle of the command.
			try (OutputStream writer = Files.newOutputStream(fifo)) {
				server.destroyForcibly().waitFor();
			}
			assertEquals(CommandClient.RUN_IN_PROCESS, client.waitFor(), Files.readString(work.resolve("client.err")));
		});
		assertEquals("", Files.readString(work.resolve("client.out")), "nothing was printed, so nothing is repeated");

		assertTrue(Files.exists(processes.socket), "the killed server's socket is still there");
		ProcessRun stale = processes.throughServer(folder, "validate", "stuck.claims");
		assertEquals(CommandClient.RUN_IN_PROCESS, stale.exitCode(), stale.toString());
		Sample.writeTo(folder);
		server = processes.startServer(folder, "1h");
		ProcessRun served = processes.throughServer(folder, "validate", "edd.claims");
		assertEquals(0, served.exitCode(), served.toString());
	}

	@Test
	void ctrlCOnTheClientFreesTheServerForTheNextCommand() throws Exception {
		Path folder = Files.createDirectories(work.resolve("folder"));
		Sample.writeTo(folder);
		Path fifo = namedPipe(folder.resolve("stuck.claims"));
		server = processes().startServer(folder, "1h");
		Process client = processes.startClient(folder, "validate", "stuck.claims");
		assertTimeoutPreemptively(HANG, () -> {
			try (OutputStream writer = Files.newOutputStream(fifo)) {
				new ProcessBuilder("kill", "-INT", Long.toString(client.pid())).start().waitFor();
				client.waitFor();
				// The pipe stays open and silent: only the cancellation can end the stuck command.
				ProcessRun next = processes.throughServer(folder, "validate", "edd.claims");
				assertEquals(0, next.exitCode(), next.toString());
				assertEquals("1 file checked: 0 errors, 0 warnings\n", next.out(), next.toString());
			}
		});
	}

	@Test
	void statusTellsWhetherAServerRunsAndStopEndsIt() throws Exception {
		server = processes().startServer(work, "1h");
		ProcessRun status = processes.client(ServerProcesses.IDENTITY, work, "status");
		assertEquals(0, status.exitCode(), status.toString());
		assertTrue(status.out().startsWith("a ClaimBench command-line server runs: pid " + server.pid()), status.toString());

		ProcessRun stop = processes.client(ServerProcesses.IDENTITY, work, "stop");
		assertEquals(0, stop.exitCode(), stop.toString());
		assertTrue(server.waitFor(HANG.toMinutes(), TimeUnit.MINUTES), "the server did not stop");
		assertFalse(Files.exists(processes.socket), "the socket file is removed");
		ProcessRun none = processes.client(ServerProcesses.IDENTITY, work, "status");
		assertEquals(1, none.exitCode(), none.toString());
		assertEquals("no ClaimBench command-line server runs for this installation\n", none.out());
	}

	@Test
	void idleServerExitsAndRemovesItsSocket() throws Exception {
		server = processes().startServer(work, "1s");
		assertTrue(server.waitFor(HANG.toMinutes(), TimeUnit.MINUTES), "the idle server did not exit");
		assertEquals(0, server.exitValue());
		assertFalse(Files.exists(processes.socket), "the socket file is removed");
	}

	@Test
	void socketFolderOpenToOthersIsRefused() throws Exception {
		Path socketFolder = Files.createDirectories(processes().socket.getParent());
		Files.setPosixFilePermissions(socketFolder, PosixFilePermissions.fromString("rwxr-xr-x"));
		ProcessRun client = processes.throughServer(work, "validate", "x.claims");
		assertEquals(CommandClient.RUN_IN_PROCESS, client.exitCode(), client.toString());
		assertTrue(client.err().contains("is open to other users"), client.toString());
		ProcessRun refused = processes.serverRefusal(work);
		assertEquals(2, refused.exitCode(), refused.toString());
		assertTrue(refused.err().contains("is open to other users"), refused.toString());
		assertFalse(Files.exists(processes.socket));
	}

	private static Path namedPipe(Path path) throws IOException, InterruptedException {
		assertEquals(0, new ProcessBuilder("mkfifo", path.toString()).inheritIO().start().waitFor());
		return path;
	}

	private static void copySample(Path target) throws IOException {
		BundledSample.copyInto(target);
	}
}
