package org.claimbench.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.claimbench.core.series.WordDiff;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/** Claims followed across a series of statements: chains by date, wording diffs, and where a chain stops. */
class TrackCommandTest {

	private static final String[] TEXTS = { "Japan and the United States pledge to deepen cooperation.\n",
			"Japan and the United States reaffirm their pledge to further deepen cooperation.\n",
			"Japan and the United States discuss trade.\n" };

	@TempDir
	Path folder;

	private void write(String name, String text) throws IOException {
		Files.writeString(folder.resolve(name), text);
	}

	/** Three statements of the same parties: 2023 restates 2022's pledge, 2024 no longer does. */
	private void series() throws IOException {
		write("s.cbschema", """
				schema s
				actor kind State
				claim kind Pledge is Commitment { object: text required }
				claim kind Talk is Event
				relation kind reaffirms from Commitment to Commitment
				""");
		write("actors.claims", "register allies schema s\nactor Japan : State\nactor UnitedStates : State\n");
		String[] names = { "d2022", "d2023", "d2024" };
		for (int i = 0; i < 3; i++) {
			write(names[i] + ".txt", TEXTS[i]);
		}
		write("d2022.claims", """
				document d2022 date 2022-05-01 source "d2022.txt" schema s
				mentions Japan { mention "Japan" at 0 }
				claim deepen : Pledge by Japan, UnitedStates { object "cooperation" quote "pledge to deepen cooperation" at %d }
				""".formatted(TEXTS[0].indexOf("pledge")));
		write("d2023.claims", """
				document d2023 date 2023-05-01 source "d2023.txt" schema s
				mentions Japan { mention "Japan" at 0 }
				claim again : Pledge by Japan, UnitedStates { object "cooperation" quote "pledge to further deepen cooperation" at %d }
				relation reaffirms again -> d2022.deepen
				""".formatted(TEXTS[1].indexOf("pledge")));
		write("d2024.claims", """
				document d2024 date 2024-05-01 source "d2024.txt" schema s
				mentions Japan { mention "Japan" at 0 }
				claim trade : Talk by Japan, UnitedStates { quote "discuss trade" at %d }
				""".formatted(TEXTS[2].indexOf("discuss")));
	}

	@Test
	void aReaffirmedPledgeIsAChainWithItsChangedWordingAndWhereItStops() throws IOException {
		series();
		ClaimBenchRun run = ClaimBenchRun.of("track", folder);
		assertEquals(0, run.exitCode(), run.toString());
		assertTrue(run.out().startsWith("3 statements in date order: d2022 (2022-05-01), d2023 (2023-05-01), d2024 (2024-05-01)\n"),
				run.toString());
		assertTrue(run.out().contains("  first   2022-05-01  d2022.deepen (Pledge): \"pledge to deepen cooperation\"\n"), run.toString());
		assertTrue(run.out().contains("  reaffirms 2023-05-01  d2023.again (Pledge): pledge to {+further+} deepen cooperation\n"),
				run.toString());
		assertTrue(run.out().contains("  not restated in d2024 (2024-05-01)\n"), run.toString());
	}

	@Test
	void jsonAndCsvCarryTheSameChain() throws IOException {
		series();
		ClaimBenchRun json = ClaimBenchRun.of("track", folder, "--format", "json");
		assertEquals(0, json.exitCode(), json.toString());
		JsonObject chain = JsonParser.parseString(json.out()).getAsJsonObject().getAsJsonArray("chains").get(0).getAsJsonObject();
		assertEquals("d2024", chain.get("notRestatedIn").getAsString());
		JsonObject second = chain.getAsJsonArray("appearances").get(1).getAsJsonObject();
		assertEquals("reaffirms", second.get("relation").getAsString());
		assertEquals("pledge to {+further+} deepen cooperation", second.get("wordDiff").getAsString());
		ClaimBenchRun csv = ClaimBenchRun.of("track", folder, "--format", "csv");
		assertTrue(csv.out().contains("1,2,2023-05-01,d2023,again,Pledge,reaffirms,pledge to further deepen cooperation,d2024,\n"),
				csv.toString());
	}

