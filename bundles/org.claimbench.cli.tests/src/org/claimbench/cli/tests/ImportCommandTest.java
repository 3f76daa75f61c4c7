package org.claimbench.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** XMI from a downstream tool comes back as DSL text that specialists can read and edit. */
class ImportCommandTest {

	@TempDir
	Path folder;

	@Test
	void importThenExportRoundTrips() throws IOException {
		Path document = Sample.writeTo(folder.resolve("original"));
		Path firstXmi = folder.resolve("first.xmi");
		assertEquals(0, ClaimBenchRun.of("export", document, "--to", "xmi", "-o", firstXmi).exitCode());

		Path copy = folder.resolve("copy");
		Files.createDirectories(copy);
		Sample.write(copy.resolve("deterrence.cbschema"), Sample.SCHEMA);
		Sample.write(copy.resolve("edd.txt"), Sample.SOURCE);
		Path imported = copy.resolve("imported.claims");
		ClaimBenchRun run = ClaimBenchRun.of("import", firstXmi, "-o", imported);
		assertEquals(0, run.exitCode(), run.toString());
		String text = Files.readString(imported);
		assertTrue(text.startsWith("document edd"), text);
		assertTrue(text.contains("claim nk : ThreatAssessment by Ministers"), text);
		assertTrue(text.endsWith("talks\n"), "one final line break: " + text);

		ClaimBenchRun validate = ClaimBenchRun.of("validate", copy);
		assertEquals(0, validate.exitCode(), validate + "\n" + text);

		Path secondXmi = folder.resolve("second.xmi");
		assertEquals(0, ClaimBenchRun.of("export", imported, "--to", "xmi", "-o", secondXmi).exitCode());
		Resource first = ExportCommandTest.loadPlainXmi(firstXmi);
		Resource second = ExportCommandTest.loadPlainXmi(secondXmi);
		assertTrue(EcoreUtil.equals(first.getContents(), second.getContents()), text);
	}

	@Test
	void outputMustBeAnAnnotationFile() throws IOException {
		Path document = Sample.writeTo(folder);
		Path xmi = folder.resolve("edd.xmi");
		ClaimBenchRun.of("export", document, "--to", "xmi", "-o", xmi);
		ClaimBenchRun run = ClaimBenchRun.of("import", xmi, "-o", folder.resolve("edd.txt"));
		assertEquals(2, run.exitCode(), run.toString());
		assertTrue(run.err().contains("the output must be an annotation file (.claims)"), run.toString());
		assertEquals(Sample.SOURCE, Files.readString(folder.resolve("edd.txt")), "source text untouched");
	}
}
