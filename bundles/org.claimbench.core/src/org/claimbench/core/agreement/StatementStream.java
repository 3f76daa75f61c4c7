package org.claimbench.core.agreement;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.IntConsumer;

import org.claimbench.core.ClaimBenchLanguages;
import org.claimbench.core.Diagnostic;
import org.claimbench.core.ModelLoader;
import org.claimbench.core.ModelValidator;
import org.claimbench.core.ProjectContext;
import org.claimbench.model.claims.Document;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.resource.XtextResourceSet;

/**
 * Coders' documents one statement at a time, so that agreement over a thousand statements does not hold every
 * document at once: the schemas and registers are loaded once; each document is parsed once to learn which
 * statement it codes and dropped; then each statement's documents are loaded, linked, validated, handed on and
 * dropped again. The diagnostics are those of loading and validating everything together.
 */
public final class StatementStream {

	/** The files looked at, every diagnostic (load problems first), and whether some file could not be read. */
	public record Result(int files, List<Diagnostic> diagnostics, boolean hasLoadProblems) {
	}

	private IntConsumer parsed = done -> {
	};
	private IntConsumer measured = done -> {
	};

	/** Told the number of files parsed so far while finding the statements, and the number measured after. */
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
	 * Hands each statement (its documents loaded and linked, in coder order) to {@code statements}, in the order
	 * {@link Statement#group} gives; the documents are unloaded after the call returns. Nothing is handed on when
	 * a file cannot be read.
	 */
	public Result load(List<Path> paths, Consumer<Statement> statements) {
		List<Diagnostic> loadProblems = new ArrayList<>();
		List<Path> files = new ModelLoader().collect(paths, loadProblems);
		XtextResourceSet set = ClaimBenchLanguages.newResourceSet();
		List<Resource> schemas = new ArrayList<>();
		List<Path> documents = new ArrayList<>();
		for (Path file : files) {
			if (file.toString().endsWith("." + ClaimBenchLanguages.DOCUMENT_EXTENSION)) {
				documents.add(file);
			} else {
				Resource schema = ModelLoader.loadFile(set, file, loadProblems);
				if (schema != null) {
					schemas.add(schema);
				}
			}
		}
		ProjectContext.of(files).install(set);
		List<Resource> shared = List.copyOf(set.getResources());
		Map<String, List<Path>> byStatement = new LinkedHashMap<>();
		List<Path> others = new ArrayList<>();
		int done = schemas.size();
		for (Path file : documents) {
			Resource existing = set.getResource(uriOf(file), false);
			Resource resource = existing != null ? existing : ModelLoader.loadFile(set, file, loadProblems);
			String key = resource != null && resource.getContents().size() == 1 && resource.getContents().get(0) instanceof Document document
					? Statement.keyOf(document) : null;
			if (key != null) {
				byStatement.computeIfAbsent(key, k -> new ArrayList<>()).add(file);
			} else if (resource != null) {
				others.add(file);
			}
			set.getResources().retainAll(shared);
			parsed.accept(++done);
		}
		if (!loadProblems.isEmpty()) {
			return new Result(files.size() + (int) loadProblems.stream().filter(p -> !files.contains(p.file())).count(),
					loadProblems, true);
		}
		ModelValidator validator = new ModelValidator();
		List<Diagnostic> diagnostics = new ArrayList<>();
		for (Resource schema : schemas) {
			EcoreUtil.resolveAll(schema);
		}
		for (Resource schema : schemas) {
			diagnostics.addAll(validator.validate(schema));
		}
		int measuredFiles = schemas.size();
		for (Path file : others) {
			List<Resource> loaded = loadAndLink(set, List.of(file), shared, diagnostics);
			loaded.forEach(r -> diagnostics.addAll(validator.validate(r)));
			set.getResources().retainAll(shared);
			measured.accept(++measuredFiles);
		}
		for (List<Path> statementFiles : byStatement.values()) {
			List<Resource> loaded = loadAndLink(set, statementFiles, shared, diagnostics);
			List<Document> coded = new ArrayList<>();
			for (Resource resource : loaded) {
				diagnostics.addAll(validator.validate(resource));
				resource.getContents().stream().filter(Document.class::isInstance).map(Document.class::cast).forEach(coded::add);
			}
			Statement.group(coded).forEach(statements);
			// Dropping the resources is enough for the garbage collector; unload() would walk every model.
			set.getResources().retainAll(shared);
			measuredFiles += statementFiles.size();
			measured.accept(measuredFiles);
		}
		return new Result(files.size(), diagnostics, false);
	}

	/** The files' resources, parsed (or shared, for a register) and linked. */
	private static List<Resource> loadAndLink(XtextResourceSet set, List<Path> files, List<Resource> shared,
			List<Diagnostic> problems) {
		List<Resource> loaded = new ArrayList<>();
		for (Path file : files) {
			Resource existing = set.getResource(uriOf(file), false);
			Resource resource = existing != null ? existing : ModelLoader.loadFile(set, file, problems);
			if (resource != null) {
				loaded.add(resource);
			}
		}
		loaded.forEach(EcoreUtil::resolveAll);
		return loaded;
	}

	private static URI uriOf(Path file) {
		return URI.createFileURI(file.toAbsolutePath().normalize().toString());
	}
}
