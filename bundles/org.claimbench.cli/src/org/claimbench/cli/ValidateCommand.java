package org.claimbench.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.claimbench.cli.report.DiagnosticReport;

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

	private final Progress progress;

	ValidateCommand(Progress progress) {
		this.progress = progress;
	}

	@Override
	public Integer call() {
		CheckedModel checked = CheckedModel.load(paths, progress, spec.commandLine().getErr());
		DiagnosticReport.of(format).print(spec.commandLine().getOut(), checked.files(), checked.diagnostics());
		if (checked.model().hasLoadProblems()) {
			return ExitCodes.USAGE_OR_IO;
		}
		return checked.hasErrors() ? ExitCodes.MODEL_ERRORS : ExitCodes.OK;
	}
}
