package org.claimbench.reliability;

import java.io.IOException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;

/**
 * The long fuzz run ({@code ./bootstrap.sh fuzz [inputs]}): the given number of inputs in total,
 * shared among the targets by their cost (a tenth to the anchor invariant), and a markdown table of what happened. Exits 1 when any
 * property broke; the failing inputs are kept in the output folder.
 * <p>
 * Arguments: inputs, the sample folder, an output folder, and optionally a seed.
 */
public final class Fuzz {

	public static final String SAMPLE_DOCUMENT = "us-japan-edd-2024.claims";
	public static final String SAMPLE_SOURCE = "us-japan-edd-2024.txt";
	/** The sample's model files, the statement under test last; the register and the 2023 statement it refers to before it. */
	public static final List<String> SAMPLE_MODEL_FILES = List.of("codebook.cbschema", "deterrence.cbschema",
			"us-japan-actors.claims", "us-japan-2023.claims", SAMPLE_DOCUMENT);
	/** The source texts of the sample's other statements, which validating the statement under test loads. */
	public static final List<String> SAMPLE_OTHER_SOURCES = List.of("us-japan-joint-statement-2023.txt");

	private Fuzz() {
	}

	/** Shares the inputs by cost: parsing and validating the sample costs some hundred times more than re-anchoring it. */
	public static List<FuzzTarget.Report> run(long inputs, long seed, Path sample, Path work, Findings findings)
			throws IOException {
		long dsl = Math.max(1, inputs / 400);
		long xmi = Math.max(1, inputs / 500);
		long validated = Math.max(1, inputs / 10);
		return run(dsl, xmi, Math.max(1, inputs - dsl - xmi - validated), validated, seed, sample, work, findings);
	}

	public static List<FuzzTarget.Report> run(long dsl, long xmi, long anchors, long seed, Path sample, Path work,
			Findings findings) throws IOException {
		return run(dsl, xmi, anchors, 0, seed, sample, work, findings);
	}

	/** @param validated inputs of the anchor invariant ({@link ValidatedAnchorFuzz}); none when 0 */
	public static List<FuzzTarget.Report> run(long dsl, long xmi, long anchors, long validated, long seed, Path sample,
			Path work, Findings findings) throws IOException {
		List<FuzzTarget.Report> reports = new ArrayList<>();
		reports.add(new DslFuzz(sample, SAMPLE_MODEL_FILES).run(dsl, seed, findings));
		reports.add(new XmiFuzz(sample.resolve(SAMPLE_DOCUMENT), work).run(xmi, seed + 1, findings));
		reports.add(new AnchorFuzz(sample.resolve(SAMPLE_DOCUMENT), SAMPLE_SOURCE).run(anchors, seed + 2, findings));
		if (validated > 0) {
			reports.add(new ValidatedAnchorFuzz(sample.resolve(SAMPLE_DOCUMENT), SAMPLE_SOURCE, work).run(validated,
					seed + 3, findings));
		}
		return reports;
	}

	public static void main(String[] args) throws IOException {
		if (args.length < 3) {
			System.err.println("usage: Fuzz INPUTS SAMPLE_FOLDER OUTPUT_FOLDER [SEED]");
			System.exit(2);
		}
		long inputs = Long.parseLong(args[0].replace("_", ""));
		Path sample = Paths.get(args[1]).toAbsolutePath();
		Path output = Paths.get(args[2]).toAbsolutePath();
		long seed = args.length > 3 ? Long.parseLong(args[3]) : 20241128L;
		Findings findings = new Findings(output.resolve("findings"));
		System.out.println("| target | inputs | time | rate | outcomes |");
		System.out.println("|---|---|---|---|---|");
		long total = 0;
		List<FuzzTarget.Report> reports = new ArrayList<>(run(inputs, seed, sample, output, findings));
		// Each layout is a folder of projects validated four ways: some thousand times a sample's cost.
		Path layouts = java.nio.file.Files.createDirectories(output.resolve("layouts"));
		reports.add(new ProjectLayoutFuzz(layouts).run(Math.max(20, inputs / 2000), seed + 4, findings));
		for (FuzzTarget.Report report : reports) {
			System.out.println(report.line());
			total += report.inputs();
		}
		System.out.println();
		System.out.println(total + " inputs, seed " + seed + ", " + findings.count() + " findings");
		findings.first().forEach(f -> System.out.println("- " + f));
		System.exit(findings.count() == 0 ? 0 : 1);
	}
}
