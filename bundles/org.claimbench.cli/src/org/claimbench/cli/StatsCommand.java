package org.claimbench.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.claimbench.cli.report.TextReport;
import org.claimbench.cli.report.TextTable;
import org.claimbench.core.ModelStatistics;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "stats", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
		description = "Counts claims per kind, mentions per actor, claims per holder and relations per kind.",
		exitCodeListHeading = "%nExit codes:%n",
		exitCodeList = { "0:counted", "2:usage or I/O problem" })
class StatsCommand implements Callable<Integer> {

	@Spec
	CommandSpec spec;

	@Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or folders (searched recursively).")
	List<Path> paths;

	private final Progress progress;
	private final WorkingDirectory workingDirectory;

	StatsCommand(Progress progress, WorkingDirectory workingDirectory) {
		this.progress = progress;
		this.workingDirectory = workingDirectory;
	}

	@Override
	public Integer call() {
		PrintWriter out = spec.commandLine().getOut();
		PrintWriter err = spec.commandLine().getErr();
		CheckedModel checked = CheckedModel.load(paths, workingDirectory, progress, err);
		if (checked.model().hasLoadProblems()) {
			checked.loadProblems(workingDirectory).forEach(d -> err.println(d.format()));
			return ExitCodes.USAGE_OR_IO;
		}
		ModelStatistics stats = ModelStatistics.of(checked.model().documents());
		out.println(stats.documents() + (stats.documents() == 1 ? " document, " : " documents, ")
				+ plural(stats.claims(), "claim") + ", " + plural(stats.actorMentions().size(), "actor") + ", "
				+ plural(stats.relations(), "relation"));
		out.println();
		TextTable.print(out, "Claim kind", "Claims", stats.claimKinds());
		out.println();
		TextTable.print(out, "Actor", "Mentions", stats.actorMentions());
		out.println();
		TextTable.print(out, "Holder", "Claims", stats.holders());
		out.println();
		TextTable.print(out, "Relation kind", "Relations", stats.relationKinds());
		if (checked.hasErrors()) {
			err.println("claimbench: counted a model with errors; run 'claimbench validate' for them ("
					+ TextReport.summary(checked.files(), checked.diagnostics()) + ")");
		}
		return ExitCodes.OK;
	}

	private static String plural(int count, String noun) {
		return count + " " + noun + (count == 1 ? "" : "s");
	}
}
