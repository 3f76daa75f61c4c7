package org.claimbench.reliability;

import java.util.Optional;

import org.claimbench.core.Diagnostic;

/**
 * What every diagnostic of the validators must give the user: a line (>= 1) to go to and a message.
 * Whole-file problems of the loader (not UTF-8, too large) are line 0 by design and not checked here.
 */
public final class DiagnosticProperty {

	private DiagnosticProperty() {
	}

	/** Why the diagnostic breaks the property, or empty when it keeps it. */
	public static Optional<String> broken(Diagnostic diagnostic) {
		if (diagnostic.line() < 1 || diagnostic.message() == null || diagnostic.message().isBlank()) {
			return Optional.of("diagnostic without a place or message: " + diagnostic.format());
		}
		return Optional.empty();
	}
}
