package org.claimbench.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Schema evolution: a schema declares what changed in a version, and {@code claimbench migrate} brings the documents
 * coded against the earlier version along, writing only the changed names, refusing what would lose an annotation.
 */
class MigrateCommandTest {

	@TempDir
	Path folder;

	@TempDir
	Path exports;

	private void copySample() throws IOException {
		BundledSample.copyInto(folder);
	}

	private void edit(String file, String old, String replacement) throws IOException {
		Path path = folder.resolve(file);
		String text = Files.readString(path);
		assertTrue(text.contains(old), file + " lacks " + old);
		Files.writeString(path, text.replace(old, replacement));
	}

	private Map<String, String> files() throws IOException {
		Map<String, String> contents = new TreeMap<>();
		try (var list = Files.list(folder)) {
			for (Path file : list.toList()) {
				contents.put(file.getFileName().toString(), Files.readString(file));
			}
		}
		return contents;
	}

	/** Version 2 of the sample's schema renames a kind, an attribute, an enum literal and a relation kind. */
	private void renameInVersionTwo() throws IOException {
		edit("deterrence.cbschema", "schema deterrence\n", "schema deterrence version 2\n");
		edit("deterrence.cbschema", "claim kind ThreatAssessment is", "claim kind ThreatJudgement is");
		edit("deterrence.cbschema", "addresses: ThreatAssessment*", "addresses: ThreatJudgement*");
		edit("deterrence.cbschema", "domains: ThreatDomain*", "threatDomains: ThreatDomain*");
		edit("deterrence.cbschema", "{ nuclear missile armsControl nonproliferation", "{ nuclear missile armsControlRegime nonproliferation");
		edit("codebook.cbschema", "relation kind elaborates from", "relation kind details from");
		Files.writeString(folder.resolve("deterrence.cbschema"), Files.readString(folder.resolve("deterrence.cbschema")) + """

				changes in version 2 "Threats are judged, not assessed; elaborating is detailing." {
					rename kind ThreatAssessment to ThreatJudgement
					rename attribute domains of ThreatJudgement to threatDomains
					rename literal armsControl of ThreatDomain to armsControlRegime
					rename relation elaborates to details
				}
				""");
	}

	@Test
	void renamesReachEveryDocumentWhichThenValidatesAndASecondRunChangesNothing() throws IOException {
		copySample();
		renameInVersionTwo();
		ClaimBenchRun before = ClaimBenchRun.of("validate", folder);
		assertEquals(1, before.exitCode(), "the documents use the old names: " + before);

		ClaimBenchRun migrate = ClaimBenchRun.of("migrate", "--verbose", folder);
		assertEquals(0, migrate.exitCode(), migrate.toString());
		assertTrue(migrate.out().contains("us-japan-edd-2024.claims: version 1 → 2: 10 names changed\n"), migrate.toString());
		assertTrue(migrate.out().contains("us-japan-actors.claims: version 1 → 2: no names to change\n"), migrate.toString());
		assertTrue(migrate.out().contains("/us-japan-edd-2024.claims:141: claim northKoreaThreat: kind ThreatAssessment → ThreatJudgement\n")
				&& migrate.out().contains("/us-japan-edd-2024.claims:146: claim northKoreaThreat: attribute domains → threatDomains\n"), migrate.toString());
		assertTrue(migrate.out().contains("validated after migration: 0 errors"), migrate.toString());

		String gold = Files.readString(folder.resolve("us-japan-edd-2024.claims"));
		assertTrue(gold.contains("\tschema deterrence version 2\n"), gold);
		assertTrue(gold.contains("claim northKoreaThreat : ThreatJudgement by Ministers {"), gold);
		assertTrue(gold.contains("threatDomains nuclear, missile"), gold);
		assertTrue(gold.contains("threatDomains armsControlRegime, nonproliferation, militaryCooperation, armsTransfers"), gold);
		// The same word in another enum is another literal: the instruments keep theirs.
		assertTrue(gold.contains("instruments deterrence, armsControl, riskReduction, nonproliferation"), gold);
		assertTrue(gold.contains("relation details northKoreaThreat -> securityEnvironment"), gold);
		assertFalse(gold.contains("ThreatAssessment"), gold);

		ClaimBenchRun validate = ClaimBenchRun.of("validate", folder);
		assertEquals(0, validate.exitCode(), validate.toString());
		assertTrue(validate.out().contains("0 errors, 0 warnings"), validate.toString());

		// The migrated files keep the canonical layout, and the schema's change block is in it too.
		ClaimBenchRun format = ClaimBenchRun.of("format", "--check", folder);
		assertEquals(0, format.exitCode(), format.toString());
		// A versioned schema and its changes are exported in the documented JSON format.
		Path json = exports.resolve("all.json");
		ClaimBenchRun export = ClaimBenchRun.of("export", folder.resolve("us-japan-edd-2024.claims"), "--to", "json", "-o", json);
		assertEquals(0, export.exitCode(), export.toString());
		String exported = Files.readString(json);
		JsonFormats.assertValidExport(exported);
		assertTrue(exported.contains("\"class\": \"Rename\"") && exported.contains("\"schemaVersion\": 2"), exported);

		Map<String, String> once = files();
		ClaimBenchRun again = ClaimBenchRun.of("migrate", folder);
		assertEquals(0, again.exitCode(), again.toString());
		assertTrue(again.out().contains("at the version of their schema already; nothing to do"), again.toString());
		assertEquals(once, files());
	}

