package org.claimbench.reliability.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.claimbench.reliability.Findings;
import org.claimbench.reliability.Fuzz;
import org.claimbench.reliability.FuzzTarget;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A short run of the fuzzers the long run ({@code ./bootstrap.sh fuzz}) uses, with a fixed seed:
 * no exception escapes, every DSL diagnostic has a line, every refused XMI has a diagnostic, no
 * anchor is placed on other words.
 */
class ShortFuzzRunTest {

	@TempDir
	Path work;

	@Test
	void noPropertyBreaksOnSomeThousandInputs() throws IOException {
		Findings findings = new Findings(work.resolve("findings"));
		List<FuzzTarget.Report> reports = Fuzz.run(300, 150, 5_000, 42, SampleFolder.path(), work, findings);
		assertEquals(List.of(), findings.first(), findings.count() + " findings");
		Map<String, Long> dsl = reports.get(0).counters();
		Map<String, Long> xmi = reports.get(1).counters();
		Map<String, Long> anchors = reports.get(2).counters();
		// The mutations must reach both sides of each property, or the run proves nothing.
		assertTrue(dsl.getOrDefault("with diagnostics", 0L) > 0 && dsl.getOrDefault("valid", 0L) > 0, dsl.toString());
		assertTrue(xmi.getOrDefault("imported", 0L) > 0 && xmi.getOrDefault("refused, with a line", 0L) > 0, xmi.toString());
		assertTrue(anchors.getOrDefault("placed", 0L) > 0 && anchors.getOrDefault("not found, words edited", 0L) > 0
				&& anchors.getOrDefault("ambiguous, words intact", 0L) > 0, anchors.toString());
	}
}
