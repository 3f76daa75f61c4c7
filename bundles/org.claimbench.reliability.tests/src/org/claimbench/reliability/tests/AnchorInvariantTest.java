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
import org.claimbench.reliability.ValidatedAnchorFuzz;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The anchor invariant as a seeded fuzz loop, the short run of what {@code ./bootstrap.sh fuzz} runs long:
 * after random edits of the sample's source text and none, one or two re-anchorings, a document that passes
 * {@code validate} has every anchor's quote, prefix and suffix standing at its offset; and the real validator
 * agrees with the anchor rules on the inputs it checks.
 */
class AnchorInvariantTest {

	@TempDir
	Path work;

	@Test
	void validatedAnchorsStandOnTheirWordsAfterEditsAndReanchoring() throws IOException {
		Findings findings = new Findings(work.resolve("findings"));
		FuzzTarget.Report report = new ValidatedAnchorFuzz(SampleFolder.path().resolve(Fuzz.SAMPLE_DOCUMENT),
				Fuzz.SAMPLE_SOURCE, work).run(3_000, 42, findings);
		assertEquals(List.of(), findings.first(), findings.count() + " findings");
		Map<String, Long> counters = report.counters();
		// Both sides of the property must be reached, after re-anchoring too, or the run proves nothing.
		assertTrue(counters.getOrDefault("1 re-anchoring, validates", 0L) > 0
				&& counters.getOrDefault("2 re-anchorings, validates", 0L) > 0
				&& counters.getOrDefault("1 re-anchoring, anchor errors", 0L) > 0
				&& counters.getOrDefault("checked by the real validator", 0L) > 0, counters.toString());
	}
}
