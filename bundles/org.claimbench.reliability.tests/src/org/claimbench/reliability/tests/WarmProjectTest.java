package org.claimbench.reliability.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.claimbench.core.Diagnostic;
import org.claimbench.reliability.Fuzz;
import org.claimbench.reliability.Mutations;
import org.claimbench.reliability.jazzer.SchemaTarget;
import org.claimbench.reliability.jazzer.ValidatedFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Jazzer document target parses the sample project's other files once for all inputs, and the schema target
 * indexes them once. Whatever the input,
 * and whatever came before it, it must give the diagnostics that {@code claimbench validate} gives when it parses
 * every file again: otherwise the fast target would fuzz something other than the product.
 */
class WarmProjectTest {

	@TempDir
	Path work;

	@Test
	void everyInputGetsTheDiagnosticsOfAValidateThatParsesEveryFileAgain() throws IOException {
		Path sample = SampleFolder.path();
		ValidatedFile cold = ValidatedFile.sampleDocument(sample, work.resolve("cold"), false);
		ValidatedFile warm = ValidatedFile.sampleDocument(sample, work.resolve("warm"), true);
		String statement = Files.readString(sample.resolve(Fuzz.SAMPLE_DOCUMENT), StandardCharsets.UTF_8);
		String crossReference = "us_japan_2023.strengthenCapacity";
		assertTrue(statement.contains(crossReference), "the sample refers to its 2023 statement");

		List<String> inputs = new ArrayList<>();
		inputs.add(statement);
		inputs.add(statement.replace(crossReference, "us_japan_2023.noSuchClaim"));
		inputs.add(statement.replace(crossReference, "noSuchStatement.strengthenCapacity"));
		inputs.add(statement); // back to valid after dangling references
		inputs.add(statement.substring(0, statement.indexOf("relation reaffirms reinforcePosture")));
		// The name of another document of the project: an error either way.
		inputs.add(statement.substring(0, statement.indexOf("relation reaffirms reinforcePosture")).replace("document us_japan_edd_2024\n",
				"document us_japan_2023\n"));
		Mutations mutations = new Mutations(20261203L);
		List<String> dictionary = Mutations.tokens(statement).stream().filter(t -> !t.isBlank()).distinct().toList();
		for (int i = 0; i < 60; i++) {
			inputs.add(i % 2 == 0 ? mutations.mutateTokens(statement, dictionary) : mutations.mutateCharacters(statement));
		}

		assertSameDiagnostics(cold, warm, inputs);
	}

	@Test
	void everySchemaGetsTheDiagnosticsOfAValidateThatParsesEveryFileAgain() throws IOException {
		Path sample = SampleFolder.path();
		ValidatedFile cold = ValidatedFile.sampleSchema(sample, work.resolve("cold"), false);
		ValidatedFile warm = ValidatedFile.sampleSchema(sample, work.resolve("warm"), true);
		String schema = Files.readString(sample.resolve(SchemaTarget.FUZZED_SCHEMA), StandardCharsets.UTF_8);
		assertTrue(schema.contains("claim kind ThreatAssessment "), "the sample's statement uses this kind");

		List<String> inputs = new ArrayList<>();
		inputs.add(schema);
		inputs.add(schema.replace("claim kind ThreatAssessment ", "claim kind ThreatAppraisal ")); // the statement's kind gone
		inputs.add(schema); // back to valid
		inputs.add(schema.replace("\timport codebook\n", "")); // the base kinds gone
		inputs.add(schema.replace("schema deterrence", "schema codebook")); // another schema's name
		inputs.add(schema + "\nenum Scope \"Again.\" { local }\n"); // a name twice
		inputs.add(schema.substring(0, schema.length() / 2)); // cut in the middle of a declaration
		Mutations mutations = new Mutations(20261204L);
		List<String> dictionary = Mutations.tokens(schema).stream().filter(t -> !t.isBlank()).distinct().toList();
		for (int i = 0; i < 60; i++) {
			inputs.add(i % 2 == 0 ? mutations.mutateTokens(schema, dictionary) : mutations.mutateCharacters(schema));
		}
		assertSameDiagnostics(cold, warm, inputs);
	}

	private void assertSameDiagnostics(ValidatedFile cold, ValidatedFile warm, List<String> inputs) {
		int valid = 0;
		int broken = 0;
		for (int i = 0; i < inputs.size(); i++) {
			byte[] input = inputs.get(i).getBytes(StandardCharsets.UTF_8);
			List<Diagnostic> found = cold.validate(input);
			List<String> expected = shown(found, work.resolve("cold"));
			assertEquals(expected, shown(warm.validate(input), work.resolve("warm")), "input " + i + ":\n" + inputs.get(i));
			if (found.stream().anyMatch(Diagnostic::isError)) {
				broken++;
			} else {
				valid++;
			}
		}
		assertTrue(valid >= 2, "valid inputs compared: " + valid);
		assertTrue(broken >= 20, "inputs with errors compared: " + broken);
	}

	/** The diagnostics as a user reads them, with the copy's folder left out: the two copies lie in different folders. */
	private static List<String> shown(List<Diagnostic> diagnostics, Path folder) {
		return diagnostics.stream().map(d -> (d.file() == null ? "" : d.file().getFileName()) + ":" + d.line() + ":" + d.column()
				+ ".." + d.endLine() + ":" + d.endColumn() + " " + d.severity() + " " + d.code() + " "
				+ d.message().replace(folder.toUri().getPath(), "/PROJECT/").replace(folder.toString(), "PROJECT")).toList();
	}
}
