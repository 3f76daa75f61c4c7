package org.claimbench.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two folders, each with its own schema named 'deterrence' and a document that only fits its own: the
 * command line gives every file the same diagnostics whatever the order of the arguments.
 */
class SchemaProjectsTest {

	@TempDir
	Path parent;

	private void write(String name, String text) throws IOException {
		Path file = parent.resolve(name);
		Files.createDirectories(file.getParent());
		Files.writeString(file, text);
	}

	private void twoFolders() throws IOException {
		write("a/deterrence.cbschema", "schema deterrence\nactor kind State\nclaim kind Alert is Assessment { level: text }\n");
		write("a/doc.claims", "document a source \"t.txt\" schema deterrence\nactor X : State\nclaim c : Alert by X { level \"high\" }\n");
		write("a/t.txt", "A statement.\n");
		write("b/deterrence.cbschema", "schema deterrence\nactor kind State\nclaim kind Alert is Assessment { range: number }\n");
		write("b/doc.claims", "document b source \"t.txt\" schema deterrence\nactor Y : State\nclaim c : Alert by Y { range 3 }\n");
		write("b/t.txt", "A statement.\n");
	}

	/** The diagnostics lines, sorted, with the summary line apart. */
	private static List<String> lines(ClaimBenchRun run) {
		return Arrays.stream(run.out().split("\n")).sorted().collect(Collectors.toList());
	}

	@Test
	void theOrderOfTheFoldersAndTheParentFolderGiveTheSameResult() throws IOException {
		twoFolders();
		ClaimBenchRun ab = ClaimBenchRun.of("validate", parent.resolve("a"), parent.resolve("b"));
		ClaimBenchRun ba = ClaimBenchRun.of("validate", parent.resolve("b"), parent.resolve("a"));
		ClaimBenchRun whole = ClaimBenchRun.of("validate", parent);
		ClaimBenchRun files = ClaimBenchRun.of("validate", parent.resolve("b/doc.claims"), parent.resolve("a/doc.claims"));
		for (ClaimBenchRun run : List.of(ab, ba, whole)) {
			assertEquals(0, run.exitCode(), run.toString());
			assertEquals("4 files checked: 0 errors, 0 warnings\n", run.out(), run.toString());
		}
		assertEquals(0, files.exitCode(), files.toString());
		assertEquals("2 files checked: 0 errors, 0 warnings\n", files.out(), files.toString());
	}

	@Test
	void twoSchemasOfOneNameInOneProjectAreReportedWithBothFiles() throws IOException {
		twoFolders();
		Files.writeString(parent.resolve(".claimbench"), "");
		ClaimBenchRun whole = ClaimBenchRun.of("validate", parent);
		ClaimBenchRun reversed = ClaimBenchRun.of("validate", parent.resolve("b"), parent.resolve("a"));
		assertEquals(1, whole.exitCode(), whole.toString());
		assertEquals(lines(whole), lines(reversed));
		assertTrue(whole.out().contains("a/doc.claims:1:") && whole.out().contains("Schema name 'deterrence' is ambiguous")
				&& whole.out().contains("../b/deterrence.cbschema"), whole.toString());
	}
}