	/** The owner a change names may be declared by an imported schema: the codebook's Trend, renamed in the project's schema. */
	@Test
	void aChangeMayNameAnEnumOfAnImportedSchema() throws IOException {
		copySample();
		edit("codebook.cbschema", "{ improving steady continuing growing deteriorating }", "{ improving steady ongoing growing deteriorating }");
		edit("deterrence.cbschema", "schema deterrence\n", "schema deterrence version 2\n");
		Files.writeString(folder.resolve("deterrence.cbschema"), Files.readString(folder.resolve("deterrence.cbschema"))
				+ "\nchanges in version 2 {\n\trename literal continuing of Trend to ongoing\n}\n");
		ClaimBenchRun migrate = ClaimBenchRun.of("migrate", folder);
		assertEquals(0, migrate.exitCode(), migrate.toString());
		assertTrue(migrate.out().contains("validated after migration: 0 errors"), migrate.toString());
		String gold = Files.readString(folder.resolve("us-japan-edd-2024.claims"));
		assertTrue(gold.contains("trend ongoing") && !gold.contains("trend continuing"), gold);
	}

	@Test
	void aDocumentBehindItsSchemaIsWarnedAndADryRunWritesNothing() throws IOException {
		copySample();
		renameInVersionTwo();
		Map<String, String> before = files();
		ClaimBenchRun dryRun = ClaimBenchRun.of("migrate", "--dry-run", folder);
		assertEquals(0, dryRun.exitCode(), dryRun.toString());
		assertTrue(dryRun.out().contains("4 of 4 documents would change (dry run: nothing written)"), dryRun.toString());
		assertEquals(before, files());

		// A version bump without renames: documents only need the new version written.
		Path versionOnly = folder.resolve("later");
		Files.createDirectories(versionOnly);
		Files.writeString(versionOnly.resolve("s.cbschema"), "schema s version 3\nactor kind State\nclaim kind Talk is Event\n");
		Files.writeString(versionOnly.resolve("t.txt"), "They talked.\n");
		Files.writeString(versionOnly.resolve("d.claims"), "document d source \"t.txt\" schema s version 2\nactor they : State\nclaim c : Talk by they { quote \"talked\" at 5 }\n");
		ClaimBenchRun validate = ClaimBenchRun.of("validate", versionOnly);
		assertEquals(0, validate.exitCode(), validate.toString());
		assertTrue(validate.out().contains("d.claims:1:") && validate.out().contains("coded against version 2 of schema 's', which is now at version 3"),
				validate.toString());
		ClaimBenchRun migrate = ClaimBenchRun.of("migrate", versionOnly);
		assertEquals(0, migrate.exitCode(), migrate.toString());
		assertEquals("document d source \"t.txt\" schema s version 3\nactor they : State\nclaim c : Talk by they { quote \"talked\" at 5 }\n",
				Files.readString(versionOnly.resolve("d.claims")));
	}

