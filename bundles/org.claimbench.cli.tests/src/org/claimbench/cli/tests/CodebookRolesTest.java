package org.claimbench.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The codebook on statements beyond the sample's: places and agreements are actors that are talked about, never
 * participants or holders, and an assessment can be marked as repeated like an intent.
 */
class CodebookRolesTest {

	private static final String GOLD = "us-japan-edd-2024.claims";

	@TempDir
	Path folder;

	@BeforeEach
	void copySample() throws IOException {
		BundledSample.copyInto(folder);
	}

	private void edit(String old, String replacement) throws IOException {
		Path gold = folder.resolve(GOLD);
		String text = Files.readString(gold);
		assertTrue(text.contains(old), old);
		Files.writeString(gold, text.replace(old, replacement));
	}

	@Test
	void aPlaceIsNoParticipantAndNoHolderButCanBeTalkedAbout() throws IOException {
		edit("claim meeting : Meeting by Ministers {", "actor Tokyo : Place \"Tokyo\"\n\nclaim meeting : Meeting by Ministers {");
		edit("participants Kamikawa, Kihara, Blinken, Austin", "participants Kamikawa, Tokyo");
		edit("claim securityEnvironment : EnvironmentAssessment by Ministers {", "claim securityEnvironment : EnvironmentAssessment by Tokyo {");
		ClaimBenchRun run = ClaimBenchRun.of("validate", folder);
		assertEquals(1, run.exitCode(), run.toString());
		assertTrue(run.out().contains("[claimbench.wrongValueType]") && run.out().contains("Tokyo"), run.toString());
		assertTrue(run.out().contains("[claimbench.holderCannotHold]"), run.toString());
		assertTrue(run.out().contains("1 error, 1 warning"), run.toString());
	}

	@Test
	void anAssessmentCanBeMarkedAsReaffirmed() throws IOException {
		edit("claim securityEnvironment : EnvironmentAssessment by Ministers {\n\tvalence negative",
				"claim securityEnvironment : EnvironmentAssessment by Ministers {\n\tvalence negative\n\tstatus reaffirmed");
		ClaimBenchRun run = ClaimBenchRun.of("validate", folder);
		assertEquals(0, run.exitCode(), run.toString());
		assertTrue(run.out().contains("0 errors, 0 warnings"), run.toString());
	}
}
