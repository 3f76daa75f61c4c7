package org.claimbench.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/** agree, diff and merge on the sample's two coders' versions of the EDD statement. */
class TeamCommandsTest {

	private static final String GOLD = "us-japan-edd-2024.claims";
	private static final String CODER_B = "us-japan-edd-2024.coder-b.claims";

	@TempDir
	Path folder;

	@BeforeEach
	void copySample() throws IOException {
		BundledSample.copyInto(folder);
	}

	@Test
	void theSecondCoderValidatesAndAgreeFindsTheSeededDifferences() {
		ClaimBenchRun validate = ClaimBenchRun.of("validate", folder);
		assertEquals(0, validate.exitCode(), validate.toString());
		assertTrue(validate.out().contains("0 errors, 0 warnings"), validate.toString());

		ClaimBenchRun csv = ClaimBenchRun.of("agree", "--format", "csv", folder);
		assertEquals(0, csv.exitCode(), csv.toString());
		List<String> rows = csv.out().lines().toList();
		assertEquals("statement,unit,label,begin,end,status,coders", rows.get(0));
		assertTrue(rows.contains("us-japan-edd-2024.txt,claim,SignificanceAssessment,1974,2057,one coder only,us-japan-edd-2024"), csv.out());
		assertTrue(rows.contains("us-japan-edd-2024.txt,claim,ThreatAssessment,984,1040,disputed,Coder B us-japan-edd-2024"), csv.out());
		assertTrue(rows.stream().anyMatch(r -> r.startsWith("us-japan-edd-2024.txt,claim,ThreatAssessment,1046,") && r.contains(",disputed,")), csv.out());
		assertTrue(rows.stream().anyMatch(r -> r.contains(",relation,motivates EnvironmentAssessment -> ConsultationCommitment,")
				&& r.endsWith(",one coder only,Coder B")), csv.out());
		// The three seeded claim differences, the extra relation and the relation of the missing claim.
		assertEquals(5, rows.stream().filter(r -> !r.contains(",agreed,")).count() - 1, csv.out());

		ClaimBenchRun text = ClaimBenchRun.of("agree", folder);
		assertEquals(0, text.exitCode(), text.toString());
		assertTrue(text.out().contains("us-japan-edd-2024.txt: Coder B, us-japan-edd-2024"), text.toString());
		// Five aligned claims carry a trend, Russia's differs: values improving 2, deteriorating 2, continuing 3,
		// growing 3 (n = 10); observed 2/10, expected (100 - 26)/90; alpha = 1 - 0.2/0.8222 = 0.757.
		assertTrue(text.out().matches("(?s).*\\n\\S+ +Coder B \\+ us-japan-edd-2024 +attribute trend +0\\.757 +5\\n.*"), text.toString());
		assertTrue(text.out().contains("Units: 58 agreed, 2 disputed, 3 coded by one coder only"), text.toString());
		// γ over whole claims: below 1 (one claim starts 8 characters later, one is missing), far above chance.
		java.util.regex.Matcher gamma = java.util.regex.Pattern.compile("\\n\\S+ +Coder B \\+ us-japan-edd-2024 +γ claims +(0\\.\\d+) +(\\d+)\\n")
				.matcher(text.out());
		assertTrue(gamma.find(), text.toString());
		assertTrue(Double.parseDouble(gamma.group(1)) > 0.8 && Double.parseDouble(gamma.group(1)) < 1, text.toString());
		assertTrue(text.out().contains("γ (Mathet et al. 2015) aligns whole claims, stacked or not: expected disorder from 30 shuffled"
				+ " continua, seed 2015."), text.toString());
		ClaimBenchRun again = ClaimBenchRun.of("agree", "--seed", "2015", folder);
		assertEquals(text.out(), again.out(), "the default seed, given, repeats the run");
		ClaimBenchRun otherSeed = ClaimBenchRun.of("agree", "--seed", "1", "--samples", "5", folder);
		assertTrue(otherSeed.out().contains("5 shuffled continua, seed 1."), otherSeed.toString());
	}

