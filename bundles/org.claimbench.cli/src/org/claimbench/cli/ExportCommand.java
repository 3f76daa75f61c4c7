package org.claimbench.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import org.claimbench.cli.report.EdgeListCsv;
import org.claimbench.cli.report.TextReport;
import org.claimbench.core.Diagnostic;
import org.claimbench.core.ModelLoader;
import org.claimbench.core.StreamingValidator;
import org.claimbench.core.export.DocumentPass;
import org.claimbench.core.export.ExportRoots;
import org.claimbench.core.export.Exporter;
import org.claimbench.core.export.GraphMlExporter;
import org.claimbench.core.export.JsonExporter;
import org.claimbench.core.export.NetworkExporter;
import org.claimbench.core.export.StreamingJsonExport;
import org.claimbench.core.export.StreamingXmiExport;
import org.claimbench.core.export.UimaExporter;
import org.claimbench.core.export.WebAnnotationExporter;
import org.claimbench.core.export.XmiExporter;
import org.claimbench.core.io.AtomicFiles;
import org.claimbench.core.network.NetworkSource;
import org.claimbench.core.network.NetworkBuilder;
import org.claimbench.core.network.NetworkKind;
import org.claimbench.core.network.NetworkSpec;
import org.claimbench.core.network.TimeWindow;
import org.claimbench.core.series.OneVersionEach;
import org.claimbench.model.claims.Anchor;
import org.claimbench.model.claims.Document;

import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "export", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
		description = { "Exports the annotation documents found in PATH... as one file.",
				"Refuses a model with errors unless --force; the output file is replaced atomically." },
		exitCodeListHeading = "%nExit codes:%n",
		exitCodeList = { "0:exported", "1:refused: the model has errors", "2:usage or I/O problem" })
class ExportCommand implements Callable<Integer> {

	/** The export formats users type after {@code --to}. */
	enum Target {
		xmi(command -> new XmiExporter()), json(command -> new JsonExporter()),
		webannotation(command -> command.sourceBase == null ? new WebAnnotationExporter() : new WebAnnotationExporter(command.sourceBase)),
		uima(command -> new UimaExporter()), graphml(command -> new GraphMlExporter(command.networkSpec())),
		edges(command -> new EdgeListCsv(command.networkSpec()));

		final Function<ExportCommand, Exporter> exporter;

		Target(Function<ExportCommand, Exporter> exporter) {
			this.exporter = exporter;
		}

		boolean isNetwork() {
			return this == graphml || this == edges;
		}
	}

	/** Reads the labels users type ("two-mode"), which are no Java names. */
	static final class NetworkKindConverter implements ITypeConverter<NetworkKind> {
		@Override
		public NetworkKind convert(String value) {
			NetworkKind kind = NetworkKind.ofLabel(value);
			if (kind == null) {
				throw new TypeConversionException("'" + value + "' is no network; use full, two-mode or actors");
			}
			return kind;
		}
	}

	private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

	static final String TYPE_SYSTEM = "typesystem.xml";

	@Spec
	CommandSpec spec;

	@Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or folders (searched recursively).")
	List<Path> paths;

	@Option(names = "--to", required = true, paramLabel = "FORMAT",
			description = "xmi (EMF XMI, self-contained), json, webannotation (W3C Web Annotation JSON-LD), uima "
					+ "(a UIMA CAS XMI for INCEpTION, one document, with typesystem.xml written beside it), graphml "
					+ "(a network for Gephi, yEd, Cytoscape), or edges (the network's edges as CSV).")
	Target target;

	@Option(names = "--network", paramLabel = "NETWORK", converter = NetworkKindConverter.class,
			description = "With --to graphml or edges: full (actors and claims, holding, membership and relations; the default), "
					+ "two-mode (actors and claim kinds) or actors (agreement and conflict between actors).")
	NetworkKind network;

	@Option(names = "--qualifier", paramLabel = "ATTRIBUTE",
			description = "With --network two-mode or actors: the claim attribute whose value qualifies a claim "
					+ "(e.g. valence); actors that hold claims of one kind with different values conflict. "
					+ "Without it, holding claims of the same kind is agreement.")
	String qualifier;

	@Option(names = "--since", paramLabel = "DATE", description = "With --to graphml or edges: only statements dated DATE "
			+ "(YYYY-MM-DD) or later.")
	String since;

	@Option(names = "--until", paramLabel = "DATE", description = "With --to graphml or edges: only statements dated DATE "
			+ "(YYYY-MM-DD) or earlier.")
	String until;

