package org.claimbench.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.claimbench.cli.report.DiagnosticReport;
import org.claimbench.cli.report.SarifReport;
import org.claimbench.core.ModelLoader;
import org.claimbench.core.StreamingValidator;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "validate", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
		description = "Checks schema (.cbschema) and annotation (.claims) files, and folders of them.",
		exitCodeListHeading = "%nExit codes:%n",
		exitCodeList = { "0:no errors", "1:at least one error in the model", "2:usage or I/O problem" })
class ValidateCommand implements Callable<Integer> {

	@Spec
	CommandSpec spec;

	@Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or folders (searched recursively).")
	List<Path> paths;

	@Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
			description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
	DiagnosticReport.Format format;

	@Option(names = "--base", paramLabel = "DIR",
			description = "With --format sarif: the folder file URIs are relative to (default: the working folder).")
	Path base;

	private final Progress progress;
	private final WorkingDirectory workingDirectory;

	ValidateCommand(Progress progress, WorkingDirectory workingDirectory) {
		this.progress = progress;
		this.workingDirectory = workingDirectory;
	}

	@Override
	public Integer call() {
		// Validation alone needs no model afterwards, so documents are streamed: bounded memory, all cores.
		List<Path> files = workingDirectory.resolve(paths);
		int total = new ModelLoader().collect(files, new ArrayList<>()).size();
		PrintWriter err = spec.commandLine().getErr();
		StreamingValidator.Result result = new StreamingValidator()
				.onProgress(done -> progress.report(err, "validated", done, total)).validate(files);
		DiagnosticReport report = format == DiagnosticReport.Format.sarif
				? new SarifReport(base == null ? workingDirectory.path() : workingDirectory.resolve(base), workingDirectory.path())
				: DiagnosticReport.of(format);
		report.print(spec.commandLine().getOut(), result.files(),
				workingDirectory.shownAll(result.diagnostics()));
		if (result.hasLoadProblems()) {
			return ExitCodes.USAGE_OR_IO;
		}
		return result.hasErrors() ? ExitCodes.MODEL_ERRORS : ExitCodes.OK;
	}
}
