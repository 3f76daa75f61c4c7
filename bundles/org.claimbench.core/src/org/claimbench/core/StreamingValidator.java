package org.claimbench.core;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.IntConsumer;

import org.claimbench.model.claims.Document;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.resource.XtextResourceSet;

/**
 * Validates many files with bounded memory and all cores: the project's schemas and registers are loaded
 * once per worker, then each annotation document is loaded, validated and dropped in turn. This gives
 * the same diagnostics as loading everything into one resource set: a document links into itself, its
 * schemas and registers, and into other documents only through the project's index ({@link ProjectContext}),
 * which loads just the documents it refers to, and drops them with it.
 */
public class StreamingValidator {

	/** The files looked at (readable or not) and every diagnostic, load problems first (and on their own). */
	public record Result(int files, List<Diagnostic> diagnostics, List<Diagnostic> loadProblems) {
		public boolean hasLoadProblems() {
			return !loadProblems.isEmpty();
		}

		public boolean hasErrors() {
			return diagnostics.stream().anyMatch(Diagnostic::isError);
		}
	}

	private IntConsumer progress = done -> {
	};

	private Consumer<Document> visitor = document -> {
	};

	/** Told the number of files validated so far; may be called from several threads, one call at a time. */
	public StreamingValidator onProgress(IntConsumer listener) {
		this.progress = listener;
		return this;
	}

	/**
	 * Shown every annotation document validated while it is loaded and linked, for figures a caller needs from
	 * each without keeping them all; called from several threads at once.
	 */
	public StreamingValidator onDocument(Consumer<Document> listener) {
		this.visitor = listener;
		return this;
	}

	public Result validate(List<Path> paths) {
		List<Diagnostic> loadProblems = new ArrayList<>();
		List<Path> files = new ModelLoader().collect(paths, loadProblems);
		List<Path> documents = files.stream().filter(StreamingValidator::isDocument).toList();
		List<Path> schemas = new ArrayList<>(files.stream().filter(f -> !isDocument(f)).toList());
		ProjectContext project = ProjectContext.of(files);
		List<Diagnostic> diagnostics = new ArrayList<>();
		AtomicInteger done = new AtomicInteger();
		XtextResourceSet schemaSet = ClaimBenchLanguages.newResourceSet();
		List<Resource> loadedSchemas = new ArrayList<>();
		for (Path schema : schemas) {
			Resource resource = ModelLoader.loadFile(schemaSet, schema, loadProblems);
			if (resource != null) {
				loadedSchemas.add(resource);
			}
		}
		project.install(schemaSet);
		ModelValidator validator = new ModelValidator();
		for (Resource schema : loadedSchemas) {
			diagnostics.addAll(validator.validate(schema));
			report(done.incrementAndGet());
		}
		diagnostics.addAll(validateDocuments(documents, project, schemas, schemaSet, loadProblems, done));
		List<Diagnostic> all = new ArrayList<>(loadProblems);
		all.addAll(diagnostics);
		return new Result(files.size() + (int) loadProblems.stream().filter(p -> !files.contains(p.file())).count(),
				all, List.copyOf(loadProblems));
	}

	private List<Diagnostic> validateDocuments(List<Path> documents, ProjectContext project, List<Path> schemas,
			XtextResourceSet schemaSet, List<Diagnostic> loadProblems, AtomicInteger done) {
		int workers = Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), documents.size()));
		ExecutorService pool = Executors.newFixedThreadPool(workers, runnable -> {
			Thread thread = new Thread(runnable, "claimbench-validation");
			thread.setDaemon(true);
			return thread;
		});
		// The set the schemas were just validated in serves the first worker: one parse of the schemas fewer per run.
		Queue<XtextResourceSet> spare = new ConcurrentLinkedQueue<>(List.of(schemaSet));
		ThreadLocal<XtextResourceSet> sets = ThreadLocal.withInitial(() -> {
			XtextResourceSet set = spare.poll();
			if (set == null) {
				set = ClaimBenchLanguages.newResourceSet();
				for (Path schema : schemas) {
					ModelLoader.loadFile(set, schema, new ArrayList<>());
				}
				project.install(set);
			}
			return set;
		});
		try {
			List<Future<List<Diagnostic>>> results = new ArrayList<>();
			for (Path document : documents) {
				results.add(pool.submit(() -> validateOne(sets.get(), document, loadProblems, done)));
			}
			List<Diagnostic> diagnostics = new ArrayList<>();
			for (Future<List<Diagnostic>> result : results) {
				diagnostics.addAll(result.get());
			}
			return diagnostics;
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("validation interrupted", e);
		} catch (ExecutionException e) {
			throw new IllegalStateException("validation failed: " + e.getCause(), e.getCause());
		} finally {
			pool.shutdownNow();
		}
	}

	private List<Diagnostic> validateOne(XtextResourceSet set, Path document, List<Diagnostic> loadProblems,
			AtomicInteger done) {
		List<Diagnostic> problems = new ArrayList<>();
		List<Resource> before = List.copyOf(set.getResources());
		// A register is shared context, already loaded in every set: validated where it is.
		Resource shared = set.getResource(URI.createFileURI(document.toAbsolutePath().normalize().toString()), false);
		Resource resource = shared != null ? shared : ModelLoader.loadFile(set, document, problems);
		List<Diagnostic> diagnostics = resource == null ? List.of() : new ModelValidator().validate(resource);
		if (resource != null) {
			resource.getContents().stream().filter(Document.class::isInstance).map(Document.class::cast).forEach(visitor);
		}
		// The document, and any other document its references loaded, leave the set again: dropping them is
		// enough for the garbage collector; unload() would walk the whole model.
		set.getResources().retainAll(before);
		synchronized (loadProblems) {
			loadProblems.addAll(problems);
		}
		report(done.incrementAndGet());
		return diagnostics;
	}

	private synchronized void report(int done) {
		progress.accept(done);
	}

	private static boolean isDocument(Path file) {
		return file.toString().endsWith("." + ClaimBenchLanguages.DOCUMENT_EXTENSION);
	}
}