	@Option(names = { "-o", "--output" }, required = true, paramLabel = "OUT", description = "The file to write.")
	Path output;

	@Option(names = "--force", description = "Export even when the model has errors.")
	boolean force;

	@Option(names = "--source-base", paramLabel = "URI",
			description = "With --to webannotation: name each source text as URI plus its path in the document "
					+ "(e.g. https://example.org/statements/) instead of its file: URI on this machine.")
	URI sourceBase;

	private final Progress progress;
	private final WorkingDirectory workingDirectory;

	ExportCommand(Progress progress, WorkingDirectory workingDirectory) {
		this.progress = progress;
		this.workingDirectory = workingDirectory;
	}

	@Override
	public Integer call() {
		PrintWriter err = spec.commandLine().getErr();
		if (sourceBase != null && (target != Target.webannotation || !sourceBase.isAbsolute())) {
			err.println("claimbench: --source-base needs --to webannotation and an absolute URI such as https://example.org/statements/");
			return ExitCodes.USAGE_OR_IO;
		}
		String networkProblem = networkOptionProblem();
		if (networkProblem != null) {
			err.println("claimbench: " + networkProblem);
			return ExitCodes.USAGE_OR_IO;
		}
		Path file = workingDirectory.resolve(output);
		if (!Files.isDirectory(file.toAbsolutePath().getParent())) {
			err.println(Folders.missing(output, file));
			return ExitCodes.USAGE_OR_IO;
		}
		List<Path> files = workingDirectory.resolve(paths);
		List<Path> collected = new ModelLoader().collect(files, new ArrayList<>());
		List<Path> given = collected.stream().filter(DocumentPass::isDocument).toList();
		Notes notes = new Notes(new ExportRoots(given), new ConcurrentHashMap<>(), ConcurrentHashMap.newKeySet(), new ArrayList<>());
		if (target == Target.xmi) {
			try (StreamingXmiExport xmi = new StreamingXmiExport(given, file.toAbsolutePath().getParent())) {
				return export(file, files, collected, notes, xmi, err);
			} catch (IOException e) {
				err.println("claimbench: cannot write " + output + ": " + e.getMessage());
				return ExitCodes.USAGE_OR_IO;
			}
		}
		return export(file, files, collected, notes, null, err);
	}

