package org.claimbench.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The counts a team looks at, and the help every subcommand gives. */
class StatsAndHelpTest {

	@TempDir
	Path folder;

	@Test
	void statsCountsKindsActorsHoldersAndRelations() throws IOException {
		Sample.writeTo(folder);
		ClaimBenchRun run = ClaimBenchRun.of("stats", folder);
		assertEquals(0, run.exitCode(), run.toString());
		assertTrue(run.out().startsWith("1 document, 2 claims, 4 actors, 1 relation\n"), run.toString());
		assertTrue(run.out().matches("(?s).*\nClaim kind +Claims\n-+ +-+\nReaffirmation +1\nThreatAssessment +1\n.*"), run.toString());
		assertTrue(run.out().matches("(?s).*\nActor +Mentions\n-+ +-+\nMinisters +1\nNorthKorea +1\nJapan +0\n.*"), run.toString());
		assertTrue(run.out().matches("(?s).*\nHolder +Claims\n-+ +-+\nMinisters +2\n.*"), run.toString());
		assertTrue(run.out().matches("(?s).*\nRelation kind +Relations\n-+ +-+\nmotivates +1\n"), run.toString());
	}

	@ParameterizedTest
	@ValueSource(strings = { "validate", "export", "import", "stats" })
	void everySubcommandHasHelp(String subcommand) {
		ClaimBenchRun run = ClaimBenchRun.of(subcommand, "--help");
		assertEquals(0, run.exitCode(), run.toString());
		assertTrue(run.out().startsWith("Usage: claimbench " + subcommand), run.toString());
		assertTrue(run.out().contains("Exit codes:"), run.toString());
	}

	@Test
	void topLevelHelpListsSubcommandsAndVersionNamesTheBundle() {
		ClaimBenchRun help = ClaimBenchRun.of("--help");
		assertEquals(0, help.exitCode());
		for (String subcommand : new String[] { "validate", "export", "import", "stats", "lsp" }) {
			assertTrue(help.out().contains("  " + subcommand), help.toString());
		}
		ClaimBenchRun version = ClaimBenchRun.of("--version");
		assertEquals(0, version.exitCode());
		assertTrue(version.out().matches("(?s)claimbench 0\\.1\\.0\\.\\S+\nJava .*"), version.toString());
	}
}
