package org.claimbench.cli.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;

import com.networknt.schema.Error;

/** The JSON formats ClaimBench writes, checked against the schemas the documentation publishes. */
final class JsonFormats {

	private static JsonSchemaCheck export;
	private static JsonSchemaCheck diagnostics;

	private JsonFormats() {
	}

	static synchronized JsonSchemaCheck export() throws IOException {
		if (export == null) {
			export = JsonSchemaCheck.fromBundle("org.claimbench.doc", "schema/claimbench-json-1.schema.json");
		}
		return export;
	}

	static synchronized JsonSchemaCheck diagnostics() throws IOException {
		if (diagnostics == null) {
			diagnostics = JsonSchemaCheck.fromBundle("org.claimbench.doc", "schema/claimbench-diagnostics-1.schema.json");
		}
		return diagnostics;
	}

	/** Fails listing every violation when {@code json} is not what {@code export --to json} promises. */
	static void assertValidExport(String json) throws IOException {
		List<Error> errors = export().errors(json);
		assertTrue(errors.isEmpty(), () -> "not claimbench-json/1: " + errors);
	}

	static void assertValidDiagnostics(String json) throws IOException {
		List<Error> errors = diagnostics().errors(json);
		assertTrue(errors.isEmpty(), () -> "not claimbench-diagnostics/1: " + errors + "\n" + json);
	}
}
