package org.claimbench.cli.report;

import java.io.PrintWriter;
import java.util.List;

import org.claimbench.core.Diagnostic;
import org.claimbench.core.Severity;

/** One {@code file:line:col: severity: message [code]} line per diagnostic, then a summary. */
public class TextReport implements DiagnosticReport {

	@Override
	public void print(PrintWriter out, int files, List<Diagnostic> diagnostics) {
		diagnostics.forEach(d -> out.println(d.format()));
		out.println(summary(files, diagnostics));
	}

	public static String summary(int files, List<Diagnostic> diagnostics) {
		long errors = DiagnosticReport.count(diagnostics, Severity.ERROR);
		long warnings = DiagnosticReport.count(diagnostics, Severity.WARNING);
		return plural(files, "file") + " checked: " + plural(errors, "error") + ", " + plural(warnings, "warning");
	}

	/** "1 file", "2 files": for nouns that take an s. */
	public static String plural(long count, String noun) {
		return count + " " + noun + (count == 1 ? "" : "s");
	}
}