	/** Three statements voicing one concern, graver in the second and milder in the third. */
	private void concernSeries(String enumDeclaration) throws IOException {
		String[] texts = { "We are concerned about the launches.\n", "We are gravely concerned about the launches.\n",
				"We are concerned about the launches.\n" };
		write("s.cbschema", """
				schema s
				actor kind State
				%s
				enum Tone { plain formal }
				claim kind Worry is Assessment { level: Concern tone: Tone }
				relation kind restates from Assessment to Assessment
				""".formatted(enumDeclaration));
		write("actors.claims", "register allies schema s\nactor Japan : State\n");
		String[] levels = { "concerned", "gravelyConcerned", "concerned" };
		String[] tones = { "plain", "formal", "formal" };
		for (int i = 0; i < 3; i++) {
			int year = 2022 + i;
			write("d" + year + ".txt", texts[i]);
			String quote = texts[i].substring(7, texts[i].indexOf(" about"));
			write("d" + year + ".claims", """
					document d%d date %d-05-01 source "d%d.txt" schema s
					claim worry : Worry by Japan { level %s tone %s quote "%s" at 7 }
					%s
					""".formatted(year, year, year, levels[i], tones[i], quote,
					i == 0 ? "" : "relation restates worry -> d" + (year - 1) + ".worry"));
		}
	}

	@Test
	void anOrderedEnumValueMovingUpTheScaleEscalatesAndDownDeEscalates() throws IOException {
		concernSeries("ordered enum Concern { concerned seriouslyConcerned gravelyConcerned }");
		ClaimBenchRun validate = ClaimBenchRun.of("validate", folder);
		assertEquals(0, validate.exitCode(), validate.toString());
		ClaimBenchRun run = ClaimBenchRun.of("track", folder);
		assertEquals(0, run.exitCode(), run.toString());
		assertTrue(run.out().contains("d2023.worry (Worry): {+gravely+} concerned\n    escalates level: concerned -> gravelyConcerned\n"),
				run.toString());
		assertTrue(run.out().contains("    de-escalates level: gravelyConcerned -> concerned\n"), run.toString());
		assertTrue(!run.out().contains("tone:"), "an enum not declared ordered has no direction: " + run);

		JsonObject third = JsonParser.parseString(ClaimBenchRun.of("track", folder, "--format", "json").out()).getAsJsonObject()
				.getAsJsonArray("chains").get(0).getAsJsonObject().getAsJsonArray("appearances").get(2).getAsJsonObject();
		JsonObject move = third.getAsJsonArray("escalations").get(0).getAsJsonObject();
		assertEquals("level", move.get("attribute").getAsString());
		assertEquals("de-escalates", move.get("direction").getAsString());
		assertTrue(ClaimBenchRun.of("track", folder, "--format", "csv").out()
				.contains(",escalates level: concerned -> gravelyConcerned\n"), "the CSV's last column");
	}

	@Test
	void withoutOrderedTheSameChangesAreNoEscalation() throws IOException {
		concernSeries("enum Concern { concerned seriouslyConcerned gravelyConcerned }");
		ClaimBenchRun run = ClaimBenchRun.of("track", folder);
		assertEquals(0, run.exitCode(), run.toString());
		assertTrue(run.out().contains("d2023.worry (Worry): {+gravely+} concerned\n"), run.toString());
		assertTrue(!run.out().contains("escalates"), run.toString());
	}

	/** 2023 reuses two passages of 2022: one coded there as a claim, one not coded yet; {@code linked} links the first. */
	private void reuseSeries(boolean linked) throws IOException {
		String before = "The leaders condemned the missile launches and called for restraint. "
				+ "They agreed to expand trade and investment between the two countries.\n";
		String after = "The leaders again condemned the missile launches and called for restraint by all parties. "
				+ "They agreed to expand trade and investment between the two countries further. They met in Tokyo.\n";
		write("s.cbschema", """
				schema s
				actor kind State
				claim kind Condemnation is Assessment
				claim kind Plan is Intent
				claim kind Visit is Event
				relation kind restates from Assessment to Assessment
				""");
		write("actors.claims", "register allies schema s\nactor Leaders : State\n");
		write("d2022.txt", before);
		write("d2023.txt", after);
		String condemned = "condemned the missile launches and called for restraint";
		write("d2022.claims", """
				document d2022 date 2022-05-01 source "d2022.txt" schema s
				claim condemn : Condemnation by Leaders { quote "%s" at %d }
				""".formatted(condemned, before.indexOf(condemned)));
		String again = condemned + " by all parties";
		String trade = "agreed to expand trade and investment between the two countries further";
		write("d2023.claims", """
				document d2023 date 2023-05-01 source "d2023.txt" schema s
				claim condemnAgain : Condemnation by Leaders { quote "%s" at %d }
				claim moreTrade : Plan by Leaders { quote "%s" at %d }
				claim tokyo : Visit by Leaders { quote "met in Tokyo" at %d }
				%s
				""".formatted(again, after.indexOf(again), trade, after.indexOf(trade), after.indexOf("met in Tokyo"),
				linked ? "relation restates condemnAgain -> d2022.condemn" : ""));
	}

