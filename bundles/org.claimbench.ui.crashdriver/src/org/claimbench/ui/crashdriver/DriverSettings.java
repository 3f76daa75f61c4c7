package org.claimbench.ui.crashdriver;

import java.nio.file.Path;

/**
 * What the crash test asks of the driver, as system properties (the test hands them to the product's start script
 * through {@code JAVA_TOOL_OPTIONS}): {@code claimbench.crash.report} where to report what was restored after the
 * start (check), {@code claimbench.crash.log} where to log the edits made after it (annotate), both when a restart
 * both checks the last kill and prepares the next; {@code claimbench.crash.seed} the seed of the edits and their pace;
 * {@code claimbench.crash.saves=false} never saves. Without a report or a log the driver does nothing.
 */
record DriverSettings(Path report, Path log, long seed, boolean saves) {

	/** The sample project's annotation document, as the first start creates it. */
	static final String DOCUMENT = "/us-japan-edd-2024/us-japan-edd-2024.claims";

	static DriverSettings fromSystem() {
		return new DriverSettings(path("claimbench.crash.report"), path("claimbench.crash.log"),
				Long.getLong("claimbench.crash.seed", 1), !"false".equals(System.getProperty("claimbench.crash.saves")));
	}

	private static Path path(String property) {
		String value = System.getProperty(property);
		return value == null || value.isBlank() ? null : Path.of(value);
	}

	boolean checks() {
		return report != null;
	}

	boolean edits() {
		return log != null;
	}
}