	private static final String TEXT = "The ministers condemned the launches and welcomed the talks.\n";

	private void writeProject(String schema, String claims) throws IOException {
		Files.writeString(folder.resolve("s.cbschema"), schema);
		Files.writeString(folder.resolve("t.txt"), TEXT);
		Files.writeString(folder.resolve("d.claims"), "document d source \"t.txt\" schema s\nactor ministers : State\n" + claims);
	}

	private static String quote(String words) {
		return "quote \"" + words + "\" at " + TEXT.indexOf(words);
	}

	@Test
	void mergesAndSplitsFollowTheValuesAndCardinalityAndMovesCheckThem() throws IOException {
		writeProject("""
				schema s version 2
				actor kind State
				enum Tone { harsh mild }
				enum Target { weapons talks }
				claim kind Condemnation is Assessment { tone: Tone  target: Target }
				claim kind Welcome is Assessment { target: Target }
				claim kind Judgement is Assessment { notes: text }
				changes in version 2 {
					merge literal stern, severe of Tone into harsh
					split kind Reaction into Condemnation if target = weapons, Welcome otherwise
					merge kind Verdict, Opinion into Judgement
					make attribute target of Welcome single
				}
				""", """
				claim c1 : Reaction by ministers { tone stern target weapons %s }
				claim c2 : Reaction by ministers { target talks %s }
				claim c3 : Verdict by ministers { notes "first" %s }
				claim c4 : Opinion by ministers { notes "second" %s }
				""".formatted(quote("condemned the launches"), quote("welcomed the talks"), quote("The ministers"), quote("launches")));
		ClaimBenchRun migrate = ClaimBenchRun.of("migrate", folder);
		assertEquals(0, migrate.exitCode(), migrate.toString());
		String migrated = Files.readString(folder.resolve("d.claims"));
		assertTrue(migrated.startsWith("document d source \"t.txt\" schema s version 2\n"), migrated);
		assertTrue(migrated.contains("claim c1 : Condemnation by ministers { tone harsh target weapons"), migrated);
		assertTrue(migrated.contains("claim c2 : Welcome by ministers { target talks"), migrated);
		assertTrue(migrated.contains("claim c3 : Judgement by ministers {") && migrated.contains("claim c4 : Judgement by ministers {"), migrated);
		assertTrue(migrate.out().contains("validated after migration: 0 errors"), migrate.toString());
	}

	/** Attributes merged into one: a value of either is carried over; an element with both would lose one. */
	@Test
	void mergedAttributesCarryTheirValuesAndBothPresentStopsTheMigration() throws IOException {
		String schema = """
				schema s version 2
				actor kind State
				claim kind Remark is Assessment { wording: text }
				changes in version 2 {
					merge attribute phrase, words of Remark into wording
				}
				""";
		writeProject(schema, """
				claim c1 : Remark by ministers { phrase "condemned" %s }
				claim c2 : Remark by ministers { words "welcomed" %s }
				""".formatted(quote("condemned the launches"), quote("welcomed the talks")));
		ClaimBenchRun migrate = ClaimBenchRun.of("migrate", folder);
		assertEquals(0, migrate.exitCode(), migrate.toString());
		String migrated = Files.readString(folder.resolve("d.claims"));
		assertTrue(migrated.contains("claim c1 : Remark by ministers { wording \"condemned\"")
				&& migrated.contains("claim c2 : Remark by ministers { wording \"welcomed\""), migrated);
		assertTrue(migrate.out().contains("validated after migration: 0 errors"), migrate.toString());

		writeProject(schema, """
				claim c1 : Remark by ministers { phrase "condemned" words "the launches" %s }
				""".formatted(quote("condemned the launches")));
		Map<String, String> before = files();
		ClaimBenchRun refused = ClaimBenchRun.of("migrate", folder);
		assertEquals(1, refused.exitCode(), refused.toString());
		assertTrue(refused.err().contains("d.claims:3: error: claim c1 (line 3)"), refused.toString());
		assertTrue(refused.err().contains("migrate: nothing written: 1 annotation could not be migrated"), refused.toString());
		assertEquals(before, files());
	}

