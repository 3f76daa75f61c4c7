package org.claimbench.reliability.jazzer;

import java.nio.file.Path;

/**
 * Jazzer target for the annotation language: each input is the sample's statement file (.claims) in a copy
 * of its project, parsed, linked and validated as {@code claimbench validate} does (see {@link ValidatedFile}), the
 * project's other files parsed once for all inputs ({@link WarmProject}).
 */
public final class DocumentTarget {

	private static ValidatedFile target;

	private DocumentTarget() {
	}

	public static void fuzzerInitialize() {
		initialize(JazzerFolders.sample(), JazzerFolders.work("claims"));
	}

	public static void initialize(Path sample, Path work) {
		target = ValidatedFile.sampleDocument(sample, work, true);
	}

	public static void fuzzerTestOneInput(byte[] input) {
		SecondLimit.check(input, target::validate);
	}

	/** The properties without the time limit, for replaying findings in tests. */
	public static void test(byte[] input) {
		target.validate(input);
	}
}
