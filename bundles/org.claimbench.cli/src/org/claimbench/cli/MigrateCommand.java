package org.claimbench.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.claimbench.core.Diagnostic;
import org.claimbench.core.LoadedModel;
import org.claimbench.core.ModelLoader;
import org.claimbench.core.io.AtomicFiles;
import org.claimbench.core.migration.DocumentMigration;
import org.claimbench.core.migration.DocumentMigration.Edit;
import org.claimbench.core.migration.DocumentMigration.Loss;
import org.claimbench.core.migration.ProjectMigration;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "migrate", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
		description = { "Brings annotation files coded against an earlier version of their schema to the schema's version,",
				"through the changes the schema declares ('changes in version N { rename ... merge ... split ... }').",
				"Only the changed names and the header's 'version' are rewritten; layout and comments stay. When a",
				"change would lose an annotation (a value with no place any more, a split none of whose cases fits),",
				"nothing is written and each such annotation is reported. Afterwards the migrated files are",
				"validated again. Migrating twice changes nothing." },
		exitCodeListHeading = "%nExit codes:%n",
		exitCodeList = { "0:every document is at its schema's version and validates",
				"1:an annotation could not be migrated (nothing written), or a migrated file has errors",
				"2:usage or I/O problem, a schema with errors, or a file that does not parse" })
class MigrateCommand implements Callable<Integer> {

	@Spec
	CommandSpec spec;

	@Parameters(arity = "1..*", paramLabel = "PATH",
			description = "Annotation files (.claims) or folders of them (searched recursively); their schemas are found as validate finds them.")
	List<Path> paths;

	@Option(names = "--dry-run", description = "Report what would change without writing the files.")
	boolean dryRun;

	@Option(names = { "-v", "--verbose" }, description = "List every changed word, not only the count per file.")
	boolean verbose;

	private final Progress progress;
	private final WorkingDirectory workingDirectory;

	MigrateCommand(Progress progress, WorkingDirectory workingDirectory) {
		this.progress = progress;
		this.workingDirectory = workingDirectory;
	}

	@Override
	public Integer call() {
		PrintWriter out = spec.commandLine().getOut();
		PrintWriter err = spec.commandLine().getErr();
		AnnotationFiles.Collected collected = AnnotationFiles.collect(paths, workingDirectory, err, "migrate");
		if (collected.problems()) {
			return ExitCodes.USAGE_OR_IO;
		}
		List<Path> files = workingDirectory.resolve(collected.files());
		ModelLoader loader = new ModelLoader().onProgress(done -> progress.report(err, "parsed", done, files.size()));
		LoadedModel model = loader.load(files);
		if (model.hasLoadProblems()) {
			workingDirectory.shownAll(model.loadProblems()).forEach(d -> err.println(d.format()));
			return ExitCodes.USAGE_OR_IO;
		}
		ProjectMigration plan = ProjectMigration.of(model);
		for (Path file : plan.unparsed()) {
			err.println("claimbench: " + workingDirectory.shown(file) + ": does not parse; fix its syntax first (claimbench validate says where)");
		}
		if (!plan.unparsed().isEmpty()) {
			return ExitCodes.USAGE_OR_IO;
		}
		if (!plan.schemaErrors().isEmpty()) {
			workingDirectory.shownAll(plan.schemaErrors()).forEach(d -> err.println(d.format()));
			err.println("migrate: nothing written: fix the schema's errors first, for its changes must fit it");
			return ExitCodes.USAGE_OR_IO;
		}
		Map<Path, DocumentMigration.Result> results = plan.results();
		int losses = report(results, out, err);
		List<Path> changed = plan.changed();
		if (losses > 0) {
			err.println("migrate: nothing written: " + losses + (losses == 1 ? " annotation" : " annotations")
					+ " could not be migrated without losing what " + (losses == 1 ? "it says" : "they say"));
			return ExitCodes.MODEL_ERRORS;
		}
		if (changed.isEmpty()) {
			out.println("migrate: " + results.size() + (results.size() == 1 ? " document is" : " documents are") + " at the version of "
					+ (results.size() == 1 ? "its" : "their") + " schema already; nothing to do");
			return ExitCodes.OK;
		}
		if (dryRun) {
			out.println("migrate: " + changed.size() + " of " + results.size() + " documents would change (dry run: nothing written)");
			return ExitCodes.OK;
		}
		for (Path file : changed) {
			try {
				AtomicFiles.write(file, plan.migratedBytes(file));
			} catch (IOException e) {
				err.println("claimbench: cannot write " + workingDirectory.shown(file) + ": " + e.getMessage()
						+ (changed.indexOf(file) > 0 ? " (the files listed before it were migrated)" : ""));
				return ExitCodes.USAGE_OR_IO;
			}
		}
		out.println("migrate: " + changed.size() + " of " + results.size() + (results.size() == 1 ? " document" : " documents") + " migrated");
		return validateAgain(changed, out, err);
	}

	private int report(Map<Path, DocumentMigration.Result> results, PrintWriter out, PrintWriter err) {
		int losses = 0;
		for (Map.Entry<Path, DocumentMigration.Result> entry : results.entrySet()) {
			Path shown = workingDirectory.shown(entry.getKey());
			DocumentMigration.Result result = entry.getValue();
			for (Loss loss : result.losses()) {
				err.println(shown + ":" + loss.line() + ": error: " + loss.message());
				losses++;
			}
			if (!result.changes()) {
				continue;
			}
			int renamed = result.edits().size() - 1;
			out.println(shown + ": version " + result.from() + " → " + result.to() + ": "
					+ (renamed == 0 ? "no names to change" : renamed + (renamed == 1 ? " name" : " names") + " changed"));
			if (verbose) {
				for (Edit edit : result.edits()) {
					out.println("  " + shown + ":" + edit.line() + ": " + edit.description());
				}
			}
		}
		return losses;
	}

	/** What a migration wrote must validate; a migrated document with errors is told, file by file. */
	private int validateAgain(List<Path> changed, PrintWriter out, PrintWriter err) {
		CheckedModel again = CheckedModel.load(new ArrayList<>(changed), workingDirectory, new Progress(false), err);
		List<Diagnostic> errors = again.errors();
		errors.forEach(d -> err.println(d.format()));
		out.println("validated after migration: " + errors.size() + (errors.size() == 1 ? " error" : " errors"));
		return errors.isEmpty() ? ExitCodes.OK : ExitCodes.MODEL_ERRORS;
	}
}
