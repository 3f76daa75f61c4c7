package org.claimbench.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.claimbench.core.ClaimBenchLanguages;
import org.claimbench.core.Diagnostic;
import org.claimbench.core.LoadedModel;
import org.claimbench.core.ModelLoader;
import org.claimbench.core.StreamingValidator;
import org.claimbench.core.agreement.AgreementReport;
import org.claimbench.core.agreement.StatementStream;
import org.claimbench.core.series.CommitmentChains;
import org.claimbench.core.series.LinkSuggestions;
import org.claimbench.model.claims.Document;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;

import com.google.inject.Injector;

/**
 * Runs the headless benchmarks on synthetic corpora and prints a markdown table. Usage:
 * {@code Benchmarks WORK_FOLDER [PRODUCT SAMPLE]} (the corpora are generated there, outside git);
 * {@code Benchmarks --validation-only WORK_FOLDER} prints only the parse + link + validate and XMI
 * load rows, exporting the XMI only when an earlier run has not, for profiling and quick comparisons;
 * {@code Benchmarks --scale WORK_FOLDER PRODUCT [--only-100k] [FORMAT...]} validates 100k and 1M claims (100k only with
 * {@code --only-100k}) and times {@code claimbench export} of each to each format (all when none is given) in a JVM of its
 * own; {@code --only-1m} times only the exports of 1M claims, without validating first.
 */
public final class Benchmarks {

	private static final int CLAIMS_PER_DOCUMENT = 100;

	private final Injector injector = ClaimBenchLanguages.injector();
	private final Path work;
	private final List<String> rows = new ArrayList<>();

	private final boolean validationOnly;

	private Benchmarks(Path work, boolean validationOnly) {
		this.work = work;
		this.validationOnly = validationOnly;
	}

	public static void main(String[] arguments) throws Exception {
		List<String> args = new ArrayList<>(List.of(arguments));
		boolean validationOnly = args.remove("--validation-only");
		boolean seriesOnly = args.remove("--series-only");
		boolean agreementOnly = args.remove("--agreement-only");
		boolean scale = args.remove("--scale");
		// 100k claims only: a format's export checked in minutes rather than the better part of an hour.
		boolean only100k = args.remove("--only-100k");
		// The 1M exports alone: each takes the better part of an hour here, the validation rows another ten minutes.
		boolean only1m = args.remove("--only-1m");
		// The start-up rows alone (command line, workbench, the platform's floor): a few minutes.
		boolean startupOnly = args.remove("--startup-only");
		Path work = Path.of(args.isEmpty() ? "target/bench" : args.get(0)).toAbsolutePath();
		Benchmarks benchmarks = new Benchmarks(work, validationOnly);
		if (scale) {
			System.out.println(machineHeader());
			benchmarks.scale(args.size() > 1 ? Path.of(args.get(1)) : null, args.size() > 2 ? args.subList(2, args.size()) : List.of(),
					only100k ? new int[] { 100_000 } : only1m ? new int[] { 1_000_000 } : new int[] { 100_000, 1_000_000 });
			benchmarks.print();
			return;
		}
		if (startupOnly && args.size() > 2) {
			System.out.println(machineHeader());
			benchmarks.startup(Path.of(args.get(1)), Path.of(args.get(2)));
			benchmarks.print();
			return;
		}
		if (seriesOnly || agreementOnly) {
			System.out.println(machineHeader());
			if (seriesOnly) {
				benchmarks.series();
			} else {
				benchmarks.agreement();
			}
			benchmarks.print();
			return;
		}
		benchmarks.run();
		if (!validationOnly) {
			benchmarks.series();
			benchmarks.agreement();
		}
		if (args.size() > 2 && !validationOnly) {
			benchmarks.startup(Path.of(args.get(1)), Path.of(args.get(2)));
		}
		benchmarks.print();
	}

