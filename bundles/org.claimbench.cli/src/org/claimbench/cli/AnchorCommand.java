package org.claimbench.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

import org.claimbench.core.io.AtomicFiles;
import org.claimbench.core.io.Utf8Text;
import org.claimbench.dsl.source.AnchorPlaces;
import org.claimbench.dsl.source.SourceText;
import org.claimbench.model.claims.Anchor;
import org.claimbench.model.claims.Document;
import org.eclipse.emf.ecore.util.EcoreUtil;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "anchor", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
		description = { "Writes the offset of every quote and mention written without 'at N' whose words occur in one",
				"place of the source text (with its prefix and suffix, where given). Anchors whose words occur",
				"nowhere or in several places are left as they are and reported: a prefix or suffix says which.",
				"Folders are searched recursively for .claims files (hidden folders skipped)." },
		exitCodeListHeading = "%nExit codes:%n",
		exitCodeList = { "0:every anchor has an offset", "1:at least one anchor could not be placed",
				"2:usage or I/O problem, or a file that does not parse" })
class AnchorCommand implements Callable<Integer> {

	/** How many places of an anchor that occurs in several a report lists. */
	private static final int SHOWN_PLACES = 5;

	@Spec
	CommandSpec spec;

	@Parameters(arity = "1..*", paramLabel = "PATH",
			description = "Annotation files (.claims) or folders of them (searched recursively).")
	List<Path> paths;

	@Option(names = "--dry-run", description = "Report what would be written without writing the files.")
	boolean dryRun;

	private final WorkingDirectory workingDirectory;

	AnchorCommand(WorkingDirectory workingDirectory) {
		this.workingDirectory = workingDirectory;
	}

	@Override
	public Integer call() {
		PrintWriter out = spec.commandLine().getOut();
		PrintWriter err = spec.commandLine().getErr();
		AnnotationFiles.Collected collected = AnnotationFiles.collect(paths, workingDirectory, err, "anchor");
		int exitCode = collected.problems() ? ExitCodes.USAGE_OR_IO : ExitCodes.OK;
		for (Path file : collected.files()) {
			AnnotationFiles.Loaded loaded = AnnotationFiles.load(file, workingDirectory, err, "anchored");
			exitCode = Math.max(exitCode, loaded == null ? ExitCodes.USAGE_OR_IO : anchor(file, loaded.document(), loaded.source(), out, err));
		}
		return exitCode;
	}

	private int anchor(Path file, Document document, SourceText source, PrintWriter out, PrintWriter err) {
		List<Anchor> unplaced = new ArrayList<>();
		EcoreUtil.<Object>getAllContents(document, true).forEachRemaining(o -> {
			if (o instanceof Anchor anchor && !anchor.isSetOffset()) {
				unplaced.add(anchor);
			}
		});
		OffsetEdits edits;
		try {
			edits = new OffsetEdits(Utf8Text.read(workingDirectory.resolve(file)));
		} catch (IOException e) {
			err.println("claimbench: cannot read " + file + ": " + e.getMessage());
			return ExitCodes.USAGE_OR_IO;
		}
		int left = 0;
		for (Anchor anchor : unplaced) {
			String where = file + ":" + OffsetEdits.line(anchor) + ": ";
			String what = "\"" + anchor.getQuote() + "\"";
			List<Integer> places = AnchorPlaces.of(source.text(), anchor.getQuote(), anchor.getPrefix(), anchor.getSuffix(),
					SHOWN_PLACES + 1);
			if (places.size() == 1) {
				int at = places.get(0);
				edits.insertAfterQuote(anchor, at);
				out.println(where + "placed " + what + " at " + at + " (" + source.fileName() + ", line " + source.lineOf(at) + ")");
			} else {
				left++;
				err.println(where + "error: " + what + (places.isEmpty() ? " occurs nowhere in " + source.fileName()
						+ (anchor.getPrefix() != null || anchor.getSuffix() != null ? " with its prefix and suffix" : "")
						+ "; check the quote against the text (claimbench validate says what differs)"
						: " occurs at " + places.stream().limit(SHOWN_PLACES).map(String::valueOf).collect(Collectors.joining(", "))
								+ (places.size() > SHOWN_PLACES ? " and more" : "") + " in " + source.fileName()
								+ "; give a prefix or suffix that only one of them has, or the offset"));
			}
		}
		int placed = unplaced.size() - left;
		out.println("anchor: " + file + ": " + unplaced.size() + " without an offset: " + placed + " placed, " + left
				+ " left" + (dryRun && placed > 0 ? " (dry run: " + file + " not written)" : ""));
		if (placed > 0 && !dryRun) {
			try {
				Path target = workingDirectory.resolve(file);
				AtomicFiles.write(target, edits.bytes(AnnotationFiles.startsWithByteOrderMark(target)));
			} catch (IOException e) {
				err.println("claimbench: cannot write " + file + ": " + e.getMessage());
				return ExitCodes.USAGE_OR_IO;
			}
		}
		return left > 0 ? ExitCodes.MODEL_ERRORS : ExitCodes.OK;
	}
}
