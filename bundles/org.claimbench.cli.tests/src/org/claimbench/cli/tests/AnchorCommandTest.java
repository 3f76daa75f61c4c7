package org.claimbench.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * Coding by hand without counting characters: quotes and mentions written without {@code at N} validate
 * with a warning that says where they are, and {@code claimbench anchor} writes the offsets.
 */
class AnchorCommandTest {

	private static final String SOURCE = "Japan and the United States reaffirm their alliance. Japan welcomes its role.\n";

	@TempDir
	Path folder;

	private Path project(String claims) throws IOException {
		return project(SOURCE, claims);
	}

	private Path project(String source, String claims) throws IOException {
		Files.writeString(folder.resolve("s.cbschema"), "schema s\nactor kind State\nclaim kind Pledge is Commitment\n");
		Files.writeString(folder.resolve("t.txt"), source);
		Path document = folder.resolve("d.claims");
		Files.writeString(document, "document d source \"t.txt\" schema s\n" + claims);
		return document;
	}

	@Test
	void quotesWithoutOffsetsValidateWithAWarningAndAnchorWritesTheirOffsets() throws IOException {
		Path document = project("""
				actor Japan : State {
					mention "Japan" suffix " welcomes"
				}
				claim alliance : Pledge by Japan {
					quote "reaffirm their alliance"
				}
				""");
		ClaimBenchRun before = ClaimBenchRun.of("validate", document);
		assertEquals(0, before.exitCode(), before.toString());
		assertTrue(before.out().contains("Quote \"reaffirm their alliance\" has no offset; it occurs once, at offset "
				+ SOURCE.indexOf("reaffirm") + " (t.txt, line 1)"), before.toString());
		assertTrue(before.out().contains("1 file checked: 0 errors, 2 warnings"), before.toString());

		ClaimBenchRun anchored = ClaimBenchRun.of("anchor", folder);
		assertEquals(0, anchored.exitCode(), anchored.toString());
		String text = Files.readString(document);
		assertTrue(text.contains("mention \"Japan\" at " + SOURCE.indexOf("Japan welcomes") + " suffix \" welcomes\""), text);
		assertTrue(text.contains("quote \"reaffirm their alliance\" at " + SOURCE.indexOf("reaffirm")), text);
		ClaimBenchRun after = ClaimBenchRun.of("validate", document);
		assertEquals("1 file checked: 0 errors, 0 warnings\n", after.out(), after.toString());
	}

	@Test
	void aQuoteThatOccursTwiceIsAnErrorListingBothAndIsLeftAlone() throws IOException {
		String claims = """
				actor Japan : State {
					mention "Japan"
				}
				""";
		Path document = project(claims);
		ClaimBenchRun validate = ClaimBenchRun.of("validate", document);
		assertEquals(1, validate.exitCode(), validate.toString());
		assertTrue(validate.out().contains("Mention \"Japan\" has no offset and occurs at offset 0 (line 1), offset "
				+ SOURCE.indexOf("Japan welcomes") + " (line 1) in t.txt"), validate.toString());
		ClaimBenchRun anchor = ClaimBenchRun.of("anchor", document);
		assertEquals(1, anchor.exitCode(), anchor.toString());
		assertTrue(anchor.err().contains("\"Japan\" occurs at 0, " + SOURCE.indexOf("Japan welcomes")), anchor.toString());
		assertEquals("document d source \"t.txt\" schema s\n" + claims, Files.readString(document), "nothing written");
	}

	@Test
	void aQuoteTypedWithStraightQuotesIsNamedANearMissAsValidateNamesIt() throws IOException {
		String text = "The Allies\u2019 sustained efforts continue.\n";
		String claims = "claim efforts : Pledge {\n\tquote \"Allies' sustained efforts\"\n}\n";
		Path document = project(text, claims);
		ClaimBenchRun anchor = ClaimBenchRun.of("anchor", document);
		assertEquals(1, anchor.exitCode(), anchor.toString());
		assertTrue(anchor.err().contains("\"Allies' sustained efforts\" does not occur as written; it matches the text at offset 4"
				+ " (t.txt, line 1) except for \u2019 where the quote has '"), anchor.toString());
		assertFalse(anchor.err().contains("occurs nowhere"), anchor.toString());
		assertEquals("document d source \"t.txt\" schema s\n" + claims, Files.readString(document), "nothing written");
	}

