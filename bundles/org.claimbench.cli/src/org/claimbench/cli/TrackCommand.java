package org.claimbench.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;

import org.claimbench.core.io.CsvCell;
import org.claimbench.core.series.CommitmentChains;
import org.claimbench.core.series.CommitmentChains.Appearance;
import org.claimbench.core.series.Escalation;
import org.claimbench.core.series.LinkSuggestions;
import org.claimbench.core.series.LinkSuggestions.Suggestion;
import org.claimbench.core.series.CommitmentChains.Chain;
import org.claimbench.core.series.WordDiff;
import org.claimbench.model.claims.Document;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "track", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
		description = { "Follows claims across a series of statements: the statements are ordered by date, and claims",
				"joined by relations of a linking kind from one statement to another (reaffirms and restates unless",
				"--link names others) form chains. For each chain: where it first appears, each restatement with a",
				"word-level diff of its quoted wording ([-removed-] {+added+}), and the next statement of the same",
				"parties (one naming the same register actors) that no longer restates it. A value of an ordered enum",
				"(ordered enum Trend { ... }, mildest first) that moves up the scale escalates, down de-escalates. Of several coders'",
				"documents over one source text, the curated one is read, else the one that names no coder." },
		exitCodeListHeading = "%nExit codes:%n",
		exitCodeList = { "0:tracked", "2:usage or I/O problem" })
class TrackCommand implements Callable<Integer> {

	enum Format {
		text, json, csv
	}

	@Spec
	CommandSpec spec;

	@Parameters(arity = "1..*", paramLabel = "PATH", description = "The statements' annotation files, or folders of them.")
	List<Path> paths;

	@Option(names = "--link", paramLabel = "KIND", split = ",",
			description = "The relation kinds that link a claim to an earlier one (default: reaffirms,restates).")
	List<String> links = List.of("reaffirms", "restates");

