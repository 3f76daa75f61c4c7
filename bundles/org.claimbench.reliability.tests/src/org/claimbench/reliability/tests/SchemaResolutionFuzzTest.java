package org.claimbench.reliability.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.claimbench.reliability.Findings;
import org.claimbench.reliability.ProjectLayoutFuzz;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Seeded random folders of projects whose schemas share names: validating the parent folder, its folders
 * in any order, its files in any order, or one file alone gives every file the same diagnostics.
 */
class SchemaResolutionFuzzTest {

	@TempDir
	Path work;

	@Test
	void diagnosticsDependOnWhereFilesLieNotOnHowTheyAreNamed() {
		Findings findings = new Findings(work.resolve("findings"));
		Map<String, Long> counters = new ProjectLayoutFuzz(work).run(40, 11, findings).counters();
		assertEquals(List.of(), findings.first(), findings.count() + " findings");
		// The layouts must reach both sides: documents that validate and schema names that clash.
		assertTrue(counters.getOrDefault("ambiguous schema reported", 0L) > 0, counters.toString());
		assertTrue(counters.getOrDefault("every document valid", 0L) + counters.getOrDefault("some documents valid", 0L) > 0,
				counters.toString());
	}
}
