package org.claimbench.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

import org.claimbench.core.io.AtomicFiles;
import org.claimbench.core.io.Utf8Text;
import org.claimbench.dsl.conversion.DoubleQuotedStrings;
import org.claimbench.dsl.source.AnchorMatcher;
import org.claimbench.dsl.source.AnchorPlaces;
import org.claimbench.dsl.source.SourceText;
import org.claimbench.dsl.source.UniqueContext;
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
				"nowhere or in several places are left as they are and reported: an offset, prefix or suffix says",
				"which. An anchor with an offset whose words occur elsewhere too (a pronoun such as \"its\") gets",
				"the shortest prefix and/or suffix, in whole words, that only its place has, so that re-anchoring",
				"finds it again after the text changed (--no-context: offsets only). Folders are searched",
				"recursively for .claims files (hidden folders skipped)." },
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

	@Option(names = "--no-context", description = { "Only write offsets: leave anchors that have one as they are, even",
			"when their quote occurs elsewhere too and nothing says which place they mean." })
	boolean noContext;

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
		List<Anchor> anchors = new ArrayList<>();
		EcoreUtil.<Object>getAllContents(document, true).forEachRemaining(o -> {
			if (o instanceof Anchor anchor) {
				anchors.add(anchor);
			}
		});
		OffsetEdits edits;
		try {
			edits = new OffsetEdits(Utf8Text.read(workingDirectory.resolve(file)));
		} catch (IOException e) {
			err.println("claimbench: cannot read " + file + ": " + e.getMessage());
			return ExitCodes.USAGE_OR_IO;
		}
		int unplaced = 0;
		int left = 0;
		int contexts = 0;
		for (Anchor anchor : anchors) {
			String where = file + ":" + OffsetEdits.line(anchor) + ": ";
			// As the document writes it: a line break or a quotation mark in the quote shows escaped, on one line.
			String what = DoubleQuotedStrings.literal(anchor.getQuote() == null ? "" : anchor.getQuote());
			if (anchor.isSetOffset()) {
				if (!noContext && giveContext(anchor, source, edits, where + "gave " + what + " at " + anchor.getOffset(), out)) {
					contexts++;
				}
				continue;
			}
			unplaced++;
			List<Integer> places = AnchorPlaces.of(source.text(), anchor.getQuote(), anchor.getPrefix(), anchor.getSuffix(),
					SHOWN_PLACES + 1);
			if (places.size() == 1) {
				// One place: the quote, with the context the person gave, is already unique there.
				int at = places.get(0);
				edits.write(anchor, at, null);
				out.println(where + "placed " + what + " at " + at + " (" + source.fileName() + ", line " + source.lineOf(at) + ")");
			} else if (places.isEmpty() && NearMiss.of(anchor, source, 0).orElse(null) instanceof NearMiss near) {
				// As validate says it: the words are there, typed otherwise (straight quotes, a space for a no-break one).
				left++;
				err.println(where + "error: " + what + " does not occur as written; it matches the text at offset " + near.start()
						+ " (" + source.fileName() + ", line " + source.lineOf(near.start()) + ") except for " + near.differences()
						+ ": the text has \"" + near.words() + "\"; write the text's exact words (the quick fix in the workbench does)");
			} else {
				left++;
				err.println(where + "error: " + what + (places.isEmpty() ? " occurs nowhere in " + source.fileName()
						+ (anchor.getPrefix() != null || anchor.getSuffix() != null ? " with its prefix and suffix" : "")
						+ "; check the quote against the text (claimbench validate says what differs)"
						: " occurs at " + places.stream().limit(SHOWN_PLACES).map(String::valueOf).collect(Collectors.joining(", "))
								+ (places.size() > SHOWN_PLACES ? " and more" : "") + " in " + source.fileName()
								+ "; write the offset of the one you mean ('at N'), and anchor adds the context that tells it"
								+ " apart, or give a prefix or suffix that only it has"));
			}
		}
		int placed = unplaced - left;
		boolean changed = placed + contexts > 0;
		out.println("anchor: " + file + ": " + unplaced + " without an offset: " + placed + " placed, " + left + " left"
				+ (contexts > 0 ? "; " + contexts + (contexts == 1 ? " repeated quote" : " repeated quotes") + " given context" : "")
				+ (dryRun && changed ? " (dry run: " + file + " not written)" : ""));
		if (changed && !dryRun) {
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

	/**
	 * An anchor that stands on its words, but whose quote occurs elsewhere with the same context (or without
	 * any): writes the shortest context that tells its place apart, so re-anchoring after a change of the text
	 * finds the same words. Anchors that do not stand on their words are left to {@code reanchor}.
	 */
	private static boolean giveContext(Anchor anchor, SourceText source, OffsetEdits edits, String report, PrintWriter out) {
		String text = source.text();
		String quote = anchor.getQuote();
		int at = anchor.getOffset();
		if (quote == null || quote.isEmpty() || !AnchorMatcher.matchesAt(text, quote, at)
				|| !AnchorMatcher.prefixMatches(text, at, anchor.getPrefix())
				|| !AnchorMatcher.suffixMatches(text, at + quote.length(), anchor.getSuffix())
				|| AnchorPlaces.of(text, quote, anchor.getPrefix(), anchor.getSuffix(), 2).size() != 2) {
			return false;
		}
		Optional<UniqueContext.Context> context = UniqueContext.of(text, quote, at, anchor.getPrefix(), anchor.getSuffix());
		if (context.isEmpty()) {
			out.println(report + " no context: the passage around it recurs word for word in " + source.fileName());
			return false;
		}
		edits.write(anchor, null, context.get());
		out.println(report + " the context" + describe("prefix", context.get().prefix(), anchor.getPrefix())
				+ describe("suffix", context.get().suffix(), anchor.getSuffix()));
		return true;
	}

	private static String describe(String part, String value, String before) {
		return value.isEmpty() || value.equals(before) ? "" : " " + part + " " + DoubleQuotedStrings.literal(value);
	}
}