	private void run() throws Exception {
		System.out.println(machineHeader());
		double perClaimAt1k = 0;
		for (int claims : new int[] { 1_000, 10_000, 100_000 }) {
			Path folder = work.resolve("corpus-" + claims);
			List<Path> documents = corpus(folder, claims);
			int runs = claims >= 100_000 ? 1 : 3;
			int[] errors = new int[1];
			// The command line's path: schemas once per worker, documents streamed over all cores.
			Measurement.Result dsl = Measurement.measure(claims >= 100_000 ? 0 : 3, runs, () -> errors[0] = (int) new StreamingValidator()
					.validate(List.of(folder)).diagnostics().stream().filter(Diagnostic::isError).count());
			double perClaim = dsl.medianMillis() / claims;
			if (claims == 1_000) {
				perClaimAt1k = perClaim;
			}
			row("parse + link + validate, " + claims + " claims (" + documents.size() + " files, " + errors[0]
					+ " errors)", ms(dsl.medianMillis()), String.format("%,.0f claims/s, peak heap %s, cost/claim %.1fx of 1k",
							claims / (dsl.medianMillis() / 1000), mb(dsl.peakHeapBytes()), perClaim / perClaimAt1k));

			Path xmiFolder = folder.resolve("xmi");
			if (!validationOnly) {
				long[] bytes = new long[1];
				Measurement.Result export = Measurement.measure(0, 1, () -> bytes[0] = exportXmi(folder, documents, xmiFolder));
				row("XMI export, " + claims + " claims", ms(export.medianMillis()), mb(bytes[0]) + " written");
			} else if (!hasXmi(xmiFolder, documents.size())) {
				exportXmi(folder, documents, xmiFolder);
			}
			Measurement.Result xmi = Measurement.measure(1, runs, () -> loadXmi(xmiFolder));
			row("plain EMF XMI load, " + claims + " claims", ms(xmi.medianMillis()),
					String.format("DSL/XMI ratio %.2f, peak heap %s", dsl.medianMillis() / xmi.medianMillis(),
							mb(xmi.peakHeapBytes())));
		}
		if (!validationOnly) {
			incrementalRevalidation();
		}
	}

	/**
	 * Ten times the largest corpus: 1M claims in 10,000 documents validated as {@code claimbench validate} does,
	 * against 100k, in the same 1 GB heap; then {@code claimbench export} of both, a JVM of its own per run.
	 */
	private void scale(Path product, List<String> formats, int[] sizes) throws Exception {
		if (sizes.length == 1 && sizes[0] == 1_000_000) {
			corpus(work.resolve("corpus-1000000"), 1_000_000);
			exports(product, formats, sizes);
			return;
		}
		// Warmed up on 10k first: a cold 100k run would carry the JIT's work and flatter the 1M cost per claim.
		Path warmUp = work.resolve("corpus-10000");
		corpus(warmUp, 10_000);
		new StreamingValidator().validate(List.of(warmUp));
		double perClaimAt100k = 0;
		for (int claims : sizes) {
			Path folder = work.resolve("corpus-" + claims);
			List<Path> documents = corpus(folder, claims);
			long[] diagnostics = new long[2];
			Measurement.Result dsl = Measurement.measure(0, 1, () -> {
				List<Diagnostic> all = new StreamingValidator().validate(List.of(folder)).diagnostics();
				diagnostics[0] = all.stream().filter(Diagnostic::isError).count();
				diagnostics[1] = all.size();
			});
			double perClaim = dsl.medianMillis() / claims;
			if (claims == 100_000) {
				perClaimAt100k = perClaim;
			}
			row("scale: parse + link + validate, " + String.format("%,d", claims) + " claims (" + documents.size()
					+ " files, " + diagnostics[0] + " errors, " + diagnostics[1] + " diagnostics)", ms(dsl.medianMillis()),
					String.format("%,.0f claims/s, peak heap %s, cost/claim %.2fx of 100k", claims / (dsl.medianMillis() / 1000),
							mb(dsl.peakHeapBytes()), perClaim / perClaimAt100k));
		}
		if (product == null) {
			return;
		}
		CliProcess cli = new CliProcess(product, work.resolve("export"));
		// What each export is compared with: the validation it starts with, in a JVM of its own with the same heap.
		CliProcess.Result validated = cli.validate(work.resolve("corpus-100000"), "1g", 10);
		row("scale: `claimbench validate`, 100,000 claims, a JVM of its own with -Xmx1g", ms(validated.millis()),
				(validated.outcome() == null ? "completed" : validated.outcome()) + ", " + heap(validated));
		if (sizes.length > 1) {
			// Memory that stays flat shows in a heap far smaller than the benchmark's: the whole 1M run in a quarter of it.
			CliProcess.Result small = cli.validate(work.resolve("corpus-1000000"), "256m", 10);
			row("scale: `claimbench validate`, 1,000,000 claims, a JVM of its own with -Xmx256m", ms(small.millis()),
					(small.outcome() == null ? "completed" : small.outcome()) + ", " + heap(small));
		}
		exports(product, formats, sizes);
	}