	/** Validates, then writes unless refused. */
	private int export(Path file, List<Path> files, List<Path> collected, Notes notes, StreamingXmiExport xmi, PrintWriter err) {
		// Every format but UIMA is written as it goes, a document at a time, after a validation that keeps none of
		// them (XMI while it validates); a CAS holds one text, so UIMA takes one document, and is refused several
		// before any is loaded.
		boolean streaming = target != Target.uima;
		List<Document> documents = null;
		Checked checked;
		if (streaming) {
			try {
				checked = validateStreaming(files, notes, xmi, err);
			} catch (IllegalStateException e) {
				// The XMI spool is written during validation: a full disk shows here.
				if (e.getCause() instanceof UncheckedIOException io) {
					err.println("claimbench: cannot write " + output + ": " + io.getCause().getMessage());
					return ExitCodes.USAGE_OR_IO;
				}
				throw e;
			}
		} else {
			String several = severalDocuments(collected);
			if (several != null) {
				err.println("claimbench: " + several);
				return ExitCodes.USAGE_OR_IO;
			}
			CheckedModel model = CheckedModel.load(paths, workingDirectory, progress, err);
			documents = model.model().documents();
			checked = new Checked(model.loadProblems(workingDirectory), documents.size(),
					documents.stream().mapToInt(d -> d.getClaims().size()).sum(),
					documents.stream().mapToLong(ExportCommand::anchorsWithoutOffset).sum(), model.errors());
		}
		if (!checked.loadProblems().isEmpty()) {
			checked.loadProblems().forEach(d -> err.println(d.format()));
			err.println("claimbench: nothing exported");
			return ExitCodes.USAGE_OR_IO;
		}
		if (checked.documents() == 0) {
			err.println("claimbench: nothing to export: no annotation document (.claims) among " + paths);
			return ExitCodes.USAGE_OR_IO;
		}
		long unplaced = checked.unplacedAnchors();
		if (unplaced > 0) {
			// Not even with --force: every exported anchor would claim the words at offset 0.
			err.println("claimbench: export refused: " + unplaced + (unplaced == 1 ? " anchor has" : " anchors have")
					+ " no offset; write them with 'claimbench anchor' first");
			return ExitCodes.MODEL_ERRORS;
		}
		if (!checked.errors().isEmpty() && !force) {
			List<Diagnostic> errors = checked.errors();
			errors.forEach(d -> err.println(d.format()));
			err.println("claimbench: export refused: the model has " + errors.size()
					+ (errors.size() == 1 ? " error" : " errors") + " (use --force to export anyway)");
			return ExitCodes.MODEL_ERRORS;
		}
		if (Files.isDirectory(file)) {
			err.println("claimbench: " + output + " is a folder; give the file to write with -o");
			return ExitCodes.USAGE_OR_IO;
		}
		NetworkSource built = null;
		try {
			if (streaming) {
				NetworkSource[] network = new NetworkSource[1];
				AtomicFiles.write(file, out -> network[0] = writeStreaming(collected, checked.documents(), notes, xmi, out));
				built = network[0];
			} else {
				Exporter exporter = target.exporter.apply(this);
				byte[] bytes;
				try {
					bytes = exporter.export(documents);
				} catch (IOException e) {
					// What the format cannot hold (a second text, a register, a source that cannot be read): nothing
					// was written, so it is no write failure.
					err.println("claimbench: export refused: " + e.getMessage());
					return ExitCodes.USAGE_OR_IO;
				}
				if (exporter instanceof UimaExporter uima) {
					// INCEpTION and UIMA's tools read the type system from typesystem.xml beside the XMI.
					AtomicFiles.write(file.resolveSibling(TYPE_SYSTEM), uima.typeSystem());
				}
				AtomicFiles.write(file, bytes);
			}
		} catch (IOException | RuntimeException e) {
			err.println("claimbench: cannot write " + output + ": " + e.getMessage());
			return ExitCodes.USAGE_OR_IO;
		}
		spec.commandLine().getOut().println("exported " + checked.documents()
				+ (checked.documents() == 1 ? " document" : " documents") + " (" + checked.claims() + " claims) as " + target
				+ " to " + output + (target == Target.uima ? " and " + output.resolveSibling(TYPE_SYSTEM) : "")
				+ (target.isNetwork() ? networkSummary(built, notes) : ""));
		return ExitCodes.OK;
	}

	/**
	 * What the validation notes of each document for the writing pass, which sees each once more: the roots beyond
	 * the given documents that an XMI carries, and each document's version of its statement, which a network chooses
	 * among, and which documents lie in its time window.
	 */
	private record Notes(ExportRoots roots, Map<String, OneVersionEach.Version> versions, Set<String> inWindow,
			List<OneVersionEach.Version> setAside) {
	}

	/** Writes the documents one at a time; returns the network, for a network format. */
	private NetworkSource writeStreaming(List<Path> files, int documents, Notes notes, StreamingXmiExport xmi, OutputStream out)
			throws IOException {
		switch (target) {
			case json -> new StreamingJsonExport().write(files, out);
			case xmi -> xmi.finish(files, notes.roots().inOrder(files.stream().filter(DocumentPass::isDocument).toList()), out);
			case webannotation -> {
				WebAnnotationExporter exporter = (WebAnnotationExporter) target.exporter.apply(this);
				OutputStream buffered = new BufferedOutputStream(out);
				try (WebAnnotationExporter.AnnotationCollections collections = exporter.collections(buffered, documents)) {
					new DocumentPass(files).forEachDocument(collections::add);
				}
				buffered.flush();
			}
			case graphml, edges -> {
				return writeNetwork(new DocumentPass(files), notes, out);
			}
			default -> throw new IllegalStateException(target + " is not written as it goes");
		}
		return null;
	}

	/**
	 * The network of the documents as {@link NetworkSpec#build} makes it of them all, built from one at a time and
	 * written: the registers, and of each statement the version chosen (from the versions noted during validation) if
	 * it lies in the window. Which those are is known before the pass, so that a relation into a document not yet met
	 * is kept or left out at once; the full network waits in files beside the output until it is written.
	 */
	private NetworkSource writeNetwork(DocumentPass pass, Notes notes, OutputStream out) throws IOException {
		List<OneVersionEach.Version> versions = pass.documents().stream()
				.map(document -> notes.versions().get(DocumentPass.uriOf(document).toString())).filter(Objects::nonNull).toList();
		Set<String> added = new HashSet<>();
		versions.stream().filter(OneVersionEach.Version::register).forEach(version -> added.add(version.file()));
		OneVersionEach.choose(versions, notes.setAside()).stream().filter(version -> notes.inWindow().contains(version.file()))
				.forEach(version -> added.add(version.file()));
		Predicate<Document> isAdded = document -> document.eResource() != null && added.contains(document.eResource().getURI().toString());
		Path beside = workingDirectory.resolve(output).toAbsolutePath().getParent();
		try (NetworkBuilder<? extends NetworkSource> builder = networkSpec().builder(isAdded, beside)) {
			pass.forEachDocument(document -> {
				if (isAdded.test(document)) {
					builder.add(document);
				}
			});
			NetworkSource network = builder.network();
			((NetworkExporter) target.exporter.apply(this)).write(network, out);
			return network;
		}
	}