	@Test
	void identicalVersionsAgreeEverywhere() throws IOException {
		String gold = Files.readString(folder.resolve(GOLD));
		Files.delete(folder.resolve(CODER_B));
		Files.writeString(folder.resolve("us-japan-edd-2024.alice.claims"), gold.replace("document us_japan_edd_2024\n",
				"document edd_alice\n").replace("\tschema deterrence", "\tcoder \"alice\"\n\tschema deterrence"));
		Files.writeString(folder.resolve(GOLD), gold.replace("\tschema deterrence", "\tcoder \"bob\"\n\tschema deterrence"));
		ClaimBenchRun run = ClaimBenchRun.of("agree", "--format", "json", folder);
		assertEquals(0, run.exitCode(), run.toString());
		JsonObject report = JsonParser.parseString(run.out()).getAsJsonObject();
		assertTrue(report.getAsJsonArray("measures").size() > 10, run.out());
		for (JsonElement measure : report.getAsJsonArray("measures")) {
			JsonObject m = measure.getAsJsonObject();
			assertEquals(1.0, m.get("value").getAsDouble(), m.toString());
			assertTrue(m.get("units").getAsInt() > 0, m.toString());
			assertEquals("alice + bob", m.get("coders").getAsString());
		}
		ClaimBenchRun diff = ClaimBenchRun.of("diff", folder.resolve(GOLD), folder.resolve("us-japan-edd-2024.alice.claims"));
		assertEquals(0, diff.exitCode(), diff.toString());
		assertTrue(diff.out().endsWith("the versions agree\n"), diff.toString());
	}

	/** agree warns of what makes a version unusable for comparing (a holder that is nowhere) and leaves the model checks to validate. */
	@Test
	void agreeWarnsOfSyntaxAndLinkingErrorsOnly() throws IOException {
		Path coderB = folder.resolve(CODER_B);
		String text = Files.readString(coderB);
		// Quoted words that are not at their offset: validate's error, and no reason not to compare the versions.
		Files.writeString(coderB, text.replace("quote \"accelerating and opaque expansion of its nuclear arsenal\" at 984",
				"quote \"accelerating and opaque expansion of its arsenal\" at 984"));
		ClaimBenchRun validate = ClaimBenchRun.of("validate", folder);
		assertTrue(validate.exitCode() != 0 && validate.out().contains("1 error"), validate.toString());
		ClaimBenchRun quiet = ClaimBenchRun.of("agree", folder);
		assertEquals(0, quiet.exitCode(), quiet.toString());
		assertFalse(quiet.err().contains("errors"), quiet.toString());

		Files.writeString(coderB, text.replace("claim chinaThreat : ThreatAssessment by Ministers", "claim chinaThreat : ThreatAssessment by Minsters"));
		ClaimBenchRun warned = ClaimBenchRun.of("agree", folder);
		assertEquals(0, warned.exitCode(), warned.toString());
		assertTrue(warned.err().contains("claimbench: agree: the documents have syntax or linking errors; run 'claimbench validate' for them (")
				&& warned.err().contains("1 error"), warned.toString());
	}

	@Test
	void diffNamesWhatDiffers() {
		ClaimBenchRun diff = ClaimBenchRun.of("diff", folder.resolve(GOLD), folder.resolve(CODER_B));
		assertEquals(1, diff.exitCode(), diff.toString());
		String out = diff.out();
		assertTrue(out.contains("claim chinaThreat (us-japan-edd-2024) ~ chinaThreat (Coder B)\n  span: [976-1040] \"China's"), out);
		assertTrue(out.contains("claim russiaThreat (us-japan-edd-2024) ~ russiaThreat (Coder B)\n  attribute trend: growing | continuing\n"), out);
		assertTrue(out.contains("only us-japan-edd-2024: claim meetingSignificance : SignificanceAssessment at [1974-2057]"), out);
		assertTrue(out.contains("relation securityEnvironment -> consultations: no relation | motivates\n"), out);
		assertTrue(out.contains("relation meetingSignificance -> meeting: evaluates | (Coder B lacks one of the claims)\n"), out);
		assertTrue(out.endsWith("5 units differ\n"), out);
	}

