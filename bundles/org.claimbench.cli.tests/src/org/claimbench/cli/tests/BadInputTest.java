package org.claimbench.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every kind of bad input gets one clear line and a non-zero exit, never a stack trace. */
class BadInputTest {

	@TempDir
	Path folder;

	private static void assertOneProblem(ClaimBenchRun run, int exitCode, String expectedLine) {
		assertEquals(exitCode, run.exitCode(), run.toString());
		assertTrue(run.all().contains(expectedLine), run.toString());
		assertFalse(run.all().contains("Exception"), "no stack trace: " + run);
		assertFalse(run.all().contains("\tat "), "no stack trace: " + run);
	}

	@Test
	void missingFile() {
		Path missing = folder.resolve("nothere.claims");
		ClaimBenchRun run = ClaimBenchRun.of("validate", missing);
		assertOneProblem(run, 2, missing + ": error: no such file or folder [org.claimbench.core.missingFile]");
	}

	@Test
	void unreadableFile() throws IOException {
		// Reading process memory at offset 0 fails even for root, unlike a file with mode 000.
		Path unreadable = Files.createSymbolicLink(folder.resolve("memory.claims"), Paths.get("/proc/self/mem"));
		ClaimBenchRun run = ClaimBenchRun.of("validate", unreadable);
		assertOneProblem(run, 2, unreadable + ": error: cannot read the file: ");
		assertTrue(run.out().contains("[org.claimbench.core.unreadableFile]"), run.toString());
	}

	@Test
	void fileThatIsNotUtf8() throws IOException {
		Path latin1 = folder.resolve("latin1.claims");
		Files.write(latin1, "document d source \"caf\u00e9.txt\"".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
		ClaimBenchRun run = ClaimBenchRun.of("validate", latin1);
		assertOneProblem(run, 2, latin1 + ": error: the file is not valid UTF-8 (byte 22, line 1); save it as UTF-8 text"
				+ " [org.claimbench.core.notUtf8]");
	}

	@Test
	void unknownExtension() throws IOException {
		Path text = Sample.write(folder.resolve("notes.txt"), "hello");
		ClaimBenchRun run = ClaimBenchRun.of("validate", text);
		assertOneProblem(run, 2, text + ": error: unknown file type; expected .cbschema or .claims"
				+ " [org.claimbench.core.unknownExtension]");
	}

	@Test
	void longCommentHeaderBeforeTheFirstKeyword() throws IOException {
		// The project's files are told apart by their first keyword after comments; reading past a header of
		// thousands of comment lines overflowed the stack of the threads that read them (StackOverflowError).
		Path document = Sample.writeTo(folder);
		String header = "// A note the coder kept.\n\n/* and a block */\n".repeat(20_000);
		Files.writeString(document, header + Files.readString(document));
		Sample.write(folder.resolve("register.claims"), header + "register notes\n");
		ClaimBenchRun run = ClaimBenchRun.of("validate", document);
		assertEquals(0, run.exitCode(), run.toString());
		assertEquals("1 file checked: 0 errors, 0 warnings\n", run.out(), run.toString());
	}

	@Test
	void oneBadPathAmongGoodOnesStillReportsTheGoodOnes() throws IOException {
		Path document = Sample.writeTo(folder);
		ClaimBenchRun run = ClaimBenchRun.of("validate", document, folder.resolve("typo.claims"));
		assertOneProblem(run, 2, "typo.claims: error: no such file or folder");
		assertTrue(run.out().contains("2 files checked: 1 error"), run.toString());
	}

	@Test
	void malformedXmi() throws IOException {
		Path xmi = Sample.write(folder.resolve("broken.xmi"), "<?xml version=\"1.0\"?>\n<claims:Document xmlns:claims=\n");
		ClaimBenchRun run = ClaimBenchRun.of("import", xmi, "-o", folder.resolve("out.claims"));
		assertOneProblem(run, 2, xmi + ":");
		assertTrue(run.err().contains("[org.claimbench.core.malformedXmi]"), run.toString());
		assertFalse(Files.exists(folder.resolve("out.claims")));
	}

	@Test
	void foreignXmi() throws IOException {
		Path xmi = Sample.write(folder.resolve("foreign.xmi"), """
				<?xml version="1.0" encoding="UTF-8"?>
				<other:Thing xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI" xmlns:other="http://example.org/other/1.0"/>
				""");
		ClaimBenchRun run = ClaimBenchRun.of("import", xmi, "-o", folder.resolve("out.claims"));
		assertOneProblem(run, 2, "not a ClaimBench model: Package with uri 'http://example.org/other/1.0' not found.");
		assertTrue(run.err().contains("[org.claimbench.core.foreignXmi]"), run.toString());
	}

	@Test
	void xmiOfAnotherRegisteredModelIsForeign() throws IOException {
		Path xmi = Sample.write(folder.resolve("ecore.xmi"), """
				<?xml version="1.0" encoding="UTF-8"?>
				<ecore:EPackage xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI"
				    xmlns:ecore="http://www.eclipse.org/emf/2002/Ecore" name="other" nsURI="urn:other" nsPrefix="other"/>
				""");
		ClaimBenchRun run = ClaimBenchRun.of("import", xmi, "-o", folder.resolve("out.claims"));
		assertOneProblem(run, 2, "not a ClaimBench model: it holds a EPackage of http://www.eclipse.org/emf/2002/Ecore");
	}

	@Test
	void xmiWithExternalEntityIsRefused() throws IOException {
		Path xmi = Sample.write(folder.resolve("xxe.xmi"), """
				<?xml version="1.0" encoding="UTF-8"?>
				<!DOCTYPE d [ <!ENTITY secret SYSTEM "file:///etc/passwd"> ]>
				<claims:Document xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI"
				    xmlns:claims="http://claimbench.org/claims/1.0" name="d" title="&secret;"/>
				""");
		ClaimBenchRun run = ClaimBenchRun.of("import", xmi, "-o", folder.resolve("out.claims"));
		assertOneProblem(run, 2, "[org.claimbench.core.malformedXmi]");
		assertTrue(run.err().contains("DOCTYPE"), run.toString());
		assertFalse(Files.exists(folder.resolve("out.claims")));
	}

	@Test
	void usageErrorsExitTwo() {
		ClaimBenchRun noCommand = ClaimBenchRun.of();
		assertEquals(2, noCommand.exitCode(), noCommand.toString());
		assertTrue(noCommand.err().contains("Usage: claimbench"), noCommand.toString());
		ClaimBenchRun badFormat = ClaimBenchRun.of("validate", "--format", "xml", folder);
		assertEquals(2, badFormat.exitCode(), badFormat.toString());
		assertTrue(badFormat.err().contains("Invalid value for option '--format'"), badFormat.toString());
		ClaimBenchRun noOutput = ClaimBenchRun.of("export", folder, "--to", "xmi");
		assertEquals(2, noOutput.exitCode(), noOutput.toString());
		assertTrue(noOutput.err().contains("Missing required option: '--output=OUT'"), noOutput.toString());
	}
}
