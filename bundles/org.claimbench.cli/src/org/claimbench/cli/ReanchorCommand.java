package org.claimbench.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.claimbench.core.ClaimBenchLanguages;
import org.claimbench.core.LoadedModel;
import org.claimbench.core.ModelLoader;
import org.claimbench.core.anchor.AnchorRelocator;
import org.claimbench.core.anchor.AnchorSpan;
import org.claimbench.core.anchor.Placement;
import org.claimbench.core.io.AtomicFiles;
import org.claimbench.core.io.Utf8Text;
import org.claimbench.dsl.source.SourceLoad;
import org.claimbench.dsl.source.SourceText;
import org.claimbench.dsl.source.SourceTexts;
import org.claimbench.model.claims.Anchor;
import org.claimbench.model.claims.Document;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "reanchor", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
		description = { "Re-finds every anchor of an annotation file after its source text changed, from the quote,",
				"its prefix and suffix and its old offset, and rewrites the offsets. Anchors that cannot be placed",
				"or whose place is ambiguous keep their old offset and are reported." },
		exitCodeListHeading = "%nExit codes:%n",
		exitCodeList = { "0:every anchor placed", "1:at least one anchor not found or ambiguous",
				"2:usage or I/O problem, or a file that does not parse" })
class ReanchorCommand implements Callable<Integer> {

	private static final char BYTE_ORDER_MARK = '\uFEFF';

	@Spec
	CommandSpec spec;

	@Parameters(index = "0", paramLabel = "FILE.claims", description = "The annotation file to re-anchor.")
	Path file;

	@Option(names = "--dry-run", description = "Report what would change without writing the file.")
	boolean dryRun;

	private final WorkingDirectory workingDirectory;

	ReanchorCommand(WorkingDirectory workingDirectory) {
		this.workingDirectory = workingDirectory;
	}

	@Override
	public Integer call() {
		PrintWriter out = spec.commandLine().getOut();
		PrintWriter err = spec.commandLine().getErr();
		if (!file.getFileName().toString().endsWith("." + ClaimBenchLanguages.DOCUMENT_EXTENSION)) {
			err.println("claimbench: " + file + ": reanchor needs an annotation file (."
					+ ClaimBenchLanguages.DOCUMENT_EXTENSION + ")");
			return ExitCodes.USAGE_OR_IO;
		}
		LoadedModel model = new ModelLoader().load(List.of(workingDirectory.resolve(file)));
		if (model.hasLoadProblems()) {
			workingDirectory.shownAll(model.loadProblems()).forEach(d -> err.println(d.format()));
			return ExitCodes.USAGE_OR_IO;
		}
		Resource resource = model.requested().get(0);
		if (!resource.getErrors().isEmpty()) {
			for (Resource.Diagnostic error : resource.getErrors()) {
				err.println(file + ":" + error.getLine() + ":" + error.getColumn() + ": error: " + error.getMessage());
			}
			err.println("claimbench: " + file + ": fix the syntax errors first; nothing was re-anchored");
			return ExitCodes.USAGE_OR_IO;
		}
		Document document = model.documents().isEmpty() ? null : model.documents().get(0);
		if (document == null) {
			err.println("claimbench: " + file + ": holds no annotation document");
			return ExitCodes.USAGE_OR_IO;
		}
		SourceLoad source = SourceTexts.load(document);
		if (!source.isLoaded()) {
			err.println(file + ": error: " + source.message());
			return ExitCodes.USAGE_OR_IO;
		}
		return reanchor(document, source.text(), out, err);
	}

	private int reanchor(Document document, SourceText source, PrintWriter out, PrintWriter err) {
		List<Anchor> anchors = new ArrayList<>();
		EcoreUtil.<Object>getAllContents(document, true).forEachRemaining(o -> {
			if (o instanceof Anchor anchor) {
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
			String what = "\"" + anchor.getQuote() + "\" at " + anchor.getOffset();
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
							+ "; offset left unchanged");
				}
				case AMBIGUOUS -> {
					flagged++;
					err.println(where + "error: " + what + " is ambiguous: it occurs at " + occurrences(placement)
							+ " in " + source.fileName() + " and the anchors around it do not tell which; offset left unchanged");
				}
			}
		}
		out.println("reanchor: " + anchors.size() + " anchors: " + (anchors.size() - moved - flagged) + " unchanged, "
				+ moved + " moved, " + flagged + " not placed" + (dryRun && moved > 0 ? " (dry run: " + file
						+ " not written)" : ""));
		if (moved > 0 && !dryRun) {
			try {
				AtomicFiles.write(workingDirectory.resolve(file), edits.bytes(startsWithByteOrderMark()));
			} catch (IOException e) {
				err.println("claimbench: cannot write " + file + ": " + e.getMessage());
				return ExitCodes.USAGE_OR_IO;
			}
		}
		return flagged > 0 ? ExitCodes.MODEL_ERRORS : ExitCodes.OK;
	}

	private static String occurrences(Placement placement) {
		String list = placement.occurrences().stream().map(String::valueOf).reduce((a, b) -> a + ", " + b).orElse("");
		return placement.count() == 1 ? "offset " + list + " only"
				: "offsets " + list + (placement.count() > placement.occurrences().size()
						? " and " + (placement.count() - placement.occurrences().size()) + " more" : "");
	}

	/** A byte order mark the user's file had is kept, since other tools may rely on it. */
	private boolean startsWithByteOrderMark() {
		try (var in = Files.newInputStream(workingDirectory.resolve(file))) {
			byte[] head = in.readNBytes(3);
			return new String(head, StandardCharsets.UTF_8).indexOf(BYTE_ORDER_MARK) == 0;
		} catch (IOException e) {
			return false;
		}
	}
}