	@Test
	void mergeKeepsWhatAgreesAndReportsDisputesUntilACoderIsPreferred() throws IOException {
		Path gold = folder.resolve("gold").resolve("edd.gold.claims");
		Files.createDirectories(gold.getParent());
		// The gold's project: the schemas, the actor register and the earlier statement the sample refers to.
		for (String file : List.of("deterrence.cbschema", "codebook.cbschema", "us-japan-edd-2024.txt", "us-japan-actors.claims",
				"us-japan-2023.claims", "us-japan-joint-statement-2023.txt")) {
			Files.copy(folder.resolve(file), gold.resolveSibling(file));
		}
		ClaimBenchRun merge = ClaimBenchRun.of("merge", folder.resolve(GOLD), folder.resolve(CODER_B), "-o", gold);
		assertEquals(1, merge.exitCode(), merge.toString());
		assertTrue(merge.out().contains("one coder only claim SignificanceAssessment at 1974-2057 (us-japan-edd-2024)"), merge.toString());
		assertTrue(merge.out().contains("  (so the reference to chinaThreat in manageThreats is left out too)"), merge.toString());
		assertTrue(merge.out().contains(": 5 disputes left out, status draft"), merge.toString());
		String text = Files.readString(gold);
		assertTrue(text.contains("\tstatus draft\n"), text);
		assertFalse(text.contains("meetingSignificance") || text.contains("chinaThreat") || text.contains("coder "), text);
		assertTrue(text.contains("claim northKoreaThreat"), text);
		ClaimBenchRun valid = ClaimBenchRun.of("validate", gold.getParent());
		assertEquals(0, valid.exitCode(), valid.toString());

		ClaimBenchRun preferred = ClaimBenchRun.of("merge", folder.resolve(GOLD), folder.resolve(CODER_B), "-o", gold, "--prefer",
				"Coder B");
		assertEquals(0, preferred.exitCode(), preferred.toString());
		text = Files.readString(gold);
		assertTrue(text.contains("\tstatus curated\n") && text.contains("trend continuing") && !text.contains("meetingSignificance"), text);
		// Each element taken from Coder B's version of a disputed unit says so; agreed ones say nothing.
		assertTrue(text.contains("claim russiaThreat : ThreatAssessment by Ministers from coder \"Coder B\" {"), text);
		assertTrue(text.contains("claim chinaThreat : ThreatAssessment by Ministers from coder \"Coder B\" {"), text);
		assertTrue(text.contains("relation motivates securityEnvironment -> consultations from coder \"Coder B\" {"), text);
		assertTrue(text.contains("claim northKoreaThreat : ThreatAssessment by Ministers {"), text);
		assertEquals(3, text.split("from coder", -1).length - 1, text);
		assertEquals(0, ClaimBenchRun.of("validate", gold.getParent()).exitCode());
		ClaimBenchRun agree = ClaimBenchRun.of("agree", folder, gold.getParent());
		assertTrue(agree.out().contains("us-japan-edd-2024.txt: Coder B, us-japan-edd-2024\n"), "the curated gold is no coder: " + agree);
	}

	@Test
	void aGoldMergedBesideTheVersionsIsNamedForItsTextAndTheProjectValidates() throws IOException {
		Path gold = folder.resolve("us-japan-edd-2024.gold.claims");
		ClaimBenchRun merge = ClaimBenchRun.of("merge", folder.resolve(GOLD), folder.resolve(CODER_B), "-o", gold, "--prefer", "Coder B");
		assertEquals(0, merge.exitCode(), merge.toString());
		// Named after the text, as the curation names it: never after the version it starts from, whose name is taken.
		// (Coder B's version is the one it starts from, so its comments come first.)
		assertTrue(Files.readString(gold).contains("\ndocument us_japan_edd_2024_gold\n"), Files.readString(gold));
		ClaimBenchRun valid = ClaimBenchRun.of("validate", folder);
		assertEquals(0, valid.exitCode(), valid.toString());
		assertTrue(valid.out().contains("0 errors, 0 warnings"), valid.toString());
	}

	@Test
	void mergeIntoAMissingFolderOrWithAnUnknownCoderWritesNothing() {
		Path missing = folder.resolve("nowhere").resolve("gold.claims");
		ClaimBenchRun run = ClaimBenchRun.of("merge", folder.resolve(GOLD), folder.resolve(CODER_B), "-o", missing);
		assertEquals(2, run.exitCode(), run.toString());
		ClaimBenchRun unknown = ClaimBenchRun.of("merge", folder.resolve(GOLD), folder.resolve(CODER_B), "-o",
				folder.resolve("g.claims"), "--prefer", "Carol");
		assertEquals(2, unknown.exitCode(), unknown.toString());
		assertTrue(unknown.err().contains("no coder 'Carol' among us-japan-edd-2024, Coder B"), unknown.toString());
		assertFalse(Files.exists(folder.resolve("g.claims")));
	}

	@Test
	void aStatusOutsideTheThreeIsNamedWithItsLine() throws IOException {
		Path file = folder.resolve(CODER_B);
		Files.writeString(file, Files.readString(file).replace("status complete", "status final"));
		ClaimBenchRun run = ClaimBenchRun.of("validate", file);
		assertEquals(1, run.exitCode(), run.toString());
		assertTrue(run.out().contains(CODER_B + ":11:9: error: 'final' is not a document status; write draft, complete, curated."),
				run.toString());
	}
}
