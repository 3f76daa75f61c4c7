package org.claimbench.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.claimbench.core.io.CsvCell;
import org.claimbench.core.agreement.AgreementReport;
import org.claimbench.core.agreement.Gamma;
import org.claimbench.core.agreement.Measure;
import org.claimbench.core.agreement.Statement;
import org.claimbench.core.agreement.StatementStream;
import org.claimbench.core.agreement.UnitRow;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "agree", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
		description = { "Measures how far coders agree: their documents are grouped by source text (curated ones left out),",
				"claims and actor mentions aligned by span overlap (same kind first), then Krippendorff's unitizing",
				"alpha over the characters per claim kind and for mentions, gamma (Mathet et al. 2015) over whole claims,",
				"stacked or not, and alpha on the aligned units for kind,",
				"holders, each attribute, relations and whole claims; per statement and pooled, across all coders",
				"and, with more than two, pairwise. The documents are checked for syntax and linking errors only,",
				"which make a version unusable for comparing; 'claimbench validate' runs every check." },
		exitCodeListHeading = "%nExit codes:%n",
		exitCodeList = { "0:measured", "2:usage or I/O problem, or no statement with two coders' documents" })
class AgreeCommand implements Callable<Integer> {

	enum Format {
		text, json, csv
	}

	@Spec
	CommandSpec spec;

	@Parameters(arity = "1..*", paramLabel = "PATH", description = "The coders' annotation files, or folders of them.")
	List<Path> paths;

