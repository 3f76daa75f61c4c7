package org.claimbench.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code claimbench format} rewrites files in the canonical layout; {@code --check} only says which are not, for CI. */
class FormatCommandTest {

	@TempDir
	Path folder;

	private static final String MESSY_SCHEMA = "schema   s\nactor kind   State\nclaim kind Alert is   Assessment {   level :text   }\n";
	private static final String CANONICAL_SCHEMA = "schema s\n\nactor kind State\n\nclaim kind Alert is Assessment {\n\tlevel: text\n}\n";

	@Test
	void checkListsFilesNotInTheLayoutWritesNothingAndExitsOne() throws IOException {
		Path canonical = Sample.writeTo(folder);
		assertEquals(0, ClaimBenchRun.of("format", folder).exitCode());
		String before = Files.readString(canonical);
		Path messy = Sample.write(folder.resolve("messy.cbschema"), MESSY_SCHEMA);
		ClaimBenchRun run = ClaimBenchRun.of("format", "--check", folder);
		assertEquals(1, run.exitCode(), run.toString());
		assertTrue(run.out().contains("messy.cbschema: not in the canonical layout"), run.toString());
		assertTrue(run.out().endsWith("3 files checked: 1 not in the canonical layout\n"), run.toString());
		assertEquals(MESSY_SCHEMA, Files.readString(messy));
		assertEquals(before, Files.readString(canonical));
	}

	@Test
	void formatRewritesOnlyWhatIsNotCanonicalAndASecondRunChangesNothing() throws IOException {
		Sample.writeTo(folder);
		Path messy = Sample.write(folder.resolve("messy.cbschema"), MESSY_SCHEMA);
		ClaimBenchRun run = ClaimBenchRun.of("format", folder);
		assertEquals(0, run.exitCode(), run.toString());
		assertEquals(CANONICAL_SCHEMA, Files.readString(messy));
		ClaimBenchRun again = ClaimBenchRun.of("format", "--check", folder);
		assertEquals(0, again.exitCode(), again.toString());
		assertTrue(again.out().endsWith("3 files checked: 0 not in the canonical layout\n"), again.toString());
	}

	@Test
	void aFileWithSyntaxErrorsIsLeftAsItIsWithItsLine() throws IOException {
		String broken = "schema s\nclaim kind Alert is {\n";
		Path file = Sample.write(folder.resolve("broken.cbschema"), broken);
		ClaimBenchRun run = ClaimBenchRun.of("format", file);
		assertEquals(1, run.exitCode(), run.toString());
		assertTrue(run.err().contains("broken.cbschema:2:"), run.toString());
		assertTrue(run.err().contains("not formatted, fix the syntax errors first"), run.toString());
		assertEquals(broken, Files.readString(file));
	}
}
