package org.claimbench.reliability.jazzer;

import java.nio.file.Path;

/**
 * Jazzer target for the schema language: each input is the sample's deterrence schema (.cbschema), which
 * imports the codebook and which the sample's statement uses; the schema and the statement are validated
 * together (see {@link ValidatedFile}), so the document checks meet odd schemas too, the project's index of the
 * other files built once for all inputs ({@link WarmSchema}).
 */
public final class SchemaTarget {

	/** The schema of the sample that its statement names. */
	public static final String FUZZED_SCHEMA = "deterrence.cbschema";

	private static ValidatedFile target;

	private SchemaTarget() {
	}

	public static void fuzzerInitialize() {
		initialize(JazzerFolders.sample(), JazzerFolders.work("cbschema"));
	}

	public static void initialize(Path sample, Path work) {
		target = ValidatedFile.sampleSchema(sample, work, true);
	}

	public static void fuzzerTestOneInput(byte[] input) {
		SecondLimit.check(input, target::validate);
	}

	/** The properties without the time limit, for replaying findings in tests. */
	public static void test(byte[] input) {
		target.validate(input);
	}
}
