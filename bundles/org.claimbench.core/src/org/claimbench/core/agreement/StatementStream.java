package org.claimbench.core.agreement;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.IntConsumer;

import org.claimbench.core.ClaimBenchLanguages;
import org.claimbench.core.Diagnostic;
import org.claimbench.core.ModelLoader;
import org.claimbench.core.ModelValidator;
import org.claimbench.core.ProjectContext;
import org.claimbench.core.io.Utf8Text;
import org.claimbench.model.claims.Document;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.resource.XtextResourceSet;

/**
 * Coders' documents one statement at a time, on all cores, so that agreement over a thousand statements neither
 * holds every document at once nor waits for one core. Which statement a document codes is read from its header
 * ({@link HeaderScan}) without parsing it; then each statement's documents are loaded (schemas and registers once
 * per worker), linked, checked for syntax and linking errors, handed to the work and dropped, and the work's results
 * are handed on in statement order. Each document's statement is checked against its parsed header; should a header scan ever have
 * guessed wrong, the caller is told to start over and every document's header is parsed first. The diagnostics are
 * the syntax and linking errors of loading everything together (and the schemas' full validation).
 */
public final class StatementStream {

	/** The files looked at, every diagnostic (load problems first), and whether some file could not be read. */
	public record Result(int files, List<Diagnostic> diagnostics, boolean hasLoadProblems) {
	}

	private record Group(String key, List<Path> files) {
	}

	private record Done<T>(List<Diagnostic> diagnostics, List<T> results) {
	}

	/** A parsed document codes another statement than its header scan said. */
	private static final class WrongGuess extends RuntimeException {
		private static final long serialVersionUID = 1L;
	}

	private IntConsumer parsed = done -> {
	};
	private IntConsumer measured = done -> {
	};

	/** Told the number of files read so far while finding the statements, and the number measured after. */
	public StatementStream onProgress(IntConsumer parsedListener, IntConsumer measuredListener) {
		this.parsed = parsedListener;
		this.measured = measuredListener;
		return this;
	}

	/** The number of files {@link #load} looks at for these paths. */
	public int count(List<Path> paths) {
		return new ModelLoader().collect(paths, new ArrayList<>()).size();
	}

	/**
	 * Runs {@code work} on each statement (its documents loaded and linked, in coder order; they are unloaded when the
	 * work returns), on worker threads, and hands the results to {@code results} on this thread in the order
	 * {@link Statement#group} gives. {@code startOver} is called when results handed on so far must be forgotten
	 * because they will be handed on again. Nothing is handed on when a file cannot be read.
	 */
	public <T> Result load(List<Path> paths, Function<Statement, T> work, Consumer<T> results, Runnable startOver) {
		try {
			return load(paths, work, results, true);
		} catch (WrongGuess e) {
			startOver.run();
			return load(paths, work, results, false);
		}
	}