	@Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
			description = "text (a table of measures), json (measures) or csv (one row per unit: agreed, disputed, one coder only).")
	Format format;

	@Option(names = "--seed", paramLabel = "SEED", defaultValue = "" + Gamma.DEFAULT_SEED,
			description = "Seed of the shuffled continua γ's expected disorder is sampled from (default: ${DEFAULT-VALUE}); the same seed gives the same γ.")
	long seed;

	@Option(names = "--samples", paramLabel = "N", defaultValue = "" + Gamma.DEFAULT_SAMPLES,
			description = "Shuffled continua per statement for γ's expected disorder (default: ${DEFAULT-VALUE}).")
	int samples;

	private final Progress progress;
	private final WorkingDirectory workingDirectory;

	AgreeCommand(Progress progress, WorkingDirectory workingDirectory) {
		this.progress = progress;
		this.workingDirectory = workingDirectory;
	}

	@Override
	public Integer call() {
		PrintWriter out = spec.commandLine().getOut();
		PrintWriter err = spec.commandLine().getErr();
		if (samples < 1) {
			err.println("claimbench: agree: --samples must be at least 1, not " + samples);
			return ExitCodes.USAGE_OR_IO;
		}
		// One statement's documents at a time: a thousand statements' documents do not fit in memory together.
		List<Path> resolved = workingDirectory.resolve(paths);
		StatementStream stream = new StatementStream();
		int total = stream.count(resolved);
		stream.onProgress(done -> progress.report(err, "parsed", done, total), done -> progress.report(err, "measured", done, total));
		AgreementReport.Builder[] builder = { new AgreementReport.Builder(seed, samples) };
		StatementStream.Result loaded = stream.load(resolved, statement -> builder[0].measure(statement), measured -> builder[0].add(measured),
				() -> builder[0] = new AgreementReport.Builder(seed, samples));
		if (loaded.hasLoadProblems()) {
			workingDirectory.shownAll(loaded.diagnostics()).forEach(d -> err.println(d.format()));
			return ExitCodes.USAGE_OR_IO;
		}
		CoderDocuments.warnOfErrors(err, "agree", "syntax or linking errors", loaded.files(), workingDirectory.shownAll(loaded.diagnostics()));
		AgreementReport report = builder[0].build();
		if (report.statements().stream().noneMatch(s -> s.coders().size() > 1)) {
			err.println("claimbench: agree: no source text is coded by two documents in " + paths
					+ " (coders' documents name the same 'source'; see 'claimbench agree --help')");
			return ExitCodes.USAGE_OR_IO;
		}
		switch (format) {
			case json -> printJson(out, report);
			case csv -> printCsv(out, report);
			default -> printText(out, report);
		}
		return ExitCodes.OK;
	}

	private static void printText(PrintWriter out, AgreementReport report) {
		for (Statement statement : report.statements()) {
			out.println(statement.name() + ": " + String.join(", ", statement.coders())
					+ (statement.coders().size() < 2 ? " (one coder: not measured)" : ""));
		}
		out.println();
		String[] header = { "Statement", "Coders", "Measure", "Value", "Units" };
		List<String[]> lines = report.measures().stream().map(m -> new String[] { m.statement(), m.coders(), m.name(),
				value(m.value()), String.valueOf(m.units()) }).toList();
		int[] widths = new int[header.length];
		for (int i = 0; i < header.length; i++) {
			widths[i] = header[i].length();
			for (String[] line : lines) {
				widths[i] = Math.max(widths[i], line[i].length());
			}
		}
		printRow(out, header, widths);
		String[] rule = new String[header.length];
		for (int i = 0; i < rule.length; i++) {
			rule[i] = "-".repeat(widths[i]);
		}
		printRow(out, rule, widths);
		lines.forEach(line -> printRow(out, line, widths));
		out.println();
		long agreed = report.rows().stream().filter(r -> r.status() == UnitRow.Status.AGREED).count();
		long disputed = report.rows().stream().filter(r -> r.status() == UnitRow.Status.DISPUTED).count();
		long single = report.rows().size() - agreed - disputed;
		out.println("Units: " + agreed + " agreed, " + disputed + " disputed, " + single + " coded by one coder only"
				+ " (--format csv lists them).");
		report.notes().forEach(out::println);
	}

	private static void printRow(PrintWriter out, String[] cells, int[] widths) {
		StringBuilder line = new StringBuilder();
		for (int i = 0; i < cells.length; i++) {
			boolean number = i >= 3;
			String cell = number ? " ".repeat(widths[i] - cells[i].length()) + cells[i]
					: cells[i] + " ".repeat(widths[i] - cells[i].length());
			line.append(i == 0 ? "" : "  ").append(cell);
		}
		out.println(line.toString().stripTrailing());
	}

	private static String value(double value) {
		return Double.isNaN(value) ? "n/a" : String.format(Locale.ROOT, "%.3f", value);
	}

	private static void printJson(PrintWriter out, AgreementReport report) {
		JsonObject json = new JsonObject();
		JsonArray statements = new JsonArray();
		for (Statement statement : report.statements()) {
			JsonObject item = new JsonObject();
			item.addProperty("source", statement.name());
			JsonArray coders = new JsonArray();
			statement.coders().forEach(coders::add);
			item.add("coders", coders);
			statements.add(item);
		}
		json.add("statements", statements);
		JsonArray measures = new JsonArray();
		for (Measure measure : report.measures()) {
			JsonObject item = new JsonObject();
			item.addProperty("statement", measure.statement());
			item.addProperty("coders", measure.coders());
			item.addProperty("name", measure.name());
			if (Double.isNaN(measure.value())) {
				item.add("value", null);
			} else {
				item.addProperty("value", measure.value());
			}
			item.addProperty("units", measure.units());
			measures.add(item);
		}
		json.add("measures", measures);
		JsonArray notes = new JsonArray();
		report.notes().forEach(notes::add);
		json.add("notes", notes);
		out.println(new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().serializeNulls().create().toJson(json));
	}

	private static void printCsv(PrintWriter out, AgreementReport report) {
		out.println("statement,unit,label,begin,end,status,coders");
		for (UnitRow row : report.rows()) {
			out.println(String.join(",", CsvCell.of(row.statement()), row.type(), CsvCell.of(row.label()),
					row.span() == null ? "" : String.valueOf(row.span().begin()),
					row.span() == null ? "" : String.valueOf(row.span().end()), row.status().toString(),
					CsvCell.of(String.join(" ", row.coders()))));
		}
	}
}