	@Test
	void suggestedLinksNameTheEarlierClaimOrThePassageNotCodedYet() throws IOException {
		reuseSeries(false);
		ClaimBenchRun run = ClaimBenchRun.of("track", folder, "--suggest");
		assertEquals(0, run.exitCode(), run.toString());
		assertTrue(run.out().contains("suggested links (2)"), run.toString());
		assertTrue(run.out().contains("  d2023.condemnAgain -> d2022.condemn: 4 of 7 five-word phrases shared, "
				+ "\"condemned the missile launches and called for restraint\"\n"), run.toString());
		assertTrue(run.out().contains("  d2023.moreTrade -> d2022 at 74-137 (no claim there yet): 6 of 7 five-word phrases shared, "
				+ "\"agreed to expand trade and investment between the two countries\"\n"), run.toString());
		assertTrue(!run.out().contains("d2023.tokyo ->"), "a claim in new words gets no suggestion: " + run);

		JsonObject first = JsonParser.parseString(ClaimBenchRun.of("track", folder, "--suggest", "--format", "json").out())
				.getAsJsonObject().getAsJsonArray("suggestions").get(0).getAsJsonObject();
		assertEquals("condemnAgain", first.get("claim").getAsString());
		assertEquals("condemn", first.get("earlierClaim").getAsString());
		assertEquals(2, ClaimBenchRun.of("track", folder, "--suggest", "--format", "csv").exitCode(), "CSV holds chains only");
	}

	@Test
	void aClaimAlreadyLinkedBackIsNotSuggestedAgain() throws IOException {
		reuseSeries(true);
		ClaimBenchRun run = ClaimBenchRun.of("track", folder, "--suggest");
		assertEquals(0, run.exitCode(), run.toString());
		assertTrue(run.out().contains("suggested links (1)"), run.toString());
		assertTrue(!run.out().contains("d2023.condemnAgain ->"), run.toString());
	}

	@Test
	void theSampleSeriesReadsTheGoldVersionAndFindsTheReaffirmedNeed() throws IOException {
		Path sample = BundledSample.folder();
		ClaimBenchRun run = ClaimBenchRun.of("track", sample);
		assertEquals(0, run.exitCode(), run.toString());
		assertTrue(run.out().contains("set aside, other coders' versions: us_japan_edd_2024_coder_b\n"), run.toString());
		assertTrue(run.out().contains("first   2023-01-13  us_japan_2023.strengthenCapacity (Need)"), run.toString());
		assertTrue(run.out().contains("reaffirms 2024-07-28  us_japan_edd_2024.reinforcePosture (Need)"), run.toString());
		assertTrue(run.out().contains("still current: no later statement of the same parties"), run.toString());
	}

	@Test
	void otherLinkKindsAreNamedWithLink() throws IOException {
		series();
		ClaimBenchRun run = ClaimBenchRun.of("track", folder, "--link", "restates");
		assertEquals(0, run.exitCode(), run.toString());
		assertTrue(run.out().contains("no chains: no relation restates links claims of two statements"), run.toString());
	}

	@Test
	void wordDiffMarksRemovedAndAddedWords() {
		assertEquals("the [-growing-] {+deeply concerning+} threat", WordDiff.of("the growing threat", "the deeply concerning threat"));
		assertTrue(WordDiff.same("a  b\nc", "a b c"));
		assertEquals("{+new+}", WordDiff.of("", "new"));
	}
}
