package org.claimbench.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's sequence: export to XMI, import into a fresh folder, validate there with no errors. */
class ImportWritesSchemasTest {

	@TempDir
	Path folder;

	private Path xmi;

	@BeforeEach
	void exportTheSample() throws IOException {
		Path document = Sample.writeTo(folder.resolve("sample"));
		xmi = folder.resolve("edd.xmi");
		ClaimBenchRun export = ClaimBenchRun.of("export", document, "--to", "xmi", "-o", xmi);
		assertEquals(0, export.exitCode(), export.toString());
	}

	@Test
	void importWritesTheSchemasBesideTheDocumentAndSaysWhereTheSourceTextGoes() throws IOException {
		Path back = Files.createDirectories(folder.resolve("back"));
		ClaimBenchRun run = ClaimBenchRun.of("import", xmi, "-o", back.resolve("edd.claims"));
		assertEquals(0, run.exitCode(), run.toString());
		assertEquals("imported " + xmi + " to " + back.resolve("edd.claims") + ", with its schema "
				+ back.resolve("deterrence.cbschema") + "\n", run.out());
		assertTrue(run.err().contains("the source text edd.txt is not beside " + back.resolve("edd.claims")
				+ " (an XMI file does not carry it); copy it to " + back.resolve("edd.txt")), run.toString());
		assertTrue(Files.readString(back.resolve("deterrence.cbschema")).startsWith("schema deterrence\n"));

		Files.copy(folder.resolve("sample/edd.txt"), back.resolve("edd.txt"));
		ClaimBenchRun validate = ClaimBenchRun.of("validate", back);
		assertEquals(0, validate.exitCode(), validate.toString());
		assertEquals("2 files checked: 0 errors, 0 warnings\n", validate.out());
	}

	@Test
	void aSchemaFileAlreadyThereIsKept() throws IOException {
		Path back = Files.createDirectories(folder.resolve("back"));
		Path mine = Sample.write(back.resolve("deterrence.cbschema"), Sample.SCHEMA + "enum Extra { one }\n");
		ClaimBenchRun run = ClaimBenchRun.of("import", xmi, "-o", back.resolve("edd.claims"));
		assertEquals(0, run.exitCode(), run.toString());
		assertEquals("imported " + xmi + " to " + back.resolve("edd.claims") + "\n", run.out());
		assertTrue(run.err().contains("kept " + mine + ", which differs from the schema of that name in " + xmi), run.toString());
		assertEquals(Sample.SCHEMA + "enum Extra { one }\n", Files.readString(mine));
	}

	@Test
	void importIntoAFolderThatDoesNotExistSaysSo() {
		Path out = folder.resolve("nowhere").resolve("edd.claims");
		ClaimBenchRun run = ClaimBenchRun.of("import", xmi, "-o", out);
		assertEquals(2, run.exitCode(), run.toString());
		assertEquals("claimbench: cannot write " + out + ": there is no folder " + out.getParent()
				+ "; create it first (mkdir -p " + out.getParent() + ")\n", run.err());
		assertFalse(Files.exists(out.getParent()));
	}

	@Test
	void exportIntoAFolderThatDoesNotExistSaysSoBeforeValidating() {
		Path out = folder.resolve("nowhere").resolve("edd.json");
		ClaimBenchRun run = ClaimBenchRun.of("export", folder.resolve("sample"), "--to", "json", "-o", out);
		assertEquals(2, run.exitCode(), run.toString());
		assertEquals("claimbench: cannot write " + out + ": there is no folder " + out.getParent()
				+ "; create it first (mkdir -p " + out.getParent() + ")\n", run.err());
	}
}