	@Test
	void aMigrationThatWouldLoseAnAnnotationStopsNamesItAndWritesNothing() throws IOException {
		writeProject("""
				schema s version 2
				actor kind State
				enum Target { weapons talks }
				claim kind Condemnation is Assessment { target: Target  topics: text }
				claim kind Welcome is Assessment { target: Target }
				claim kind Remark is Assessment
				changes in version 2 {
					split kind Reaction into Condemnation if target = weapons, Welcome if target = talks
					make attribute topics of Condemnation single
					move attribute target of Welcome to Condemnation
				}
				""", """
				claim c1 : Reaction by ministers { target weapons %s }
				claim c2 : Reaction by ministers { %s }
				claim c3 : Condemnation by ministers { topics "launches", "talks" %s }
				""".formatted(quote("condemned the launches"), quote("welcomed the talks"), quote("launches")));
		Map<String, String> before = files();
		ClaimBenchRun migrate = ClaimBenchRun.of("migrate", folder);
		assertEquals(1, migrate.exitCode(), migrate.toString());
		assertTrue(migrate.err().contains("d.claims:4: error: claim c2 (line 4) is of kind Reaction, which version 2 splits into "
				+ "Condemnation, Welcome, and its values match none of the cases"), migrate.toString());
		assertTrue(migrate.err().contains("d.claims:5: error: claim c3 (line 5) has 2 values for 'topics', which version 2 makes single"),
				migrate.toString());
		assertTrue(migrate.err().contains("migrate: nothing written: 2 annotations could not be migrated"), migrate.toString());
		assertEquals(before, files());
	}

	@Test
	void aChangeThatDoesNotFitTheSchemaIsAnErrorWithItsLineAndMigrateRefuses() throws IOException {
		writeProject("""
				schema s version 2
				actor kind State
				claim kind Talk is Event
				changes in version 2 {
					rename kind Meeting to Gathering
					rename kind Talk to Talk2
				}
				changes in version 3 {
				}
				""", "claim c : Meeting by ministers { " + quote("talks") + " }\n");
		ClaimBenchRun validate = ClaimBenchRun.of("validate", folder.resolve("s.cbschema"));
		assertEquals(1, validate.exitCode(), validate.toString());
		assertTrue(validate.out().contains("s.cbschema:5:") && validate.out().contains("No kind 'Gathering' is declared in schema 's'"),
				validate.toString());
		assertTrue(validate.out().contains("s.cbschema:6:") && validate.out().contains("'Talk' is still declared"), validate.toString());
		assertTrue(validate.out().contains("s.cbschema:8:")
				&& validate.out().contains("These changes lead to version 3, but schema 's' is at version 2: write 'version 3' after its name"),
				validate.toString());
		assertTrue(validate.out().contains("[claimbench.changeNotApplicable]"), validate.toString());

		Map<String, String> before = files();
		ClaimBenchRun migrate = ClaimBenchRun.of("migrate", folder);
		assertEquals(2, migrate.exitCode(), migrate.toString());
		assertTrue(migrate.err().contains("migrate: nothing written: fix the schema's errors first"), migrate.toString());
		assertEquals(before, files());
	}

