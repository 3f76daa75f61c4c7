package org.claimbench.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.claimbench.core.ClaimBenchLanguages;
import org.claimbench.core.agreement.AlignedStatement;
import org.claimbench.core.agreement.GoldMerge;
import org.claimbench.core.agreement.Statement;
import org.claimbench.core.io.AtomicFiles;
import org.claimbench.dsl.source.StatementVersions;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "merge", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
		description = { "Merges coders' versions of one statement into a gold document: what all coders coded alike is",
				"kept, every other claim, mention and relation is a dispute, reported and left out. With --prefer the",
				"named coder's version settles every dispute. The gold gets 'status curated' once no dispute is left",
				"('status draft' before), keeps the first (or preferred) coder's declarations and comments, and",
				"replaces GOLD atomically." },
		exitCodeListHeading = "%nExit codes:%n",
		exitCodeList = { "0:merged, no dispute left", "1:merged what agrees; disputes remain",
				"2:usage or I/O problem" })
class MergeCommand implements Callable<Integer> {

	@Spec
	CommandSpec spec;

	@Parameters(arity = "2..*", paramLabel = "FILE", description = "The coders' annotation files over one source text.")
	List<Path> files;

	@Option(names = { "-o", "--output" }, required = true, paramLabel = "GOLD.claims", description = "The gold document to write.")
	Path output;

	@Option(names = "--prefer", paramLabel = "CODER", description = "Settle every dispute with this coder's version.")
	String prefer;

	@Option(names = "--report", paramLabel = "FILE", description = "Write the disputes to FILE instead of the standard output.")
	Path report;

	private final Progress progress;
	private final WorkingDirectory workingDirectory;

	MergeCommand(Progress progress, WorkingDirectory workingDirectory) {
		this.progress = progress;
		this.workingDirectory = workingDirectory;
	}

	@Override
	public Integer call() {
		PrintWriter out = spec.commandLine().getOut();
		PrintWriter err = spec.commandLine().getErr();
		if (!output.getFileName().toString().endsWith("." + ClaimBenchLanguages.DOCUMENT_EXTENSION)) {
			err.println("claimbench: " + output + ": the gold must be an annotation file (."
					+ ClaimBenchLanguages.DOCUMENT_EXTENSION + ")");
			return ExitCodes.USAGE_OR_IO;
		}
		Path gold = workingDirectory.resolve(output);
		if (!Files.isDirectory(gold.toAbsolutePath().getParent())) {
			err.println(Folders.missing(output, gold));
			return ExitCodes.USAGE_OR_IO;
		}
		Statement statement = Versions.of(files, workingDirectory, progress, err, "merge");
		if (statement == null) {
			return ExitCodes.USAGE_OR_IO;
		}
		int preferred = prefer == null ? -1 : statement.coders().indexOf(prefer);
		if (prefer != null && preferred < 0) {
			err.println("claimbench: merge: no coder '" + prefer + "' among " + String.join(", ", statement.coders()));
			return ExitCodes.USAGE_OR_IO;
		}
		GoldMerge.Result result;
		try {
			result = GoldMerge.merge(AlignedStatement.of(statement), preferred, StatementVersions.goldDocumentName(statement.name()));
		} catch (RuntimeException e) {
			// The serializer refuses a model it cannot write (a reference it cannot name); nothing is written then.
			err.println("claimbench: merge: cannot write the gold document as DSL text: " + e.getMessage().lines().findFirst().orElse(""));
			return ExitCodes.USAGE_OR_IO;
		}
		StringBuilder disputes = new StringBuilder();
		for (String dispute : result.disputes()) {
			disputes.append(dispute).append(System.lineSeparator());
		}
		try {
			if (report != null) {
				AtomicFiles.write(workingDirectory.resolve(report), disputes.toString().getBytes(StandardCharsets.UTF_8));
			}
			AtomicFiles.write(gold, result.text().getBytes(StandardCharsets.UTF_8));
		} catch (IOException e) {
			err.println("claimbench: merge: cannot write: " + e.getMessage());
			return ExitCodes.USAGE_OR_IO;
		}
		if (report == null) {
			out.print(disputes);
		}
		int count = (int) result.disputes().stream().filter(d -> !d.startsWith(" ")).count();
		out.println("merged " + files.size() + " versions into " + output + ": " + count + (count == 1 ? " dispute" : " disputes")
				+ (count == 0 ? "" : result.resolved() ? " settled by " + prefer + "'s version" : " left out"
						+ (report == null ? "" : " (listed in " + report + ")"))
				+ ", status " + (result.resolved() ? "curated" : "draft"));
		return result.resolved() ? ExitCodes.OK : ExitCodes.VERSIONS_DIFFER;
	}
}