	private void exports(Path product, List<String> formats, int[] sizes) throws Exception {
		CliProcess cli = new CliProcess(product, work.resolve("export"));
		List<String> targets = formats.isEmpty() ? List.of("xmi", "json", "webannotation", "uima", "graphml", "edges") : formats;
		for (String format : targets) {
			CliProcess.Result at100k = null;
			for (int claims : sizes) {
				String what = "scale: `claimbench export --to " + format + "`, " + String.format("%,d", claims) + " claims";
				if (at100k != null && (at100k.outcome() != null || at100k.peakHeapBytes() > Runtime.getRuntime().maxMemory() * 0.9)) {
					// Ten times what filled the heap cannot fit in it; trying takes minutes of collections first.
					row(what, "–", "not tried: 100k already filled the 1 GB heap");
					continue;
				}
				CliProcess.Result result = cli.export(work.resolve("corpus-" + claims), format,
						work.resolve("export").resolve("corpus-" + claims + "." + format), claims >= 1_000_000 ? 90 : 15);
				row(what, ms(result.millis()), (result.outcome() == null ? mb(result.bytesWritten()) + " written" : result.outcome())
						+ ", " + heap(result) + ", a JVM of its own with -Xmx1g");
				at100k = result;
			}
		}
	}

	private static String heap(CliProcess.Result result) {
		return "peak heap " + mb(result.peakHeapBytes()) + ", at most " + mb(result.mostLiveBytes()) + " left by a collection (GC log)";
	}

	/**
	 * {@code track} on a series of 1,000 statements (10 MB of text): loading and linking them, following the
	 * chains, and finding reused wording for {@code --suggest}, each timed on its own.
	 */
	private void series() throws Exception {
		int statements = 1_000;
		Path folder = work.resolve("series-" + statements);
		long bytes = new SyntheticSeries().write(folder, statements);
		LoadedModel[] model = new LoadedModel[1];
		Measurement.Result load = Measurement.measure(0, 1, () -> model[0] = new ModelLoader().load(List.of(folder)));
		List<Document> documents = model[0].documents();
		row("series: load + link " + statements + " statements (" + mb(bytes) + " of text)", ms(load.medianMillis()),
				documents.size() + " documents, peak heap " + mb(load.peakHeapBytes()));
		CommitmentChains.Result[] tracked = new CommitmentChains.Result[1];
		Measurement.Result chains = Measurement.measure(1, 3, () -> tracked[0] = CommitmentChains.of(documents,
				Set.of("reaffirms", "restates")));
		row("series: track's chains over " + statements + " statements", ms(chains.medianMillis()),
				tracked[0].chains().size() + " chains");
		int[] suggested = new int[1];
		Measurement.Result reuse = Measurement.measure(0, 1, () -> suggested[0] = LinkSuggestions.of(tracked[0]).size());
		row("series: track --suggest, reused wording over " + mb(bytes) + " of text", ms(reuse.medianMillis()),
				suggested[0] + " suggestions, peak heap " + mb(reuse.peakHeapBytes()));
	}

	/**
	 * {@code agree} over 1,000 statements each coded by two coders (100 claims a document, seeded differences), the
	 * way the command does it ({@link StatementStream}): each document's header read to find its statement, then each
	 * statement's documents parsed, linked, measured and dropped on all cores; then the pooled measures. Twice: first
	 * in this JVM (its classes loaded and compiled on the way, as for a command in a JVM of its own), then again, as
	 * the warm command-line server runs it from the second command on.
	 */
	private void agreement() throws Exception {
		int statements = 1_000;
		Path folder = work.resolve("coders-" + statements);
		int documents = new SyntheticCoders().write(folder, statements);
		agreementRun(folder, documents, statements, "first run in this JVM");
		agreementRun(folder, documents, statements, "again, warm");
	}

	private void agreementRun(Path folder, int documents, int statements, String run) throws Exception {
		AgreementReport.Builder[] builder = new AgreementReport.Builder[1];
		long[] findMillis = new long[1];
		long cpuBefore = processCpuMillis();
		Measurement.Result streamed = Measurement.measure(0, 1, () -> {
			builder[0] = new AgreementReport.Builder();
			long start = System.nanoTime();
			new StatementStream().onProgress(done -> {
				if (done == documents + 1) {
					findMillis[0] = (System.nanoTime() - start) / 1_000_000;
				}
			}, done -> {
			}).load(List.of(folder), statement -> builder[0].measure(statement), measured -> builder[0].add(measured),
					() -> builder[0] = new AgreementReport.Builder());
		});
		row("agree (" + run + "): find the statements (read " + documents + " documents' headers, " + statements + " pairs, "
				+ SyntheticCoders.CLAIMS + " claims each)", ms(findMillis[0]), "");
		row("agree (" + run + "): each statement parsed, linked, measured, dropped (all cores)", ms(streamed.medianMillis() - findMillis[0]),
				"peak heap " + mb(streamed.peakHeapBytes()) + " (whole run)");
		AgreementReport[] report = new AgreementReport[1];
		Measurement.Result pooled = Measurement.measure(0, 1, () -> report[0] = builder[0].build());
		row("agree (" + run + "): pooled measures over " + statements + " pairs", ms(pooled.medianMillis()),
				report[0].measures().size() + " measures, " + report[0].rows().size() + " units");
		row("agree (" + run + "): total, target 10 s", ms(streamed.medianMillis() + pooled.medianMillis()),
				"CPU time of all threads " + ms(processCpuMillis() - cpuBefore) + " (on a busy machine the wall time says little)");
	}

