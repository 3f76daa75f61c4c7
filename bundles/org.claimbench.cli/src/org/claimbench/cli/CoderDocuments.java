package org.claimbench.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;

import org.claimbench.cli.report.TextReport;
import org.claimbench.core.Diagnostic;
import org.claimbench.model.claims.Document;

/** The coders' documents that agree, diff and merge compare, loaded and validated like any command's. */
final class CoderDocuments {

	private CoderDocuments() {
	}

	/** The documents of the paths, or null after saying on {@code err} why none can be compared. */
	static List<Document> load(List<Path> paths, WorkingDirectory workingDirectory, Progress progress, PrintWriter err,
			String command) {
		CheckedModel checked = CheckedModel.load(paths, workingDirectory, progress, err);
		if (checked.model().hasLoadProblems()) {
			checked.loadProblems(workingDirectory).forEach(d -> err.println(d.format()));
			return null;
		}
		warnOfErrors(err, command, checked.files(), checked.diagnostics());
		return checked.model().documents();
	}

	/** Versions with errors can still be compared; the user should know that some anchors may be off. */
	static void warnOfErrors(PrintWriter err, String command, int files, List<Diagnostic> diagnostics) {
		warnOfErrors(err, command, "errors", files, diagnostics);
	}

	/** As above, saying which errors were looked for when the command checks less than validate does. */
	static void warnOfErrors(PrintWriter err, String command, String errors, int files, List<Diagnostic> diagnostics) {
		if (diagnostics.stream().anyMatch(Diagnostic::isError)) {
			err.println("claimbench: " + command + ": the documents have " + errors + "; run 'claimbench validate' for them ("
					+ TextReport.summary(files, diagnostics) + ")");
		}
	}
}
