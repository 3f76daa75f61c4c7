package org.claimbench.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What a user reads when they mistype a command or ask for help. */
class CommandLineMessagesTest {

	private static final List<String> COMMANDS = List.of("validate", "export", "import", "anchor", "reanchor", "stats", "format", "lsp", "help");

	@Test
	void unknownCommandIsNamedAndTheCommandsAreListed() {
		ClaimBenchRun run = ClaimBenchRun.of("anchr", "x.claims");
		assertEquals(2, run.exitCode(), run.toString());
		assertTrue(run.err().startsWith("claimbench: unknown command 'anchr'; did you mean anchor or reanchor?\n"), run.toString());
		for (String command : COMMANDS) {
			assertTrue(run.err().contains("\n  " + command + " "), command + " listed:\n" + run);
		}
		assertEquals("", run.out());
	}

	@Test
	void unknownOptionIsStillAUsageError() {
		ClaimBenchRun run = ClaimBenchRun.of("validate", "--frmat", "json", "x.claims");
		assertEquals(2, run.exitCode(), run.toString());
		assertFalse(run.err().contains("unknown command"), run.toString());
		assertTrue(run.err().contains("--frmat"), run.toString());
	}

	@Test
	void commandListGivesEachCommandAWholeSentence() {
		String help = ClaimBenchRun.of("--help").out();
		String list = help.substring(help.indexOf("Commands:\n"), help.indexOf("\n\n", help.indexOf("Commands:\n")));
		String joined = list.replaceAll("\\s+", " ");
		assertTrue(joined.contains("reanchor Re-finds every anchor of annotation files after their source text changed, from the"
				+ " quote, its prefix and suffix and its old offset, and rewrites the offsets. "), list);
		assertTrue(joined.contains("export Exports the annotation documents found in PATH... as one file. "), list);
		assertTrue(joined.contains("semantic highlighting for .cbschema and .claims files). "), list);
	}

	@ParameterizedTest
	@ValueSource(strings = { "--help", "validate --help", "export --help", "import --help", "anchor --help", "reanchor --help",
			"stats --help", "format --help", "lsp --help" })
	void helpRunsSentencesOnInsteadOfBreakingThemAfterAFewWords(String arguments) {
		ClaimBenchRun run = ClaimBenchRun.of((Object[]) arguments.split(" "));
		assertEquals(0, run.exitCode(), run.toString());
		String[] lines = run.out().split("\n");
		for (int i = 0; i + 1 < lines.length; i++) {
			String next = lines[i + 1].strip();
			boolean continues = !next.isEmpty() && Character.isLowerCase(next.charAt(0)) && !lines[i + 1].startsWith("  ");
			assertFalse(continues && !lines[i].isBlank() && lines[i].length() < 60,
					"a sentence breaks after a short line " + (i + 1) + ":\n" + lines[i] + "\n" + lines[i + 1] + "\n\n" + run.out());
		}
	}
}
