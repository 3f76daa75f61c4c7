package org.claimbench.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.claimbench.core.agreement.AlignedStatement;
import org.claimbench.core.agreement.Statement;
import org.claimbench.core.agreement.VersionDiff;
import org.claimbench.model.claims.Document;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "diff", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
		description = { "Shows two coders' versions of one statement side by side: claims and mentions aligned by",
				"span overlap, and for each what differs (span, kind, holders, attributes, relations)." },
		exitCodeListHeading = "%nExit codes:%n",
		exitCodeList = { "0:the versions agree", "1:they differ", "2:usage or I/O problem" })
class DiffCommand implements Callable<Integer> {

	@Spec
	CommandSpec spec;

	@Parameters(index = "0", paramLabel = "A", description = "One coder's annotation file.")
	Path first;

	@Parameters(index = "1", paramLabel = "B", description = "Another coder's annotation file over the same source text.")
	Path second;

	private final Progress progress;
	private final WorkingDirectory workingDirectory;

	DiffCommand(Progress progress, WorkingDirectory workingDirectory) {
		this.progress = progress;
		this.workingDirectory = workingDirectory;
	}

	@Override
	public Integer call() {
		PrintWriter out = spec.commandLine().getOut();
		PrintWriter err = spec.commandLine().getErr();
		Statement statement = Versions.of(List.of(first, second), workingDirectory, progress, err, "diff");
		if (statement == null) {
			return ExitCodes.USAGE_OR_IO;
		}
		AlignedStatement aligned = AlignedStatement.of(statement);
		List<String> lines = VersionDiff.lines(aligned);
		out.println("--- " + first + " (" + aligned.coders().get(0) + ")");
		out.println("+++ " + second + " (" + aligned.coders().get(1) + ")");
		lines.forEach(out::println);
		out.println(lines.isEmpty() ? "the versions agree" : differences(lines));
		return lines.isEmpty() ? ExitCodes.OK : ExitCodes.VERSIONS_DIFFER;
	}

	private static String differences(List<String> lines) {
		long units = lines.stream().filter(l -> !l.startsWith(" ")).count();
		return units + (units == 1 ? " unit differs" : " units differ");
	}
}
