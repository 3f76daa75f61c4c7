package org.claimbench.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The real workbench, killed with SIGKILL at random moments while a specialist annotates, restores on its next start
 * all but the last seconds of the work, nothing that was never made, and never over a file that changed on disk in
 * between; the file on disk is always a version that was saved.
 * <p>
 * The materialized product runs with the crash test's driver bundle added for these runs only
 * ({@link WorkbenchProcess}): it makes real edits through the editor's commands (New Claim, an attribute set as Claim
 * Details sets it, File > Save), a step every 150–600 ms, and logs each step once made, forced to disk, with a
 * fingerprint of the document's claims after it. The test kills the process after a random number of steps and a
 * random part of a pause (seeded: {@code -Dclaimbench.crash.seed} repeats a run), starts it again, and the driver,
 * having answered the restore dialog as a user who wants the work back, reports what the editor shows; then annotates
 * on, for the next kill. Before the last restart the .claims file is changed on disk, as a {@code git pull} would.
 * Everything a run leaves (workspace, logs, reports, the workbench's output) is under target/crash-test.
 */
class WorkbenchKillTest {

	/** Kills in a run; before the last restart the file changes on disk. */
	private static final int KILLS = 5;
	/**
	 * The journal's promise: at most the last few seconds of work are lost. It keeps the editor's text after each pause
	 * in editing (a debounce of 400 ms, and at most 2 s while edits go on); the rest is headroom for a machine whose
	 * background jobs wait for a busy processor.
	 */
	private static final long PROMISE_MILLIS = 5000;
	private static final Duration START = Duration.ofMinutes(3);
	private static final String DOCUMENT = "us-japan-edd-2024/us-japan-edd-2024.claims";
	private static final String JOURNAL_ENTRY = ".metadata/.plugins/org.claimbench.ui/unsaved/"
			+ "%2Fus-japan-edd-2024%2Fus-japan-edd-2024.claims.unsaved";

	private final Path product = Path.of(System.getProperty("claimbench.product"));
	private final Path driver = Path.of(System.getProperty("claimbench.crashdriver"));
	private final Path out = Path.of(System.getProperty("claimbench.crash.out", "target/crash-test"));
	private final Path workspace = out.resolve("workspace");

	@Test
	void aKilledWorkbenchRestoresAllButTheLastSecondsAndNeverOverAFileChangedOnDisk() throws Exception {
		if (System.getenv("DISPLAY") == null) {
			fail("no DISPLAY: the workbench needs one; run the build under a virtual display (./bootstrap.sh test does)");
		}
		assertTrue(Files.isExecutable(product.resolve("claimbench")), "no product at " + product + "; build it first");
		assertTrue(Files.isRegularFile(driver), "no crash test driver at " + driver + "; build it first");
		long seed = Long.getLong("claimbench.crash.seed", System.currentTimeMillis());
		System.out.println("WorkbenchKillTest: seed " + seed + " (repeat with -Dclaimbench.crash.seed=" + seed + ")");
		Random random = new Random(seed);
		deleteTree(out);
		Files.createDirectories(out);
		List<String> figures = new ArrayList<>();
		figures.add("| kill | start (s) | steps made | saves | killed (s after the first step) | restored up to step "
				+ "| steps lost | work lost (s) |");
		figures.add("|---|---|---|---|---|---|---|---|");
		WorkbenchProcess running = start(null, editLog(1), seed, 1 != KILLS);
		try {
			for (int kill = 1; kill <= KILLS; kill++) {
				int round = kill;
				boolean changeOnDisk = kill == KILLS;
				Path log = editLog(kill);
				int steps = 3 + random.nextInt(8);
				WorkbenchProcess editing = running;
				EditLog before = Poll.until(() -> {
					EditLog made = readLog(log);
					if (!editing.isAlive()) {
						throw new AssertionError("the workbench of kill " + round + " ended by itself; see " + output());
					}
					// Killed only once an edit older than the promise is unsaved: otherwise a workbench that kept nothing
					// would pass. The changed file must meet a kept entry: that run does not save.
					return made.edits() >= steps && made.unsavedEditMadeBy(System.currentTimeMillis() - PROMISE_MILLIS - 500)
							&& (!changeOnDisk || Files.exists(workspace.resolve(JOURNAL_ENTRY))) ? made : null;
				}, START, () -> steps + " steps in " + log + " (see " + output() + ")");
				// Anywhere in the pause between two steps, or in a step.
				Thread.sleep(random.nextInt(700));
				long killedAt = System.currentTimeMillis();
				running.kill();
				EditLog made = EditLog.read(log);
				String changed = changeOnDisk ? changeOnDisk() : null;

				Path report = out.resolve("restored-" + kill + ".txt");
				boolean last = kill == KILLS;
				running = start(report, last ? null : editLog(kill + 1), seed + kill, kill + 1 != KILLS);
				WorkbenchProcess checking = running;
				RestoreReport restored = Poll.until(() -> {
					if (!Files.exists(report) && !checking.isAlive()) {
						throw new AssertionError("the workbench after kill " + round + " ended without a report; see " + output());
					}
					return Files.exists(report) ? readReport(report) : null;
				}, START, () -> "the report " + report + " (see " + output() + ")");

				String what = "kill " + kill + " (" + made.edits() + " steps made, killed " + (killedAt - made.steps().get(0).millis())
						+ " ms after the start; " + log + ", " + report + ")";
				int due = made.lastMadeBy(killedAt - PROMISE_MILLIS);
				int restoredAt;
				if (changed == null) {
					restoredAt = checkRestored(what, made, restored, due);
				} else {
					restoredAt = checkNotOverwritten(what, made, restored, due, changed);
				}
				long lost = restoredAt + 1 < made.steps().size() ? killedAt - made.steps().get(restoredAt + 1).millis() : 0;
				figures.add("| " + kill + (changed != null ? " (file changed)" : "") + " | "
						+ String.format("%.1f", (before.steps().get(0).millis() - editing.startedMillis()) / 1000.0) + " | "
						+ made.edits() + " | " + made.steps().stream().filter(EditLog.Step::isSave).count() + " | "
						+ String.format("%.1f", (killedAt - made.steps().get(Math.min(1, made.edits())).millis()) / 1000.0)
						+ " | " + restoredAt + " | " + (made.edits() - restoredAt) + " | " + String.format("%.1f", lost / 1000.0)
						+ " |");
			}
			assertTrue(running.awaitExit(60), "the last workbench closes after its report; see " + output());
		} catch (AssertionError | Exception e) {
			screenshot();
			throw e;
		} finally {
			running.close();
			Files.write(out.resolve("figures.md"), figures, StandardCharsets.UTF_8);
			figures.forEach(System.out::println);
		}
	}

	/** The editor shows a state the driver had, no older than the promise allows; the file is a saved version. */
	private static int checkRestored(String what, EditLog made, RestoreReport restored, int due) {
		int restoredAt = made.lastWithState(restored.fingerprint());
		assertTrue(restoredAt >= 0, what + ": the editor shows claims the driver never had:\n  "
				+ String.join("\n  ", restored.claims()));
		assertTrue(restoredAt >= due, what + ": step " + due + " was made more than " + PROMISE_MILLIS
				+ " ms before the kill, but only the steps up to " + restoredAt + " were restored");
		assertFalse(restored.diskSyntaxErrors(), what + ": the file on disk does not parse");
		assertTrue(made.diskVersions().contains(restored.disk()), what + ": the file on disk is none of the versions saved");
		if (restored.dirty()) {
			assertTrue(!restored.dialogs().isEmpty() && restored.dialogs().get(0).contains("/" + DOCUMENT)
					&& restored.dialogs().get(0).endsWith("\tRestore"), what + ": restored without asking: " + restored.dialogs());
		}
		return restoredAt;
	}

	/**
	 * The file changed on disk after the kill: the start asks, and on Restore keeps the file as it is now, with the
	 * kept annotations in a copy beside it, and says so.
	 */
	private static int checkNotOverwritten(String what, EditLog made, RestoreReport restored, int due, String changed) {
		assertEquals(changed, restored.disk(), what + ": the file changed on disk was overwritten");
		assertFalse(restored.dirty(), what + ": annotations were restored into the editor over the changed file");
		assertEquals(restored.diskFingerprint(), restored.fingerprint(), what + ": the editor shows the file's claims");
		assertEquals(2, restored.dialogs().size(), what + ": a question, then what was done: " + restored.dialogs());
		assertTrue(restored.dialogs().get(0).contains("/" + DOCUMENT), what + ": the question names the file: "
				+ restored.dialogs().get(0));
		assertTrue(restored.dialogs().get(1).contains("changed on disk since")
				&& restored.dialogs().get(1).contains(".claims.recovered"), what + ": the user is told where the annotations went: "
				+ restored.dialogs().get(1));
		int recoveredAt = restored.recovered() == null ? -1 : made.lastWithState(restored.recovered());
		assertTrue(recoveredAt >= 0, what + ": the copy beside the file holds claims the driver never had");
		assertTrue(recoveredAt >= due, what + ": step " + due + " was made more than " + PROMISE_MILLIS
				+ " ms before the kill, but the copy beside the file holds only the steps up to " + recoveredAt);
		return recoveredAt;
	}

	/** A teammate's change pulled while the workbench was down: a comment added at the end. */
	private String changeOnDisk() throws IOException {
		Path file = workspace.resolve(DOCUMENT);
		Files.writeString(file, "\n// a teammate's change, pulled after the crash\n", StandardCharsets.UTF_8,
				StandardOpenOption.APPEND);
		return sha256(Files.readAllBytes(file));
	}

	private WorkbenchProcess start(Path report, Path log, long seed, boolean saves) throws IOException {
		List<String> options = new ArrayList<>();
		if (report != null) {
			options.add("-Dclaimbench.crash.report=" + report.toAbsolutePath());
		}
		if (log != null) {
			options.add("-Dclaimbench.crash.log=" + log.toAbsolutePath());
		}
		options.add("-Dclaimbench.crash.seed=" + seed);
		options.add("-Dclaimbench.crash.saves=" + saves);
		// The script's class-data archive, written when a workbench closes (the last one of a run does), outlives the
		// run beside its folder: later runs start faster.
		return WorkbenchProcess.start(product, driver, workspace.toAbsolutePath(),
				out.resolveSibling("workbench-cache").toAbsolutePath(), options, output());
	}

	/**
	 * What the display showed when the test failed (a dialog the driver did not expect, say), in screen.png, when
	 * ImageMagick's import is there to take it.
	 */
	private void screenshot() {
		try {
			Process shot = new ProcessBuilder("import", "-window", "root", out.resolve("screen.png").toString())
					.redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
			shot.waitFor(30, java.util.concurrent.TimeUnit.SECONDS);
		} catch (IOException | InterruptedException e) {
			// No import on this machine: the logs must do.
		}
	}

	private Path editLog(int run) {
		return out.resolve("edits-" + run + ".log");
	}

	private Path output() {
		return out.resolve("workbench-output.txt");
	}

	private static EditLog readLog(Path log) {
		try {
			return EditLog.read(log);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static RestoreReport readReport(Path report) {
		try {
			return RestoreReport.read(report);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		} catch (java.security.NoSuchAlgorithmException e) {
			throw new IllegalStateException("every Java runtime has SHA-256", e);
		}
	}

	private static void deleteTree(Path root) throws IOException {
		if (!Files.exists(root)) {
			return;
		}
		try (Stream<Path> paths = Files.walk(root)) {
			for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
				Files.delete(path);
			}
		}
	}
}