	/**
	 * A generated project (forty documents, seeded) coded against version 1, then every kind of change at once:
	 * every document migrates, validates, keeps each of its claims and relations, and a second run changes nothing.
	 */
	@Test
	void aGeneratedCorpusMigratesThroughEveryChangeKindWithoutLosingAnAnnotation() throws IOException {
		String text = "Alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu.\n";
		String[] words = text.strip().replace(".", "").split(" ");
		Files.writeString(folder.resolve("t.txt"), text);
		Files.writeString(folder.resolve("s.cbschema"), """
				schema s version 2
				actor kind State
				enum Level { low middle high }
				claim kind Judgement is Assessment { level: Level  grade: Level  topic: text* }
				claim kind Plan is Intent { level: Level }
				claim kind Firm is Commitment { level: Level }
				claim kind Soft is Commitment { level: Level }
				claim kind Report is Event { level: Level  topic: text }
				relation kind grounds from Assessment to Intent, Commitment
				changes in version 2 {
					rename kind Assessing to Judgement
					rename attribute strength of Judgement to grade
					rename literal medium of Level to middle
					merge kind Aim, Goal into Plan
					split kind Pledge into Firm if level = high, Soft otherwise
					rename relation justifies to grounds
					make attribute topic of Judgement many
					move attribute level of Report to Report
				}
				""");
		String[] oldKinds = { "Assessing", "Aim", "Goal", "Pledge", "Report" };
		String[] levels = { "low", "medium", "high" };
		java.util.Random random = new java.util.Random(20261203);
		int claims = 0;
		int relations = 0;
		for (int d = 0; d < 40; d++) {
			StringBuilder document = new StringBuilder("document d" + d + " source \"t.txt\" schema s\nactor they : State\n");
			java.util.List<String> assessments = new java.util.ArrayList<>();
			java.util.List<String> aims = new java.util.ArrayList<>();
			for (int c = 0; c < 10; c++) {
				String kind = oldKinds[random.nextInt(oldKinds.length)];
				String word = words[random.nextInt(words.length)];
				String level = levels[random.nextInt(levels.length)];
				String name = "c" + c;
				String attributes = switch (kind) {
					case "Assessing" -> "level " + level + " strength " + levels[random.nextInt(3)] + " topic \"" + word + "\"";
					case "Report" -> "topic \"" + word + "\"";
					default -> "level " + level;
				};
				document.append("claim ").append(name).append(" : ").append(kind).append(" by they { ").append(attributes)
						.append(" quote \"").append(word).append("\" at ").append(wordAt(text, word)).append(" }\n");
				(kind.equals("Assessing") ? assessments : kind.equals("Report") ? new java.util.ArrayList<String>() : aims).add(name);
				claims++;
			}
			if (!assessments.isEmpty() && !aims.isEmpty()) {
				document.append("relation justifies ").append(assessments.get(0)).append(" -> ").append(aims.get(0)).append("\n");
				relations++;
			}
			Files.writeString(folder.resolve("d" + d + ".claims"), document.toString());
		}

		ClaimBenchRun migrate = ClaimBenchRun.of("migrate", folder);
		assertEquals(0, migrate.exitCode(), migrate.toString());
		assertTrue(migrate.out().contains("migrate: 40 of 40 documents migrated\n"), migrate.toString());
		assertTrue(migrate.out().contains("validated after migration: 0 errors"), migrate.toString());
		ClaimBenchRun validate = ClaimBenchRun.of("validate", folder);
		assertEquals(0, validate.exitCode(), validate.toString());
		assertTrue(validate.out().contains("41 files checked: 0 errors, 0 warnings"), validate.toString());

		Map<String, String> once = files();
		String all = String.join("", once.entrySet().stream().filter(e -> e.getKey().endsWith(".claims")).map(Map.Entry::getValue).toList());
		assertEquals(claims, all.split("\nclaim ", -1).length - 1, "every claim is still there");
		assertEquals(relations, all.split("\nrelation grounds ", -1).length - 1, "every relation is still there");
		for (String gone : new String[] { ": Assessing ", ": Aim ", ": Goal ", ": Pledge ", " strength ", " medium", "justifies" }) {
			assertFalse(all.contains(gone), gone);
		}
		ClaimBenchRun again = ClaimBenchRun.of("migrate", folder);
		assertEquals(0, again.exitCode(), again.toString());
		assertEquals(once, files());
	}

	/** Where the whole word stands: indexOf("eta") found the end of "beta", an anchor that cut a word. */
	private static int wordAt(String text, String word) {
		java.util.regex.Matcher whole = java.util.regex.Pattern.compile("\\b" + java.util.regex.Pattern.quote(word) + "\\b").matcher(text);
		assertTrue(whole.find(), word);
		return whole.start();
	}
}