	/** What the export refuses on, found before anything is written. */
	private record Checked(List<Diagnostic> loadProblems, int documents, int claims, long unplacedAnchors,
			List<Diagnostic> errors) {
	}

	/** The checks of the files as {@code validate} makes them: each document loaded, validated, counted and dropped. */
	private Checked validateStreaming(List<Path> files, Notes notes, StreamingXmiExport xmi, PrintWriter err) {
		int total = new ModelLoader().collect(files, new ArrayList<>()).size();
		AtomicInteger documents = new AtomicInteger();
		AtomicInteger claims = new AtomicInteger();
		AtomicLong unplaced = new AtomicLong();
		StreamingValidator.Result result = new StreamingValidator()
				.onProgress(done -> progress.report(err, "validated", done, total))
				.onDocument(document -> {
					documents.incrementAndGet();
					claims.addAndGet(document.getClaims().size());
					unplaced.addAndGet(anchorsWithoutOffset(document));
					if (xmi != null) {
						notes.roots().visit(document);
						xmi.add(document);
					}
					if (target.isNetwork() && document.eResource() != null) {
						String file = document.eResource().getURI().toString();
						notes.versions().put(file, OneVersionEach.Version.of(document));
						if (networkSpec().window().contains(document)) {
							notes.inWindow().add(file);
						}
					}
				}).validate(files);
		return new Checked(workingDirectory.shownAll(result.loadProblems()), documents.get(), claims.get(), unplaced.get(),
				workingDirectory.shownAll(result.diagnostics()).stream().filter(Diagnostic::isError).toList());
	}

	NetworkSpec networkSpec() {
		return new NetworkSpec(network == null ? NetworkKind.FULL : network, qualifier, new TimeWindow(since, until));
	}

	/** What is wrong with the network options, or null; they only mean something for a network. */
	private String networkOptionProblem() {
		if (!target.isNetwork() && (network != null || qualifier != null || since != null || until != null)) {
			return "--network, --qualifier, --since and --until need --to graphml or --to edges";
		}
		if (qualifier != null && (network == null || network == NetworkKind.FULL)) {
			return "--qualifier needs --network two-mode or --network actors";
		}
		for (String date : new String[] { since, until }) {
			if (date != null && !DATE.matcher(date).matches()) {
				return "'" + date + "' is no date; write --since and --until as YYYY-MM-DD";
			}
		}
		return null;
	}

	private String networkSummary(NetworkSource built, Notes notes) {
		List<OneVersionEach.Version> setAside = notes.setAside();
		return " (" + built.kind() + " network: " + TextReport.plural(built.nodeCount(), "node") + ", "
				+ TextReport.plural(built.edgeCount(), "edge") + ")" + (setAside.isEmpty() ? ""
						: "; set aside, other coders' versions: " + String.join(", ", setAside.stream().map(OneVersionEach.Version::name).toList()));
	}

	/** Why a UIMA export of the files cannot be, told from their names alone: a CAS holds one text. Null when it can. */
	private static String severalDocuments(List<Path> files) {
		List<String> documents = files.stream().filter(DocumentPass::isDocument)
				.map(file -> file.getFileName().toString()).toList();
		if (documents.size() <= 1) {
			return null;
		}
		int shown = Math.min(documents.size(), 3);
		return "a UIMA CAS holds one text: give one .claims file, not " + documents.size() + " ("
				+ String.join(", ", documents.subList(0, shown)) + (documents.size() > shown ? " and " + (documents.size() - shown) + " more" : "")
				+ ")";
	}

	private static long anchorsWithoutOffset(Document document) {
		long count = 0;
		for (var contents = document.eAllContents(); contents.hasNext();) {
			if (contents.next() instanceof Anchor anchor && !anchor.isSetOffset()) {
				count++;
			}
		}
		return count;
	}
}
