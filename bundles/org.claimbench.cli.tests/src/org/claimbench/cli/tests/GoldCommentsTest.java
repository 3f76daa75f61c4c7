package org.claimbench.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.claimbench.core.ModelLoader;
import org.claimbench.core.agreement.AlignedStatement;
import org.claimbench.core.agreement.Statement;
import org.claimbench.core.curation.Choice;
import org.claimbench.core.curation.Curation;
import org.claimbench.core.curation.CurationUnit;
import org.claimbench.core.curation.GoldDocument;
import org.claimbench.model.claims.Document;
import org.eclipse.emf.common.util.URI;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A specialist's comments survive curation: the gold keeps the comments of each claim it takes, from the version it
 * takes it from, and the leading comments of the document it starts from; the files are written, parsed and
 * validated as a user's would be.
 */
class GoldCommentsTest {

	private static final String FIRST = "us-japan-edd-2024.claims";
	private static final String CODER_B = "us-japan-edd-2024.coder-b.claims";
	private static final String GOLD = "us-japan-edd-2024.gold.claims";

	@TempDir
	Path folder;

	@BeforeEach
	void commentTheVersions() throws IOException {
		BundledSample.copyInto(folder);
		edit(FIRST, "document us_japan_edd_2024\n", "// First coder's version, coded July 2024.\n/* Checked against the\n   ministry's English text. */\ndocument us_japan_edd_2024\n");
		edit(FIRST, "claim northKoreaThreat :", "// Both coders read this one alike.\nclaim northKoreaThreat :");
		edit(FIRST, "claim chinaThreat :", "// A: the threat starts with 'the'.\nclaim chinaThreat :");
		edit(FIRST, "\tdomains nuclear, missile\n", "\tdomains nuclear, missile // both programmes count\n");
		edit(CODER_B, "claim chinaThreat :", "/* B: the threat starts at 'accelerating' */\nclaim chinaThreat :");
		edit(CODER_B, "at 984\n", "at 984 // B moved the start\n");
	}

	private void edit(String file, String from, String to) throws IOException {
		Path path = folder.resolve(file);
		String text = Files.readString(path);
		assertTrue(text.contains(from), from + " in " + file);
		Files.writeString(path, text.replaceFirst(java.util.regex.Pattern.quote(from), java.util.regex.Matcher.quoteReplacement(to)));
	}

	@Test
	void theCuratedGoldKeepsTheCommentsOfWhatItTakes() throws IOException {
		List<Document> documents = new ModelLoader().load(List.of(folder)).documents();
		Curation curation = new Curation(AlignedStatement.of(Statement.ordered(List.of(byFile(documents, FIRST), byFile(documents, CODER_B)))));
		curation.choose(unit(curation, "ThreatAssessment", 976), Choice.take(1));
		curation.choose(unit(curation, "ThreatAssessment", 1046), Choice.take(0));
		curation.choose(unit(curation, "SignificanceAssessment", -1), Choice.take(0));
		curation.choose(unit(curation, "motivates", -1), Choice.take(1));
		curation.choose(unit(curation, "evaluates", -1), Choice.take(0));
		GoldDocument.Result result = GoldDocument.write(curation, URI.createFileURI(folder.resolve(GOLD).toString()), "us_japan_edd_2024_gold");
		Files.writeString(folder.resolve(GOLD), result.text());
		String text = Files.readString(folder.resolve(GOLD));

		assertTrue(text.startsWith("// First coder's version, coded July 2024.\n/* Checked against the\n   ministry's English text. */\n"
				+ "document us_japan_edd_2024_gold\n"), text);
		assertTrue(text.contains("\n// Both coders read this one alike.\nclaim northKoreaThreat : ThreatAssessment by Ministers {\n"), text);
		assertTrue(text.contains("\tdomains nuclear, missile // both programmes count\n"), text);
		// China's claim is Coder B's version, with Coder B's comments; the first coder's comment on it is not.
		assertTrue(text.contains("\n/* B: the threat starts at 'accelerating' */\nclaim chinaThreat : ThreatAssessment by Ministers from coder \"Coder B\" {\n"),
				text);
		assertTrue(text.contains("\tquote \"accelerating and opaque expansion of its nuclear arsenal\" at 984 // B moved the start\n"), text);
		assertFalse(text.contains("A: the threat starts") || text.contains("Illustrative"), text);

		ClaimBenchRun validate = ClaimBenchRun.of("validate", folder);
		assertEquals(0, validate.exitCode(), validate.toString());
		assertTrue(validate.out().contains("0 errors, 0 warnings"), validate.toString());
	}

	@Test
	void theMergedGoldKeepsThePreferredVersionsComments() throws IOException {
		Path gold = folder.resolve("gold").resolve("edd.gold.claims");
		Files.createDirectories(gold.getParent());
		for (String file : List.of("deterrence.cbschema", "codebook.cbschema", "us-japan-edd-2024.txt", "us-japan-actors.claims",
				"us-japan-2023.claims", "us-japan-joint-statement-2023.txt")) {
			Files.copy(folder.resolve(file), gold.resolveSibling(file));
		}
		ClaimBenchRun merge = ClaimBenchRun.of("merge", folder.resolve(FIRST), folder.resolve(CODER_B), "-o", gold, "--prefer", "Coder B");
		assertEquals(0, merge.exitCode(), merge.toString());
		String text = Files.readString(gold);

		assertTrue(text.startsWith("// Illustrative: a second coder's version of the sample statement"), text);
		assertEquals(1, text.split("B: the threat starts at 'accelerating'", -1).length - 1, text);
		assertTrue(text.contains("/* B: the threat starts at 'accelerating' */\nclaim chinaThreat : ThreatAssessment by Ministers from coder \"Coder B\" {"),
				text);
		assertTrue(text.contains(" at 984 // B moved the start\n"), text);
		assertEquals(0, ClaimBenchRun.of("validate", gold.getParent()).exitCode(), text);
	}

	private static Document byFile(List<Document> documents, String name) {
		return documents.stream().filter(d -> d.eResource().getURI().lastSegment().equals(name)).findFirst().orElseThrow();
	}

	private static CurationUnit unit(Curation curation, String label, int begin) {
		return curation.disputed().stream().filter(u -> u.row().label().startsWith(label) && (begin < 0 || u.begin() == begin))
				.findFirst().orElseThrow(() -> new AssertionError("no disputed unit " + label + " at " + begin));
	}
}
