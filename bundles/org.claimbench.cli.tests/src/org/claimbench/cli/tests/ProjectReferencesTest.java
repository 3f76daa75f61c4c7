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
 * A series of statements in one project: an actor register shared by every document, and this year's
 * commitment that reaffirms last year's through a reference into the other document.
 */
class ProjectReferencesTest {

	private static final String TEXT_2023 = "Japan and the United States pledge to deepen cooperation.\n";
	private static final String TEXT_2024 = "Japan reaffirms its pledge to deepen cooperation.\n";

	@TempDir
	Path folder;

	private void write(String name, String text) throws IOException {
		Files.writeString(folder.resolve(name), text);
	}

	@BeforeEach
	void project() throws IOException {
		write("s.cbschema", """
				schema s
				actor kind State
				claim kind Pledge is Commitment { object: text required  partner: State }
				relation kind reaffirms from Commitment to Commitment
				""");
		write("actors.claims", """
				register allies schema s
				actor Japan : State "Japan" { alias "JP" }
				actor UnitedStates : State "the United States"
				""");
		write("2023.txt", TEXT_2023);
		write("2024.txt", TEXT_2024);
		write("d2023.claims", """
				document d2023 source "2023.txt" schema s
				claim deepen : Pledge by Japan, UnitedStates {
					object "cooperation"
					quote "pledge to deepen cooperation" at %d
				}
				""".formatted(TEXT_2023.indexOf("pledge to deepen")));
		write("d2024.claims", """
				document d2024 source "2024.txt" schema s
				mentions Japan { mention "Japan" at 0 }
				claim deepenAgain : Pledge by Japan {
					object "cooperation"
					partner UnitedStates
					quote "reaffirms its pledge" at %d
				}
				relation reaffirms deepenAgain -> d2023.deepen
				""".formatted(TEXT_2024.indexOf("reaffirms its pledge")));
	}

	@Test
	void aRegisterAndAReferenceIntoAnotherDocumentValidateWhicheverFileIsNamed() {
		ClaimBenchRun whole = ClaimBenchRun.of("validate", folder);
		assertEquals(0, whole.exitCode(), whole.toString());
		assertEquals("4 files checked: 0 errors, 0 warnings\n", whole.out(), whole.toString());
		ClaimBenchRun alone = ClaimBenchRun.of("validate", folder.resolve("d2024.claims"));
		assertEquals(0, alone.exitCode(), alone.toString());
	}

	@Test
	void aReferenceToAClaimTheOtherDocumentLacksIsAnErrorOnItsLine() throws IOException {
		write("d2024.claims", Files.readString(folder.resolve("d2024.claims")).replace("d2023.deepen", "d2023.deepn"));
		ClaimBenchRun run = ClaimBenchRun.of("validate", folder.resolve("d2024.claims"));
		assertEquals(1, run.exitCode(), run.toString());
		assertTrue(run.out().contains("d2024.claims:8:"), run.toString());
		assertTrue(run.out().contains("d2023.deepn"), run.toString());
	}

	@Test
	void aRegisterDeclaresActorsOnceAndNothingElse() throws IOException {
		write("more-actors.claims", """
				register more schema s
				actor Japan : State
				claim c : Pledge by Japan { object "x" }
				""");
		ClaimBenchRun run = ClaimBenchRun.of("validate", folder);
		assertEquals(1, run.exitCode(), run.toString());
		assertTrue(run.out().contains("Actor 'Japan' is declared by another register of this project too: actors.claims"),
				run.toString());
		assertTrue(run.out().contains("A register declares actors only; claim 'c' belongs in the document"), run.toString());
	}

	@Test
	void aMentionOfARegisterActorIsCheckedAgainstTheStatementsText() throws IOException {
		write("d2024.claims", Files.readString(folder.resolve("d2024.claims")).replace("mention \"Japan\" at 0", "mention \"Japon\" at 0"));
		ClaimBenchRun run = ClaimBenchRun.of("validate", folder.resolve("d2024.claims"));
		assertEquals(1, run.exitCode(), run.toString());
		assertTrue(run.out().contains("d2024.claims:2:"), run.toString());
		assertTrue(run.out().contains("Mention \"Japon\""), run.toString());
	}

	@Test
	void aMentionWithoutAnOffsetGetsOneFromAnchor() throws IOException {
		write("d2024.claims", Files.readString(folder.resolve("d2024.claims")).replace("mention \"Japan\" at 0", "mention \"Japan\""));
		ClaimBenchRun run = ClaimBenchRun.of("anchor", folder.resolve("d2024.claims"));
		assertEquals(0, run.exitCode(), run.toString());
		assertTrue(Files.readString(folder.resolve("d2024.claims")).contains("mentions Japan { mention \"Japan\" at 0 }"),
				Files.readString(folder.resolve("d2024.claims")));
	}

	@Test
	void registerActorsMentionedInAStatementAreExportedWithIt() throws IOException {
		Path out = folder.resolve("d2024.jsonld");
		ClaimBenchRun run = ClaimBenchRun.of("export", "--to", "webannotation", folder.resolve("d2024.claims"), "-o", out);
		assertEquals(0, run.exitCode(), run.toString());
		String json = Files.readString(out);
		assertTrue(json.contains(":Japan:0\""), json);
		assertTrue(json.contains("\"exact\": \"Japan\""), json);
	}

	@Test
	void aRegisterMentionsNothing() throws IOException {
		write("actors.claims", Files.readString(folder.resolve("actors.claims")) + "mentions Japan { mention \"Japan\" at 0 }\n");
		ClaimBenchRun run = ClaimBenchRun.of("validate", folder);
		assertEquals(1, run.exitCode(), run.toString());
		assertTrue(run.out().contains("actors.claims:4:"), run.toString());
		assertTrue(run.out().contains("A register has no source text, so it mentions no actor"), run.toString());
	}

	@Test
	void twoDocumentsOfOneNameAreAnErrorAlsoWhereNoDocumentRefersToAnother() throws IOException {
		// d2024 is the only document that names another document's claim; without it nothing needs the index.
		Files.delete(folder.resolve("d2024.claims"));
		write("copy.claims", Files.readString(folder.resolve("d2023.claims")));
		ClaimBenchRun run = ClaimBenchRun.of("validate", folder);
		assertEquals(1, run.exitCode(), run.toString());
		assertTrue(run.out().contains("copy.claims:1:"), run.toString());
		assertTrue(run.out().contains("d2023.claims:1:"), run.toString());
		assertTrue(run.out().contains("Another document of this project is also named 'd2023'"), run.toString());
	}

	@Test
	void twoDocumentsOfOneNameInAProjectAreAnError() throws IOException {
		write("copy.claims", Files.readString(folder.resolve("d2023.claims")));
		ClaimBenchRun run = ClaimBenchRun.of("validate", folder);
		assertEquals(1, run.exitCode(), run.toString());
		assertTrue(run.out().contains("Another document of this project is also named 'd2023'"), run.toString());
	}
}