	/** CPU time this process has used, all threads (JIT and garbage collection included). */
	private static long processCpuMillis() {
		return java.lang.management.ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
				? os.getProcessCpuTime() / 1_000_000 : 0;
	}

	/** True when an earlier run left the XMI of every document and of the schema. */
	private static boolean hasXmi(Path xmiFolder, int documents) throws IOException {
		if (!Files.isDirectory(xmiFolder)) {
			return false;
		}
		try (Stream<Path> files = Files.list(xmiFolder)) {
			return files.filter(p -> p.toString().endsWith(".xmi")).count() == documents + 1;
		}
	}

	/** Start-up of the product's command line and workbench; the workbench needs a display. */
	private void startup(Path product, Path sample) throws Exception {
		ProcessTimings timings = new ProcessTimings(product);
		double javaVersion = timings.javaVersion(5);
		row("bare `java -version` of the same JDK", ms(javaVersion), "median of 5; the yardstick below");
		double inProcess = timings.cliValidateInProcess(sample, 5);
		row("`claimbench validate --no-server` of the sample, a JVM of its own", ms(inProcess),
				String.format("median of 5; %.1fx java -version", inProcess / javaVersion));
		double served = timings.cliValidateWarmServer(sample, 5);
		timings.stopServer();
		row("`claimbench validate` of the sample, warm command-line server", ms(served),
				String.format("median of 5; %.1fx java -version", served / javaVersion));
		if (System.getenv("DISPLAY") != null) {
			double workbench = timings.workbenchUp(Files.createDirectories(work.resolve("startup")), 3);
			row("workbench up (JVM start to window)", ms(workbench),
					String.format("median of 3, through the start script after a first start; %.0fx java -version", workbench / javaVersion));
			platformFloor(timings, javaVersion);
		}
	}

	/**
	 * The platform's own start, without ClaimBench: what no change to ClaimBench's bundles can take off the workbench's.
	 * The floor bundle is built beside this one; {@code ./bootstrap.sh bench} names it.
	 */
	private void platformFloor(ProcessTimings timings, double javaVersion) throws Exception {
		String floor = System.getProperty("claimbench.bench.floor");
		if (floor == null || !Files.isRegularFile(Path.of(floor))) {
			System.out.println("start-up floor skipped: -Dclaimbench.bench.floor does not name the built org.claimbench.benchmarks.floor jar");
			return;
		}
		Path scratch = Files.createDirectories(work.resolve("startup"));
		double e4 = timings.platformFloor(scratch, Path.of(floor), false, 3);
		row("platform floor: an e4 window with one empty part, only the bundles it needs", ms(e4),
				String.format("median of 3, after a first start; no ClaimBench bundle, no compatibility layer; %.0fx java -version", e4 / javaVersion));
		double all = timings.platformFloor(scratch, Path.of(floor), true, 3);
		row("the same window with all of the product's bundles installed", ms(all),
				String.format("median of 3, after a first start; resolved, not started; %.0fx java -version", all / javaVersion));
	}

	private void print() {
		System.out.println();
		System.out.println("| measurement | time | notes |");
		System.out.println("|---|---:|---|");
		rows.forEach(System.out::println);
	}

	private List<Path> corpus(Path folder, int claims) throws IOException {
		int documents = claims / CLAIMS_PER_DOCUMENT;
		if (Files.isDirectory(folder)) {
			try (Stream<Path> files = Files.list(folder)) {
				List<Path> existing = files.filter(p -> p.toString().endsWith(".claims")).sorted().toList();
				if (existing.size() == documents) {
					return existing;
				}
			}
		}
		return new SyntheticCorpus(42).write(folder, documents, CLAIMS_PER_DOCUMENT);
	}

