package org.claimbench.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * The JSON formats as their published schemas specify them: {@code export --to json} is
 * claimbench-json/1 and {@code validate --format json} claimbench-diagnostics/1, each naming its format;
 * a document's source text and a relation's claims have names of their own.
 */
class JsonFormatTest {

	@TempDir
	Path folder;

	private static Path bundledSample() throws IOException {
		return BundledSample.folder();
	}

	private JsonObject exportOf(Path input) throws IOException {
		Path out = folder.resolve("export.json");
		ClaimBenchRun run = ClaimBenchRun.of("export", input, "--to", "json", "-o", out);
		assertEquals(0, run.exitCode(), run.toString());
		String json = Files.readString(out);
		JsonFormats.assertValidExport(json);
		return JsonParser.parseString(json).getAsJsonObject();
	}

	@Test
	void theBundledSampleExportsAsClaimbenchJson1() throws IOException {
		JsonObject root = exportOf(bundledSample());
		assertEquals("claimbench-json/1", root.get("format").getAsString());
		// The sample folder is a series: find the 2024 statement among its documents.
		JsonObject document = root.getAsJsonArray("documents").asList().stream().map(JsonElement::getAsJsonObject)
				.filter(d -> d.get("name").getAsString().equals("us_japan_edd_2024")).findFirst().orElseThrow();
		assertEquals("us-japan-edd-2024.txt", document.get("sourceText").getAsString());
		JsonObject mentions = document.getAsJsonArray("mentions").get(0).getAsJsonObject();
		assertEquals("ActorMentions", mentions.get("class").getAsString());
		assertTrue(mentions.get("actor").getAsString().endsWith("UnitedStates"), mentions.toString());
		assertFalse(document.has("source"));
		JsonObject relation = document.getAsJsonArray("relations").get(0).getAsJsonObject();
		assertEquals("Relation", relation.get("class").getAsString());
		assertTrue(relation.get("sourceClaim").getAsString().startsWith(document.get("id").getAsString() + "."), relation.toString());
		assertTrue(relation.has("targetClaim") && !relation.has("source") && !relation.has("target"), relation.toString());
		assertEquals(2, root.getAsJsonArray("schemas").size(), "the deterrence schema and the codebook it imports");
	}

	@Test
	void anAttributeDefinitionKeepsItsClassBesideItsType() throws IOException {
		JsonObject root = exportOf(Sample.writeTo(folder));
		JsonObject threat = root.getAsJsonArray("schemas").get(0).getAsJsonObject().getAsJsonArray("elements").asList()
				.stream().map(JsonElement::getAsJsonObject).filter(e -> e.get("name").getAsString().equals("ThreatAssessment"))
				.findFirst().orElseThrow();
		JsonObject subject = threat.getAsJsonArray("attributes").get(0).getAsJsonObject();
		assertEquals("AttributeDef", subject.get("class").getAsString());
		assertEquals("PrimitiveTypeRef", subject.getAsJsonObject("type").get("class").getAsString());
		assertEquals("actor", subject.getAsJsonObject("type").get("type").getAsString());
	}

	@Test
	void theSchemaRejectsAnExportInTheOldShape() throws IOException {
		JsonObject root = exportOf(Sample.writeTo(folder));
		JsonObject relation = root.getAsJsonArray("documents").get(0).getAsJsonObject().getAsJsonArray("relations").get(0)
				.getAsJsonObject();
		relation.add("source", relation.remove("sourceClaim"));
		root.remove("format");
		List<com.networknt.schema.Error> errors = JsonFormats.export().errors(root.toString());
		assertTrue(errors.stream().anyMatch(e -> e.getKeyword().equals("required") && e.getMessage().contains("format")),
				errors.toString());
		assertTrue(errors.stream().anyMatch(e -> e.getInstanceLocation().toString().startsWith("/documents/0/relations/0")),
				errors.toString());
	}

	@Test
	void validateReportsInClaimbenchDiagnostics1() throws IOException {
		Path document = Sample.writeTo(folder);
		Sample.write(document, Sample.document().replace("by Ministers", "by Ministrs"));
		Files.write(folder.resolve("latin1.claims"), new byte[] { 'd', (byte) 0xE9, '\n' });
		ClaimBenchRun run = ClaimBenchRun.of("validate", "--format", "json", folder);
		JsonFormats.assertValidDiagnostics(run.out());
		JsonObject report = JsonParser.parseString(run.out()).getAsJsonObject();
		assertEquals("claimbench-diagnostics/1", report.get("format").getAsString());
		List<JsonObject> diagnostics = report.getAsJsonArray("diagnostics").asList().stream().map(JsonElement::getAsJsonObject)
				.toList();
		JsonObject misspelt = diagnostics.stream().filter(d -> d.get("code").getAsString().equals("claimbench.unresolvedReference"))
				.findFirst().orElseThrow();
		assertEquals("Ministrs".length(), misspelt.get("endColumn").getAsInt() - misspelt.get("column").getAsInt());
		JsonObject wholeFile = diagnostics.stream().filter(d -> d.get("code").getAsString().endsWith("notUtf8")).findFirst()
				.orElseThrow();
		assertFalse(wholeFile.has("line"), "a problem of the whole file has no place in it: " + wholeFile);
	}
}
