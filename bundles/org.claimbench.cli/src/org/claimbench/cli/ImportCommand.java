package org.claimbench.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.claimbench.core.ClaimBenchLanguages;
import org.claimbench.core.export.XmiImporter;
import org.claimbench.core.io.AtomicFiles;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "import", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
		description = { "Turns a ClaimBench XMI file back into annotation DSL text.",
				"The schemas it uses must be inside the XMI (as 'export --to xmi' writes them)." },
		exitCodeListHeading = "%nExit codes:%n",
		exitCodeList = { "0:imported", "2:usage or I/O problem, or XMI that is not a ClaimBench model" })
class ImportCommand implements Callable<Integer> {

	@Spec
	CommandSpec spec;

	@Parameters(index = "0", paramLabel = "FILE.xmi", description = "The XMI file to read.")
	Path xmi;

	@Option(names = { "-o", "--output" }, required = true, paramLabel = "FILE.claims",
			description = "The annotation file to write.")
	Path output;

	private final WorkingDirectory workingDirectory;

	ImportCommand(WorkingDirectory workingDirectory) {
		this.workingDirectory = workingDirectory;
	}

	@Override
	public Integer call() {
		PrintWriter err = spec.commandLine().getErr();
		if (!output.getFileName().toString().endsWith("." + ClaimBenchLanguages.DOCUMENT_EXTENSION)) {
			err.println("claimbench: " + output + ": the output must be an annotation file (."
					+ ClaimBenchLanguages.DOCUMENT_EXTENSION + ")");
			return ExitCodes.USAGE_OR_IO;
		}
		XmiImporter.Result result = new XmiImporter().importDocument(workingDirectory.resolve(xmi));
		if (!result.ok()) {
			workingDirectory.shownAll(result.problems()).forEach(d -> err.println(d.format()));
			return ExitCodes.USAGE_OR_IO;
		}
		try {
			AtomicFiles.write(workingDirectory.resolve(output), result.text().getBytes(StandardCharsets.UTF_8));
		} catch (IOException e) {
			err.println("claimbench: cannot write " + output + ": " + e.getMessage());
			return ExitCodes.USAGE_OR_IO;
		}
		spec.commandLine().getOut().println("imported " + xmi + " to " + output);
		return ExitCodes.OK;
	}
}
