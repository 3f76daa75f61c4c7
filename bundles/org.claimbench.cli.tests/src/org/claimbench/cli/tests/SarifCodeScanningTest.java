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
 * SARIF that code-scanning services take: paths relative to a recorded base and percent-encoded,
 * described rules, the working folder recorded, and fingerprints that survive unrelated edits.
 */
class SarifCodeScanningTest {

	@TempDir
	Path root;

	private JsonObject sarif(Path base, Path folder) {
		ClaimBenchRun run = ClaimBenchRun.of("validate", "--format", "sarif", "--base", base, folder);
		assertEquals(1, run.exitCode(), run.toString());
		return JsonParser.parseString(run.out()).getAsJsonObject().getAsJsonArray("runs").get(0).getAsJsonObject();
	}

	private static JsonObject firstResult(JsonObject run) {
		return run.getAsJsonArray("results").get(0).getAsJsonObject();
	}

	private static JsonObject artifact(JsonObject result) {
		return result.getAsJsonArray("locations").get(0).getAsJsonObject().getAsJsonObject("physicalLocation")
				.getAsJsonObject("artifactLocation");
	}

	@Test
	void aFolderWithASpaceAHashAndAnUmlautGivesARelativePercentEncodedUri() throws IOException {
		Path folder = Files.createDirectories(root.resolve("sp ace#ü"));
		Path document = Sample.writeTo(folder);
		Sample.write(document, Sample.document().replace("by Ministers", "by Ministrs"));
		JsonObject run = sarif(root, folder);
		JsonObject artifact = artifact(firstResult(run));
		JsonObject region = firstResult(run).getAsJsonArray("locations").get(0).getAsJsonObject()
				.getAsJsonObject("physicalLocation").getAsJsonObject("region");
		assertEquals(region.get("startLine").getAsInt(), region.get("endLine").getAsInt());
		assertEquals("Ministrs".length(), region.get("endColumn").getAsInt() - region.get("startColumn").getAsInt(),
				"the region ends after the misspelt name");
		assertEquals("sp%20ace%23%C3%BC/" + document.getFileName(), artifact.get("uri").getAsString());
		assertEquals("SRCROOT", artifact.get("uriBaseId").getAsString());
		String base = run.getAsJsonObject("originalUriBaseIds").getAsJsonObject("SRCROOT").get("uri").getAsString();
		assertTrue(base.startsWith("file:/") && base.endsWith("/") && !base.contains(" "), base);
		assertTrue(run.getAsJsonArray("invocations").get(0).getAsJsonObject().getAsJsonObject("workingDirectory").get("uri")
				.getAsString().startsWith("file:/"));
		JsonObject rule = run.getAsJsonObject("tool").getAsJsonObject("driver").getAsJsonArray("rules").get(0).getAsJsonObject();
		assertEquals("claimbench.unresolvedReference", rule.get("id").getAsString());
		assertEquals("Unresolved reference", rule.getAsJsonObject("shortDescription").get("text").getAsString());
		assertFalse(rule.getAsJsonObject("help").get("text").getAsString().isBlank());
	}

	@Test
	void aFingerprintSurvivesLinesAddedAboveTheProblem() throws IOException {
		Path document = Sample.writeTo(root);
		String broken = Sample.document().replace("by Ministers", "by Ministrs");
		Sample.write(document, broken);
		JsonObject before = firstResult(sarif(root, root));
		Sample.write(document, broken.replaceFirst("\n", "\n\n\n"));
		JsonObject after = firstResult(sarif(root, root));
		int lineBefore = before.getAsJsonArray("locations").get(0).getAsJsonObject().getAsJsonObject("physicalLocation")
				.getAsJsonObject("region").get("startLine").getAsInt();
		int lineAfter = after.getAsJsonArray("locations").get(0).getAsJsonObject().getAsJsonObject("physicalLocation")
				.getAsJsonObject("region").get("startLine").getAsInt();
		assertEquals(lineBefore + 2, lineAfter);
		assertEquals(before.getAsJsonObject("partialFingerprints"), after.getAsJsonObject("partialFingerprints"));
	}
}