	private XtextResourceSet load(Path folder, List<Path> documents) {
		XtextResourceSet set = injector.getInstance(XtextResourceSet.class);
		set.getResource(URI.createFileURI(folder.resolve("bench.cbschema").toString()), true);
		for (Path document : documents) {
			set.getResource(URI.createFileURI(document.toString()), true);
		}
		return set;
	}

	private int validateAll(Path folder, List<Path> documents) {
		XtextResourceSet set = load(folder, documents);
		int errors = 0;
		for (Resource resource : new ArrayList<>(set.getResources())) {
			IResourceValidator validator = ((XtextResource) resource).getResourceServiceProvider().getResourceValidator();
			for (Issue issue : validator.validate(resource, CheckMode.ALL, CancelIndicator.NullImpl)) {
				if (issue.getSeverity() == org.eclipse.xtext.diagnostics.Severity.ERROR) {
					errors++;
				}
			}
		}
		return errors;
	}

	/** Moves every model into an XMI resource of its own; documents keep their links into the schema's XMI. */
	private long exportXmi(Path folder, List<Path> documents, Path xmiFolder) throws Exception {
		return new XmiCorpusExport(injector, folder, xmiFolder).export(documents);
	}

	private void loadXmi(Path xmiFolder) throws IOException {
		ResourceSet set = new ResourceSetImpl();
		set.getResourceFactoryRegistry().getExtensionToFactoryMap().put("xmi", new XMIResourceFactoryImpl());
		try (Stream<Path> files = Files.list(xmiFolder)) {
			for (Path file : files.sorted().toList()) {
				set.getResource(URI.createFileURI(file.toString()), true);
			}
		}
		EcoreUtil.resolveAll(set);
	}

	/** One 1 MB document with about 10k anchors: edit one attribute value, re-parse partially and validate. */
	private void incrementalRevalidation() throws Exception {
		Path folder = work.resolve("large");
		SyntheticCorpus corpus = new SyntheticCorpus(7);
		corpus.writeSchema(folder);
		Path document = folder.resolve("large.claims");
		if (!Files.exists(document)) {
			corpus.writeDocument(folder, "large", 5_800, 1);
		}
		long textBytes = Files.size(folder.resolve("large.txt"));
		long anchors;
		try (Stream<String> lines = Files.lines(document)) {
			anchors = lines.filter(l -> l.contains("\" at ")).count();
		}
		int[] errors = new int[1];
		Measurement.Result full = Measurement.measure(1, 3,
				() -> errors[0] = validateAll(folder, List.of(document)));
		row(String.format("parse + link + validate one %.1f MB document, %,d anchors", textBytes / 1e6, anchors),
				ms(full.medianMillis()), errors[0] + " errors");

		XtextResourceSet set = load(folder, List.of(document));
		XtextResource resource = (XtextResource) set.getResource(URI.createFileURI(document.toString()), false);
		IResourceValidator validator = resource.getResourceServiceProvider().getResourceValidator();
		validator.validate(resource, CheckMode.ALL, CancelIndicator.NullImpl);
		List<Double> times = new ArrayList<>();
		for (int i = 0; i < 25; i++) {
			String text = resource.getParseResult().getRootNode().getText();
			int at = text.indexOf("valence ", text.length() * i / 25) + "valence ".length();
			int end = at;
			while (Character.isLetter(text.charAt(end))) {
				end++;
			}
			String replacement = text.startsWith("negative", at) ? "positive" : "negative";
			long start = System.nanoTime();
			resource.update(at, end - at, replacement);
			validator.validate(resource, CheckMode.ALL, CancelIndicator.NullImpl);
			times.add((System.nanoTime() - start) / 1e6);
		}
		row("change one claim in that document, partial re-parse + re-validate", ms(Measurement.median(times)),
				"median of 25; p95 " + ms(Measurement.percentile(times, 0.95)));
	}

	private void row(String what, String time, String notes) {
		String line = "| " + what + " | " + time + " | " + notes + " |";
		rows.add(line);
		System.err.println(line);
	}

	private static String ms(double millis) {
		return String.format("%,.0f ms", millis);
	}

	private static String mb(long bytes) {
		return String.format("%,.0f MB", bytes / 1e6);
	}

	private static String machineHeader() throws IOException {
		String memory = Files.readAllLines(Path.of("/proc/meminfo")).get(0).replaceAll("\\D+", "");
		return String.format("Machine: %d cores, %.0f GB memory, max heap %.0f MB, %s %s (%s)",
				Runtime.getRuntime().availableProcessors(), Long.parseLong(memory) / 1e6,
				Runtime.getRuntime().maxMemory() / 1e6, System.getProperty("java.vm.name"),
				System.getProperty("java.version"), System.getProperty("os.name"));
	}
}
