package org.claimbench.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.claimbench.cli.Progress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/** What a team sees when CI runs {@code claimbench validate} on its annotations. */
class ValidateCommandTest {

	@TempDir
	Path folder;

	@Test
	void cleanSampleFolderExitsZeroWithSummary() throws IOException {
		Sample.writeTo(folder);
		ClaimBenchRun run = ClaimBenchRun.of("validate", folder);
		assertEquals(0, run.exitCode(), run.toString());
		assertEquals("2 files checked: 0 errors, 0 warnings\n", run.out(), run.toString());
		assertEquals("", run.err(), "quiet on a non-terminal: " + run);
	}

	@Test
	void terminalShowsFilesDoneOfTotalOnStderrOnly() throws IOException {
		Sample.writeTo(folder);
		ClaimBenchRun run = ClaimBenchRun.with(new Progress(true), "validate", folder);
		assertEquals(0, run.exitCode(), run.toString());
		assertTrue(run.err().contains("\rvalidated 1/2 files\rvalidated 2/2 files"), run.toString());
		assertEquals("2 files checked: 0 errors, 0 warnings\n", run.out(), run.toString());
	}

	@Test
	void hiddenFoldersAreNotSearched() throws IOException {
		Sample.writeTo(folder);
		Path backup = folder.resolve(".backup");
		Files.createDirectories(backup);
		Sample.write(backup.resolve("old.claims"), "document old source");
		ClaimBenchRun run = ClaimBenchRun.of("validate", folder);
		assertEquals(0, run.exitCode(), run.toString());
		assertEquals("2 files checked: 0 errors, 0 warnings\n", run.out(), run.toString());
	}

	@Test
	void documentAloneFindsTheSchemaBesideIt() throws IOException {
		Path document = Sample.writeTo(folder);
		ClaimBenchRun run = ClaimBenchRun.of("validate", document);
		assertEquals(0, run.exitCode(), run.toString());
		assertTrue(run.out().startsWith("1 file checked: 0 errors"), run.toString());
	}

	@Test
	void unresolvedKindIsReportedWithFileLineColumnAndCode() throws IOException {
		Path document = Sample.writeTo(folder);
		Sample.write(document, Sample.document().replace("nk : ThreatAssessment by Ministers", "nk : ThreatAssessment by Ministrs"));
		ClaimBenchRun run = ClaimBenchRun.of("validate", folder);
		assertEquals(1, run.exitCode(), run.toString());
		int column = Sample.document().lines().toList().get(5).indexOf("Ministers") + 1;
		String expected = document + ":6:" + column + ": error: This document has no actor named 'Ministrs'"
				+ " [claimbench.unresolvedReference]";
		assertTrue(run.out().contains(expected), run.toString());
		assertTrue(run.out().endsWith("2 files checked: 1 error, 0 warnings\n"), run.toString());
	}

	@Test
	void syntaxErrorIsAnErrorNotACrash() throws IOException {
		Path document = Sample.writeTo(folder);
		Sample.write(document, Sample.document().replace("relation motivates nk -> talks", "relation motivates nk ->"));
		ClaimBenchRun run = ClaimBenchRun.of("validate", document);
		assertEquals(1, run.exitCode(), run.toString());
		assertTrue(run.out().contains(document + ":"), run.toString());
		assertTrue(run.out().contains(": error: "), run.toString());
		assertTrue(run.out().contains("[org.eclipse.xtext.diagnostics.Diagnostic.Syntax]"), run.toString());
	}

	@Test
	void missingSourceTextIsOneErrorOnTheDocumentLine() throws IOException {
		Path document = Sample.writeTo(folder);
		Sample.write(document, Sample.document().replace("\"edd.txt\"", "\"gone.txt\""));
		ClaimBenchRun run = ClaimBenchRun.of("validate", document);
		assertEquals(1, run.exitCode(), run.toString());
		assertEquals(1, run.out().lines().filter(l -> l.contains("[claimbench.sourceNotFound]")).count(), run.toString());
		assertTrue(run.out().contains(document + ":1:"), run.toString());
		assertTrue(run.out().contains("Source text 'gone.txt' does not exist next to the document"), run.toString());
	}

	@Test
	void jsonFormatCountsErrors() throws IOException {
		Path document = Sample.writeTo(folder);
		Sample.write(document, Sample.document().replace("nk : ThreatAssessment by Ministers", "nk : ThreatAssessment by Ministrs"));
		ClaimBenchRun run = ClaimBenchRun.of("validate", "--format", "json", folder);
		assertEquals(1, run.exitCode(), run.toString());
		JsonFormats.assertValidDiagnostics(run.out());
		JsonObject report = JsonParser.parseString(run.out()).getAsJsonObject();
		assertEquals(2, report.get("files").getAsInt());
		assertEquals(1, report.get("errors").getAsInt());
		JsonObject diagnostic = report.getAsJsonArray("diagnostics").get(0).getAsJsonObject();
		assertEquals(6, diagnostic.get("line").getAsInt());
		assertEquals("error", diagnostic.get("severity").getAsString());
	}

	@Test
	void sarifIsValid210WithRuleIdAndLocation() throws IOException {
		Path document = Sample.writeTo(folder);
		Sample.write(document, Sample.document().replace("nk : ThreatAssessment by Ministers", "nk : ThreatAssessment by Ministrs"));
		ClaimBenchRun run = ClaimBenchRun.of("validate", "--format", "sarif", folder);
		assertEquals(1, run.exitCode(), run.toString());
		JsonObject log = JsonParser.parseString(run.out()).getAsJsonObject();
		assertEquals("2.1.0", log.get("version").getAsString());
		JsonObject sarifRun = log.getAsJsonArray("runs").get(0).getAsJsonObject();
		assertEquals("claimbench", sarifRun.getAsJsonObject("tool").getAsJsonObject("driver").get("name").getAsString());
		JsonObject result = sarifRun.getAsJsonArray("results").get(0).getAsJsonObject();
		assertEquals("claimbench.unresolvedReference", result.get("ruleId").getAsString());
		assertEquals("error", result.get("level").getAsString());
		JsonObject location = result.getAsJsonArray("locations").get(0).getAsJsonObject()
				.getAsJsonObject("physicalLocation");
		assertEquals(document.toUri().toString(), location.getAsJsonObject("artifactLocation").get("uri").getAsString());
		assertEquals(6, location.getAsJsonObject("region").get("startLine").getAsInt());
		int column = Sample.document().lines().toList().get(5).indexOf("Ministers") + 1;
		assertEquals(column, location.getAsJsonObject("region").get("startColumn").getAsInt());
	}
}
