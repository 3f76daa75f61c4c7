package org.claimbench.cli.report;

import java.io.PrintWriter;
import java.util.List;

import org.claimbench.core.Diagnostic;
import org.claimbench.core.Severity;

/** Prints the outcome of a validation in one of the formats users and CI systems read. */
public interface DiagnosticReport {

	void print(PrintWriter out, int files, List<Diagnostic> diagnostics);

	static DiagnosticReport of(Format format) {
		return switch (format) {
			case text -> new TextReport();
			case json -> new JsonReport();
			case sarif -> new SarifReport();
		};
	}

	/** The names users type after {@code --format}. */
	enum Format {
		text, json, sarif
	}

	static long count(List<Diagnostic> diagnostics, Severity severity) {
		return diagnostics.stream().filter(d -> d.severity() == severity).count();
	}
}