	@Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
			description = "text, json (a chains array) or csv (one row per appearance).")
	Format format;

	@Option(names = "--suggest",
			description = "Also suggest links a coder may have missed: claims whose quote reuses the wording of an earlier "
					+ "statement (five-word phrases shared in order) and that link to no earlier claim yet.")
	boolean suggest;

	private final Progress progress;
	private final WorkingDirectory workingDirectory;

	TrackCommand(Progress progress, WorkingDirectory workingDirectory) {
		this.progress = progress;
		this.workingDirectory = workingDirectory;
	}

	@Override
	public Integer call() {
		PrintWriter out = spec.commandLine().getOut();
		PrintWriter err = spec.commandLine().getErr();
		List<Document> documents = CoderDocuments.load(paths, workingDirectory, progress, err, "track");
		if (documents == null) {
			return ExitCodes.USAGE_OR_IO;
		}
		if (suggest && format == Format.csv) {
			err.println("claimbench track: --suggest is for --format text or json; CSV holds the chains only");
			return ExitCodes.USAGE_OR_IO;
		}
		Set<String> kinds = new LinkedHashSet<>(links);
		CommitmentChains.Result result = CommitmentChains.of(documents, kinds);
		List<Suggestion> suggestions = suggest ? LinkSuggestions.of(result) : null;
		switch (format) {
			case json -> printJson(out, result, suggestions);
			case csv -> printCsv(out, result);
			default -> {
				printText(out, result, kinds);
				if (suggestions != null) {
					printSuggestions(out, suggestions);
				}
			}
		}
		return ExitCodes.OK;
	}

	private static void printSuggestions(PrintWriter out, List<Suggestion> suggestions) {
		out.println();
		if (suggestions.isEmpty()) {
			out.println("no suggested links: no unlinked claim reuses the wording of an earlier statement");
			return;
		}
		out.println("suggested links (" + suggestions.size() + "): claims reusing an earlier statement's wording, not linked to it yet");
		for (Suggestion suggestion : suggestions) {
			String to = suggestion.earlierClaim() != null
					? suggestion.earlierStatement().getName() + "." + suggestion.earlierClaim().getName()
					: suggestion.earlierStatement().getName() + " at " + suggestion.passage().start() + "-" + suggestion.passage().end()
							+ " (no claim there yet)";
			out.println("  " + suggestion.statement().getName() + "." + suggestion.claim().getName() + " -> " + to + ": "
					+ suggestion.passage().shared() + " of " + suggestion.passage().of() + " five-word phrases shared, \""
					+ suggestion.passageText().replaceAll("\\s+", " ") + "\"");
		}
	}

	private static void printText(PrintWriter out, CommitmentChains.Result result, Set<String> kinds) {
		out.println(result.statements().size() + (result.statements().size() == 1 ? " statement" : " statements") + " in date order: "
				+ String.join(", ", result.statements().stream().map(TrackCommand::dated).toList()));
		if (!result.setAside().isEmpty()) {
			out.println("set aside, other coders' versions: " + String.join(", ", result.setAside().stream().map(Document::getName).toList()));
		}
		if (result.chains().isEmpty()) {
			out.println("no chains: no relation " + String.join(" or ", kinds) + " links claims of two statements");
			return;
		}
		int number = 1;
		for (Chain chain : result.chains()) {
			out.println();
			out.println("chain " + number++ + ": " + chain.appearances().size() + " appearances");
			Appearance previous = null;
			for (Appearance appearance : chain.appearances()) {
				String where = date(appearance.statement()) + "  " + appearance.statement().getName() + "." + appearance.claim().getName()
						+ " (" + kindOf(appearance) + ")";
				if (previous == null) {
					out.println("  first   " + where + ": \"" + appearance.quote() + "\"");
				} else {
					out.println("  " + appearance.relation() + " " + where + ": " + wording(previous, appearance));
					for (Escalation move : Escalation.between(previous.claim(), appearance.claim())) {
						out.println("    " + move.describe());
					}
				}
				previous = appearance;
			}
			out.println(chain.notRestatedIn() == null ? "  still current: no later statement of the same parties"
					: "  not restated in " + dated(chain.notRestatedIn()));
		}
	}

	private static String wording(Appearance previous, Appearance appearance) {
		return WordDiff.same(previous.quote(), appearance.quote()) ? "same wording"
				: WordDiff.of(previous.quote(), appearance.quote());
	}

	private static void printJson(PrintWriter out, CommitmentChains.Result result, List<Suggestion> suggestions) {
		JsonObject json = new JsonObject();
		JsonArray statements = new JsonArray();
		result.statements().forEach(d -> {
			JsonObject item = new JsonObject();
			item.addProperty("document", d.getName());
			item.addProperty("date", d.getDate());
			statements.add(item);
		});
		json.add("statements", statements);
		JsonArray chains = new JsonArray();
		for (Chain chain : result.chains()) {
			JsonObject item = new JsonObject();
			JsonArray appearances = new JsonArray();
			Appearance previous = null;
			for (Appearance appearance : chain.appearances()) {
				JsonObject entry = new JsonObject();
				entry.addProperty("document", appearance.statement().getName());
				entry.addProperty("date", appearance.statement().getDate());
				entry.addProperty("claim", appearance.claim().getName());
				entry.addProperty("kind", kindOf(appearance));
				entry.addProperty("quote", appearance.quote());
				if (previous != null) {
					entry.addProperty("relation", appearance.relation());
					entry.addProperty("wordDiff", WordDiff.of(previous.quote(), appearance.quote()));
					JsonArray moves = new JsonArray();
					for (Escalation move : Escalation.between(previous.claim(), appearance.claim())) {
						JsonObject moved = new JsonObject();
						moved.addProperty("attribute", move.attribute());
						moved.addProperty("from", move.from());
						moved.addProperty("to", move.to());
						moved.addProperty("direction", move.up() ? "escalates" : "de-escalates");
						moves.add(moved);
					}
					entry.add("escalations", moves);
				}
				appearances.add(entry);
				previous = appearance;
			}
			item.add("appearances", appearances);
			if (chain.notRestatedIn() != null) {
				item.addProperty("notRestatedIn", chain.notRestatedIn().getName());
			}
			chains.add(item);
		}
		json.add("chains", chains);
		if (suggestions != null) {
			JsonArray suggested = new JsonArray();
			for (Suggestion suggestion : suggestions) {
				JsonObject item = new JsonObject();
				item.addProperty("document", suggestion.statement().getName());
				item.addProperty("claim", suggestion.claim().getName());
				item.addProperty("earlierDocument", suggestion.earlierStatement().getName());
				if (suggestion.earlierClaim() != null) {
					item.addProperty("earlierClaim", suggestion.earlierClaim().getName());
				}
				item.addProperty("start", suggestion.passage().start());
				item.addProperty("end", suggestion.passage().end());
				item.addProperty("sharedPhrases", suggestion.passage().shared());
				item.addProperty("quotePhrases", suggestion.passage().of());
				item.addProperty("passage", suggestion.passageText());
				suggested.add(item);
			}
			json.add("suggestions", suggested);
		}
		out.println(new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(json));
	}

	private static void printCsv(PrintWriter out, CommitmentChains.Result result) {
		out.println("chain,position,date,document,claim,kind,relation,quote,notRestatedIn,escalations");
		int number = 1;
		for (Chain chain : result.chains()) {
			int position = 1;
			Appearance previous = null;
			for (Appearance appearance : chain.appearances()) {
				String moves = previous == null ? "" : String.join("; ",
						Escalation.between(previous.claim(), appearance.claim()).stream().map(Escalation::describe).toList());
				out.println(String.join(",", String.valueOf(number), String.valueOf(position++), date(appearance.statement()),
						CsvCell.of(appearance.statement().getName()), CsvCell.of(appearance.claim().getName()),
						CsvCell.of(kindOf(appearance)), CsvCell.of(appearance.relation()), CsvCell.of(appearance.quote()),
						chain.notRestatedIn() == null ? "" : CsvCell.of(chain.notRestatedIn().getName()), CsvCell.of(moves)));
				previous = appearance;
			}
			number++;
		}
	}

	private static String kindOf(Appearance appearance) {
		return appearance.claim().getKind() == null ? "" : appearance.claim().getKind().getName();
	}

	private static String date(Document document) {
		return document.getDate() == null ? "undated" : document.getDate();
	}

	private static String dated(Document document) {
		return document.getName() + " (" + date(document) + ")";
	}
}
