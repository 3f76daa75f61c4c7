package org.claimbench.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.claimbench.core.anchor.AnchorRelocator;
import org.claimbench.core.anchor.AnchorSpan;
import org.claimbench.core.anchor.Placement;
import org.claimbench.core.io.AtomicFiles;
import org.claimbench.core.io.Utf8Text;
import org.claimbench.dsl.conversion.DoubleQuotedStrings;
import org.claimbench.dsl.source.SourceText;
import org.claimbench.model.claims.Anchor;
import org.claimbench.model.claims.Document;
import org.eclipse.emf.ecore.util.EcoreUtil;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "reanchor", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
		description = { "Re-finds every anchor of annotation files after their source text changed, from the quote,",
				"its prefix and suffix and its old offset, and rewrites the offsets. Anchors that cannot be placed",
				"or whose place is ambiguous keep their old offset and are reported. Folders are searched",
				"recursively for .claims files (hidden folders skipped)." },
		exitCodeListHeading = "%nExit codes:%n",
		exitCodeList = { "0:every anchor placed", "1:at least one anchor not found or ambiguous",
				"2:usage or I/O problem, or a file that does not parse" })
class ReanchorCommand implements Callable<Integer> {

	@Spec
	CommandSpec spec;

	@Parameters(arity = "1..*", paramLabel = "PATH",
			description = "Annotation files (.claims) or folders of them (searched recursively).")
	List<Path> paths;

	@Option(names = "--dry-run", description = "Report what would change without writing the files.")
	boolean dryRun;

	private final WorkingDirectory workingDirectory;

	ReanchorCommand(WorkingDirectory workingDirectory) {
		this.workingDirectory = workingDirectory;
	}

	@Override
	public Integer call() {
		PrintWriter out = spec.commandLine().getOut();
		PrintWriter err = spec.commandLine().getErr();
		AnnotationFiles.Collected collected = AnnotationFiles.collect(paths, workingDirectory, err, "reanchor");
		List<Path> files = collected.files();
		int exitCode = collected.problems() ? ExitCodes.USAGE_OR_IO : ExitCodes.OK;
		int[] totals = new int[4];
		for (Path file : files) {
			exitCode = Math.max(exitCode, reanchor(file, out, err, totals));
		}
		if (files.size() > 1) {
			out.println("reanchor: " + files.size() + " files, " + totals[0] + " anchors: " + totals[1] + " unchanged, "
					+ totals[2] + " moved, " + totals[3] + " not placed");
		}
		return exitCode;
	}

	/** Re-anchors one annotation file; {@code totals} adds up anchors, unchanged, moved and not placed. */
	private int reanchor(Path file, PrintWriter out, PrintWriter err, int[] totals) {
		AnnotationFiles.Loaded loaded = AnnotationFiles.load(file, workingDirectory, err, "re-anchored");
		return loaded == null ? ExitCodes.USAGE_OR_IO : reanchor(file, loaded.document(), loaded.source(), out, err, totals);
	}

