package org.claimbench.reliability.jazzer;

import java.nio.file.Path;
import java.nio.file.Paths;

/**
 * Where the targets find the sample and may write, as Jazzer runs them: system properties rather than
 * Jazzer's {@code --target_args}, which splits at spaces and would break a path that has one.
 */
final class JazzerFolders {

	static final String SAMPLE = "claimbench.fuzz.sample";
	static final String WORK = "claimbench.fuzz.work";

	private JazzerFolders() {
	}

	static Path sample() {
		return Paths.get(required(SAMPLE)).toAbsolutePath();
	}

	/** A folder of the target's own under the work folder. */
	static Path work(String target) {
		return Paths.get(required(WORK)).toAbsolutePath().resolve(target);
	}

	private static String required(String property) {
		String value = System.getProperty(property);
		if (value == null || value.isBlank()) {
			throw new IllegalStateException("set -D" + property + " (see ./bootstrap.sh fuzz jazzer)");
		}
		return value;
	}
}
