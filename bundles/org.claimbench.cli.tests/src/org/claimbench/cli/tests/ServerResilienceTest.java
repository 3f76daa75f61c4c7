package org.claimbench.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command-line server after the things that go wrong in daily use: clients at the same time, a client
 * killed in the middle of its command, a command too big for the server's heap. Each time the next command
 * gets the right answer.
 */
class ServerResilienceTest {

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

	private Path sampleIn(String name) throws Exception {
		Path folder = Files.createDirectories(work.resolve(name));
		Sample.writeTo(folder);
		return folder;
	}

	@Test
	void clientsAtTheSameTimeEachGetTheirOwnAnswer() throws Exception {
		Path clean = sampleIn("clean");
		Path broken = sampleIn("broken");
		Sample.write(broken.resolve("edd.claims"), Sample.document().replace("by Ministers {", "by Ministrs {"));
		processes = new ServerProcesses(work);
		server = processes.startServer(work, "1h");
		ExecutorService clients = Executors.newFixedThreadPool(4);
		try {
			List<Future<ProcessRun>> runs = new ArrayList<>();
			for (int i = 0; i < 4; i++) {
				Path folder = i % 2 == 0 ? clean : broken;
				runs.add(clients.submit(() -> processes.throughServer(folder, "validate", "edd.claims")));
			}
			for (int i = 0; i < runs.size(); i++) {
				ProcessRun run = runs.get(i).get();
				if (i % 2 == 0) {
					assertEquals(0, run.exitCode(), run.toString());
					assertEquals("1 file checked: 0 errors, 0 warnings\n", run.out(), run.toString());
				} else {
					assertEquals(1, run.exitCode(), run.toString());
					assertTrue(run.out().contains("This document has no actor named 'Ministrs'"), run.toString());
				}
			}
		} finally {
			clients.shutdownNow();
		}
	}

	@Test
	void aClientKilledMidCommandLeavesTheServerServing() throws Exception {
		Path folder = sampleIn("folder");
		processes = new ServerProcesses(work);
		server = processes.startServer(folder, "1h");
		Process client = processes.startClient(folder, "validate", "edd.claims");
		client.destroyForcibly().waitFor();
		ProcessRun next = processes.throughServer(folder, "validate", "edd.claims");
		assertEquals(0, next.exitCode(), next.toString());
		assertEquals("1 file checked: 0 errors, 0 warnings\n", next.out(), next.toString());
		assertTrue(server.isAlive(), "the server still runs");
	}

	@Test
	void aCommandTooBigForTheServersHeapIsToldSoAndTheNextOneRuns() throws Exception {
		Path folder = sampleIn("folder");
		// Many documents loaded at once ('stats' keeps every model) against a small heap.
		Path big = Files.createDirectories(work.resolve("big"));
		Sample.writeTo(big);
		String document = Sample.document();
		for (int i = 0; i < 3_000; i++) {
			Sample.write(big.resolve("edd" + i + ".claims"), document.replace("document edd ", "document edd" + i + " "));
		}
		processes = new ServerProcesses(work);
		server = processes.startServer(folder, "1h", List.of("-Xmx64m"));
		ProcessRun tooBig = processes.throughServer(work, "stats", "big");
		assertEquals(2, tooBig.exitCode(), tooBig.toString());
		assertTrue(tooBig.err().contains("the command-line server ran out of memory on this command"), tooBig.toString());
		ProcessRun next = processes.throughServer(folder, "validate", "edd.claims");
		assertEquals(0, next.exitCode(), next.toString());
		assertEquals("1 file checked: 0 errors, 0 warnings\n", next.out(), next.toString());
	}
}