	private int reanchor(Path file, Document document, SourceText source, PrintWriter out, PrintWriter err, int[] totals) {
		List<Anchor> anchors = new ArrayList<>();
		EcoreUtil.<Object>getAllContents(document, true).forEachRemaining(o -> {
			// Anchors without an offset are placed by 'claimbench anchor', not re-found.
			if (o instanceof Anchor anchor && anchor.isSetOffset()) {
				anchors.add(anchor);
			}
		});
		List<AnchorSpan> spans = anchors.stream()
				.map(a -> new AnchorSpan(a.getQuote(), a.getOffset(), a.getPrefix(), a.getSuffix())).toList();
		List<Placement> placements = AnchorRelocator.relocate(source.text(), spans);
		OffsetEdits edits;
		try {
			edits = new OffsetEdits(Utf8Text.read(workingDirectory.resolve(file)));
		} catch (IOException e) {
			err.println("claimbench: cannot read " + file + ": " + e.getMessage());
			return ExitCodes.USAGE_OR_IO;
		}
		int moved = 0;
		int flagged = 0;
		for (int i = 0; i < anchors.size(); i++) {
			Anchor anchor = anchors.get(i);
			Placement placement = placements.get(i);
			String where = file + ":" + OffsetEdits.line(anchor) + ": ";
			String what = DoubleQuotedStrings.literal(anchor.getQuote() == null ? "" : anchor.getQuote()) + " at " + anchor.getOffset();
			switch (placement.status()) {
				case UNCHANGED -> {
				}
				case MOVED -> {
					moved++;
					edits.replace(anchor, placement.offset());
					out.println(where + "moved " + what + " to " + placement.offset() + " (" + source.fileName() + ", line "
							+ source.lineOf(placement.offset()) + ")");
				}
				case NOT_FOUND -> {
					flagged++;
					err.println(where + "error: " + what + " not found in " + source.fileName()
							+ (placement.contextChanged() ? ": the quote occurs, but not with its prefix and suffix" : "")
							+ nearMiss(anchor, source) + "; offset left unchanged");
				}
				case AMBIGUOUS -> {
					flagged++;
					err.println(where + "error: " + what + (placement.count() == 1 ? notPlaced(placement, source)
							: " is ambiguous: it occurs at " + occurrences(placement) + " in " + source.fileName()
									+ " and the anchors around it do not tell which")
							+ nearMiss(anchor, source) + "; offset left unchanged");
				}
			}
		}
		totals[0] += anchors.size();
		totals[1] += anchors.size() - moved - flagged;
		totals[2] += moved;
		totals[3] += flagged;
		out.println("reanchor: " + file + ": " + anchors.size() + " anchors: " + (anchors.size() - moved - flagged)
				+ " unchanged, " + moved + " moved, " + flagged + " not placed"
				+ (dryRun && moved > 0 ? " (dry run: " + file + " not written)" : ""));
		if (moved > 0 && !dryRun) {
			try {
				AtomicFiles.write(workingDirectory.resolve(file), edits.bytes(AnnotationFiles.startsWithByteOrderMark(workingDirectory.resolve(file))));
			} catch (IOException e) {
				err.println("claimbench: cannot write " + file + ": " + e.getMessage());
				return ExitCodes.USAGE_OR_IO;
			}
		}
		return flagged > 0 ? ExitCodes.MODEL_ERRORS : ExitCodes.OK;
	}

	/** Why the one occurrence of a quote was not taken: something the anchors know speaks against it. */
	private static String notPlaced(Placement placement, SourceText source) {
		int at = placement.occurrences().get(0);
		return " not placed: its one occurrence with its context, at offset " + at + " (" + source.fileName() + ", line "
				+ source.lineOf(at) + "), does not fit the anchors around it (they moved otherwise, the text they"
				+ " quote reads differently there, or the words also stand where they were), so it may be other"
				+ " words; if they are the words meant, write 'at " + at + "' in the document (the offset is all that changes)";
	}

	/** Where the quote stands with other typography, as a clause of the report; empty when it does not. */
	private static String nearMiss(Anchor anchor, SourceText source) {
		return NearMiss.of(anchor, source, anchor.getOffset())
				.map(near -> "; the quote matches the text at offset " + near.start() + " (line " + source.lineOf(near.start())
						+ ") except for " + near.differences() + ": the text has \"" + near.words() + "\"")
				.orElse("");
	}

	private static String occurrences(Placement placement) {
		String list = placement.occurrences().stream().map(String::valueOf).reduce((a, b) -> a + ", " + b).orElse("");
		return placement.count() == 1 ? "offset " + list + " only"
				: "offsets " + list + (placement.count() > placement.occurrences().size()
						? " and " + (placement.count() - placement.occurrences().size()) + " more" : "");
	}
}