	@Test
	void aMissingSourceIsPlacedWhereTheDocumentNamesIt() throws IOException {
		Path document = project("claim alliance : Pledge {\n\tquote \"reaffirm their alliance\"\n}\n");
		Files.delete(folder.resolve("t.txt"));
		ClaimBenchRun anchor = ClaimBenchRun.of("anchor", document);
		assertEquals(2, anchor.exitCode(), anchor.toString());
		int column = "document d source ".length() + 1;
		assertTrue(anchor.err().contains("d.claims:1:" + column + ": error: Source text 't.txt' does not exist next to the document"),
				anchor.toString());
	}

	@Test
	void exportRefusesAnchorsWithoutOffsets() throws IOException {
		project("claim alliance : Pledge {\n\tquote \"reaffirm their alliance\"\n}\n");
		ClaimBenchRun export = ClaimBenchRun.of("export", folder, "--to", "json", "-o", folder.resolve("out.json"));
		assertEquals(1, export.exitCode(), export.toString());
		assertTrue(export.err().contains("claimbench anchor"), export.toString());
	}

	@Test
	void validateReportsTheSuggestedOffsetAsAFieldOfJsonAndSarif() throws IOException {
		project("actor Japan : State\nclaim alliance : Pledge by Japan {\n\tquote \"reaffirm their alliance\"\n}\n");
		int offset = SOURCE.indexOf("reaffirm");
		ClaimBenchRun json = ClaimBenchRun.of("validate", "--format", "json", folder);
		assertEquals(0, json.exitCode(), json.toString());
		JsonFormats.assertValidDiagnostics(json.out());
		JsonObject diagnostic = JsonParser.parseString(json.out()).getAsJsonObject().getAsJsonArray("diagnostics").get(0)
				.getAsJsonObject();
		assertEquals("claimbench.offsetMissing", diagnostic.get("code").getAsString());
		assertEquals(offset, diagnostic.get("suggestedOffset").getAsInt());

		ClaimBenchRun sarif = ClaimBenchRun.of("validate", "--format", "sarif", folder);
		JsonObject result = JsonParser.parseString(sarif.out()).getAsJsonObject().getAsJsonArray("runs").get(0)
				.getAsJsonObject().getAsJsonArray("results").get(0).getAsJsonObject();
		assertEquals(offset, result.getAsJsonObject("properties").get("suggestedOffset").getAsInt());
	}

	@Test
	void pronounsWithAnOffsetGetTheShortestContextInWholeWordsAndOneWithoutStaysAnError() throws IOException {
		String source = "Japan welcomes its role and its partners. Japan and its allies.\n";
		String claims = """
				actor Japan : State {
					mention "its" at 15
					mention "its" at 28
					mention "its"
					mention "Japan" suffix " and"
				}
				""";
		Path document = project(source, claims);
		ClaimBenchRun dryRun = ClaimBenchRun.of("anchor", "--dry-run", document);
		assertEquals(1, dryRun.exitCode(), dryRun.toString());
		assertTrue(dryRun.out().contains("d.claims:3: gave \"its\" at 15 the context suffix \" role\""), dryRun.toString());
		assertTrue(dryRun.out().contains("d.claims:4: gave \"its\" at 28 the context suffix \" partners\""), dryRun.toString());
		assertTrue(dryRun.err().contains("d.claims:5: error: \"its\" occurs at 15, 28, 52"), dryRun.toString());
		assertTrue(dryRun.out().contains("d.claims:6: placed \"Japan\" at 42"), dryRun.toString());
		assertTrue(dryRun.out().contains("2 without an offset: 1 placed, 1 left; 2 repeated quotes given context (dry run"),
				dryRun.toString());
		assertEquals("document d source \"t.txt\" schema s\n" + claims, Files.readString(document), "dry run");

		ClaimBenchRun offsetsOnly = ClaimBenchRun.of("anchor", "--no-context", "--dry-run", document);
		assertTrue(!offsetsOnly.out().contains("gave"), offsetsOnly.toString());

		ClaimBenchRun anchor = ClaimBenchRun.of("anchor", document);
		assertEquals(1, anchor.exitCode(), anchor.toString());
		assertEquals("document d source \"t.txt\" schema s\n" + """
				actor Japan : State {
					mention "its" at 15 suffix " role"
					mention "its" at 28 suffix " partners"
					mention "its"
					mention "Japan" at 42 suffix " and"
				}
				""", Files.readString(document));
		ClaimBenchRun again = ClaimBenchRun.of("anchor", document);
		assertTrue(again.out().contains("1 without an offset: 0 placed, 1 left\n"), again.toString());
	}
}
