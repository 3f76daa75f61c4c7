package org.claimbench.ui.internal.agreement;

import java.net.URI;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.claimbench.core.Diagnostic;
import org.claimbench.core.agreement.AgreementReport;
import org.claimbench.core.agreement.Statement;
import org.claimbench.core.agreement.StatementStream;
import org.claimbench.core.agreement.UnitRow;
import org.claimbench.model.claims.Document;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;

/**
 * Measures a scope's agreement as {@code claimbench agree} does (the same statement stream, the same report with
 * γ's default seed and samples), reporting progress and stopping when cancelled. Remembers a coder's file of each
 * statement, so that a measure leads to its statement's curation.
 */
public final class AgreementRun {

	/** What was measured; {@code problem} says why nothing was, and then the report is null. */
	public record Result(AgreementReport report, Map<String, IFile> statementFiles, int errors, String problem) {

		/** Units of the statement (or of all, for {@link AgreementReport#POOLED}) that are not agreed. */
		public long disputes(String statement) {
			return report.rows().stream().filter(r -> r.status() != UnitRow.Status.AGREED)
					.filter(r -> AgreementReport.POOLED.equals(statement) || r.statement().equals(statement)).count();
		}
	}

	private record Measured(AgreementReport.Measured measured, String statement, IFile file) {
	}

	private AgreementRun() {
	}

	public static Result of(AgreementScope scope, IProgressMonitor monitor) {
		if (scope.problem() != null) {
			return problem(scope.problem());
		}
		List<Path> paths = scope.paths();
		StatementStream stream = new StatementStream();
		int total = stream.count(paths);
		// Each file is counted twice: when its header is read, and when its statement is measured.
		SubMonitor progress = SubMonitor.convert(monitor, "Measuring agreement of " + scope.description(), 2 * total);
		AtomicInteger reported = new AtomicInteger();
		int[] parsed = { 0 };
		stream.onProgress(done -> {
			parsed[0] = done;
			step(progress, reported, done, "Reading");
		}, done -> step(progress, reported, parsed[0] + done, "Measuring"));
		AgreementReport.Builder[] builder = { new AgreementReport.Builder() };
		Map<String, IFile> files = new HashMap<>();
		StatementStream.Result loaded;
		try {
			loaded = stream.load(paths, statement -> {
				checkCanceled(progress);
				return new Measured(builder[0].measure(statement), statement.name(), fileOf(statement));
			}, measured -> {
				builder[0].add(measured.measured());
				if (measured.file() != null) {
					files.putIfAbsent(measured.statement(), measured.file());
				}
			}, () -> {
				builder[0] = new AgreementReport.Builder();
				files.clear();
			});
		} catch (IllegalStateException e) {
			// A cancel seen on a worker thread comes back wrapped.
			if (e.getCause() instanceof OperationCanceledException cancel) {
				throw cancel;
			}
			throw e;
		}
		if (loaded.hasLoadProblems()) {
			return problem("Some files cannot be read:\n" + String.join("\n", loaded.diagnostics().stream().limit(5).map(Diagnostic::format).toList()));
		}
		AgreementReport report = builder[0].build();
		if (report.statements().stream().noneMatch(s -> s.coders().size() > 1)) {
			return problem("No source text is coded by two coders' documents in " + scope.description()
					+ ". Coders' documents name the same source (see the user guide, \"Team work\").");
		}
		int errors = (int) loaded.diagnostics().stream().filter(Diagnostic::isError).count();
		return new Result(report, files, errors, null);
	}

	private static Result problem(String problem) {
		return new Result(null, Map.of(), 0, problem);
	}

	private static void step(SubMonitor progress, AtomicInteger reported, int done, String what) {
		checkCanceled(progress);
		progress.subTask(what + " (" + done + " files)");
		int now = reported.getAndSet(done);
		if (done > now) {
			progress.worked(done - now);
		}
	}

	private static void checkCanceled(IProgressMonitor monitor) {
		if (monitor.isCanceled()) {
			throw new OperationCanceledException();
		}
	}

	/** The workspace file of the statement's first coder's document, or null. */
	private static IFile fileOf(Statement statement) {
		for (Document document : statement.documents()) {
			if (document.eResource() != null && document.eResource().getURI().isFile()) {
				IFile[] found = ResourcesPlugin.getWorkspace().getRoot()
						.findFilesForLocationURI(URI.create(document.eResource().getURI().toString()));
				if (found.length > 0) {
					return found[0];
				}
			}
		}
		return null;
	}
}
