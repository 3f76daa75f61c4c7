package org.claimbench.reliability.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.claimbench.core.io.AtomicFiles;
import org.claimbench.reliability.SaveLoop;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a real separate JVM that keeps saving a file through {@link AtomicFiles}, at random moments,
 * and checks after every kill that the file is one complete version, never a mix or a stump.
 */
class CrashSafeSaveTest {

	private static final int KILLS = 120;

	@TempDir
	Path work;

	@Test
	void fileIsAlwaysACompleteVersionAfterSigkill() throws Exception {
		Path classes = copyClasses(SaveLoop.class, AtomicFiles.class, AtomicFiles.Content.class);
		Path target = work.resolve("statement.claims");
		SaveLoop.save(target, 0);
		Path saves = work.resolve("saver.out");
		Random random = new Random(7);
		long lastSaved = 0;
		int midRun = 0;
		for (int kill = 0; kill < KILLS; kill++) {
			Process saver = new ProcessBuilder(Paths.get(System.getProperty("java.home"), "bin", "java").toString(),
					"-cp", classes.toString(), SaveLoop.class.getName(), target.toString(), String.valueOf(lastSaved + 1))
					.redirectOutput(saves.toFile()).redirectError(work.resolve("saver.err").toFile()).start();
			if (random.nextInt(4) > 0) {
				// Most kills land while saves follow each other; some during the first one.
				awaitFirstSave(saver, saves);
				midRun++;
			}
			Thread.sleep(random.nextInt(60));
			saver.destroyForcibly();
			assertTrue(saver.waitFor(30, TimeUnit.SECONDS));
			long printed = lastSaved;
			for (String line : Files.readAllLines(saves, StandardCharsets.US_ASCII)) {
				if (line.startsWith("saved ")) {
					printed = Long.parseLong(line.substring("saved ".length()));
				}
			}
			String state = SaveLoop.check(Files.readAllBytes(target));
			assertTrue(state.startsWith("generation "), "after kill " + kill + ": " + state);
			long generation = Long.parseLong(state.substring("generation ".length()));
			// The file holds the last reported save or the one being written when the kill came.
			assertTrue(generation == printed || generation == printed + 1 || generation == lastSaved,
					"after kill " + kill + ": " + state + ", last reported save " + printed);
			lastSaved = generation;
		}
		assertTrue(midRun > KILLS / 2, "most kills came while saving");
		assertTrue(lastSaved > KILLS / 2, "the saver got to save between kills: " + lastSaved);
		try (Stream<Path> files = Files.list(work)) {
			List<Path> visible = files.filter(f -> !f.getFileName().toString().startsWith(".")).toList();
			assertEquals(List.of("classes", "saver.err", "saver.out", "statement.claims"),
					visible.stream().map(f -> f.getFileName().toString()).sorted().toList(), "temporary files are hidden");
		}
	}

	private void awaitFirstSave(Process saver, Path saves) throws IOException, InterruptedException {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
		while (Files.size(saves) == 0 || !Files.readString(saves, StandardCharsets.US_ASCII).contains("\n")) {
			assertTrue(saver.isAlive(), () -> "the saver died by itself: " + read(work.resolve("saver.err")));
			assertTrue(System.nanoTime() < deadline, "no save within a minute");
			Thread.sleep(1);
		}
	}

	/** The saver runs on a class path of just these classes, copied out of the bundles under test. */
	private Path copyClasses(Class<?>... types) throws IOException {
		Path classes = work.resolve("classes");
		for (Class<?> type : types) {
			String name = type.getName().replace('.', '/') + ".class";
			Path file = classes.resolve(name);
			Files.createDirectories(file.getParent());
			try (InputStream in = type.getClassLoader().getResourceAsStream(name)) {
				assertNotNull(in, name);
				Files.copy(in, file);
			}
		}
		return classes;
	}

	private static String read(Path file) {
		try {
			return Files.readString(file);
		} catch (IOException e) {
			return e.getMessage();
		}
	}
}