	private <T> Result load(List<Path> paths, Function<Statement, T> work, Consumer<T> results, boolean scanHeaders) {
		List<Diagnostic> loadProblems = new ArrayList<>();
		List<Path> files = new ModelLoader().collect(paths, loadProblems);
		XtextResourceSet set = ClaimBenchLanguages.newResourceSet();
		List<Resource> schemas = new ArrayList<>();
		List<Path> schemaFiles = new ArrayList<>();
		List<Path> documents = new ArrayList<>();
		for (Path file : files) {
			if (file.toString().endsWith("." + ClaimBenchLanguages.DOCUMENT_EXTENSION)) {
				documents.add(file);
			} else {
				schemaFiles.add(file);
				Resource schema = ModelLoader.loadFile(set, file, loadProblems);
				if (schema != null) {
					schemas.add(schema);
				}
			}
		}
		ProjectContext project = ProjectContext.of(files);
		project.install(set);
		List<Resource> shared = List.copyOf(set.getResources());
		Map<String, List<Path>> byStatement = new LinkedHashMap<>();
		List<Path> others = new ArrayList<>();
		int done = schemas.size();
		// Each file is read for its header on all cores; the few the scan cannot tell are parsed here, in order.
		List<String> scanned = scanHeaders ? documents.parallelStream().map(StatementStream::scannedKey).toList() : null;
		for (int i = 0; i < documents.size(); i++) {
			Path file = documents.get(i);
			String key = scanHeaders ? scanned.get(i) : HeaderScan.UNKNOWN;
			if (key == HeaderScan.UNKNOWN) {
				key = parsedKey(set, file, loadProblems);
				set.getResources().retainAll(shared);
			}
			if (key != null) {
				byStatement.computeIfAbsent(key, k -> new ArrayList<>()).add(file);
			} else {
				others.add(file);
			}
			parsed.accept(++done);
		}
		if (!loadProblems.isEmpty()) {
			return new Result(files.size() + (int) loadProblems.stream().filter(p -> !files.contains(p.file())).count(),
					loadProblems, true);
		}
		ModelValidator validator = new ModelValidator();
		List<Diagnostic> diagnostics = new ArrayList<>();
		schemas.forEach(EcoreUtil::resolveAll);
		schemas.forEach(schema -> diagnostics.addAll(validator.validate(schema)));
		List<Group> groups = new ArrayList<>();
		others.forEach(file -> groups.add(new Group(null, List.of(file))));
		byStatement.forEach((key, group) -> groups.add(new Group(key, group)));
		int workers = Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), groups.size()));
		ExecutorService pool = Executors.newFixedThreadPool(workers, runnable -> {
			Thread thread = new Thread(runnable, "claimbench-agreement");
			thread.setDaemon(true);
			return thread;
		});
		// The set the schemas were loaded in serves the first worker; the others load their own.
		Queue<XtextResourceSet> spare = new ConcurrentLinkedQueue<>(List.of(set));
		ThreadLocal<XtextResourceSet> sets = ThreadLocal.withInitial(() -> {
			XtextResourceSet own = spare.poll();
			if (own == null) {
				own = ClaimBenchLanguages.newResourceSet();
				for (Path schema : schemaFiles) {
					ModelLoader.loadFile(own, schema, new ArrayList<>());
				}
				project.install(own);
			}
			return own;
		});
		try {
			List<Future<Done<T>>> futures = new ArrayList<>();
			for (Group group : groups) {
				futures.add(pool.submit(() -> measure(sets.get(), group, work, validator)));
			}
			int measuredFiles = schemas.size();
			for (int i = 0; i < futures.size(); i++) {
				Done<T> result = futures.get(i).get();
				diagnostics.addAll(result.diagnostics());
				result.results().forEach(results);
				measuredFiles += groups.get(i).files().size();
				measured.accept(measuredFiles);
			}
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("agreement interrupted", e);
		} catch (ExecutionException e) {
			if (e.getCause() instanceof WrongGuess wrong) {
				throw wrong;
			}
			throw new IllegalStateException("agreement failed: " + e.getCause(), e.getCause());
		} finally {
			pool.shutdownNow();
		}
		return new Result(files.size(), diagnostics, false);
	}

	/** Loads and links a group's files, checks their syntax, links and statement, runs the work and drops them again. */
	private static <T> Done<T> measure(XtextResourceSet set, Group group, Function<Statement, T> work, ModelValidator validator) {
		List<Resource> before = List.copyOf(set.getResources());
		List<Diagnostic> diagnostics = new ArrayList<>();
		List<Resource> loaded = new ArrayList<>();
		for (Path file : group.files()) {
			Resource existing = set.getResource(uriOf(file), false);
			Resource resource = existing != null ? existing : ModelLoader.loadFile(set, file, diagnostics);
			if (resource != null) {
				loaded.add(resource);
			}
		}
		List<Document> coded = new ArrayList<>();
		for (Resource resource : loaded) {
			// Syntax and links are what make a version unusable for comparing; the model checks are validate's business.
			// Every link is resolved on the way, so no resolveAll walk of its own.
			diagnostics.addAll(validator.checkSyntaxAndLinks(resource));
			Document document = documentOf(resource);
			String key = document == null ? null : Statement.keyOf(document);
			if (!java.util.Objects.equals(key, group.key())) {
				throw new WrongGuess();
			}
			if (document != null) {
				coded.add(document);
			}
		}
		List<T> results = group.key() == null ? List.of() : Statement.group(coded).stream().map(work).toList();
		// Dropping the resources is enough for the garbage collector; unload() would walk every model.
		set.getResources().retainAll(before);
		return new Done<>(diagnostics, results);
	}

	/** The statement key from the file's header, or {@link HeaderScan#UNKNOWN} when the scan cannot tell. */
	private static String scannedKey(Path file) {
		try {
			if (Files.size(file) > ModelLoader.MAX_FILE_BYTES) {
				return HeaderScan.UNKNOWN;
			}
			return HeaderScan.keyOf(file, Utf8Text.read(file));
		} catch (IOException | RuntimeException e) {
			return HeaderScan.UNKNOWN;
		}
	}

	private static String parsedKey(XtextResourceSet set, Path file, List<Diagnostic> loadProblems) {
		Resource existing = set.getResource(uriOf(file), false);
		Resource resource = existing != null ? existing : ModelLoader.loadFile(set, file, loadProblems);
		Document document = resource == null ? null : documentOf(resource);
		return document == null ? null : Statement.keyOf(document);
	}

	private static Document documentOf(Resource resource) {
		return resource.getContents().size() == 1 && resource.getContents().get(0) instanceof Document document ? document : null;
	}

	private static URI uriOf(Path file) {
		return URI.createFileURI(file.toAbsolutePath().normalize().toString());
	}
}
