package org.claimbench.reliability.jazzer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.claimbench.core.ClaimBenchLanguages;
import org.claimbench.core.Diagnostic;
import org.claimbench.core.LoadedModel;
import org.claimbench.core.ModelLoader;
import org.claimbench.core.ModelValidator;
import org.claimbench.reliability.DiagnosticProperty;
import org.claimbench.reliability.Fuzz;

/**
 * One file of a copy of the sample's project, replaced by each input and validated as
 * {@code claimbench validate FILE OTHERS} validates it: {@link ModelLoader} (with the project's schemas and
 * register) and {@link ModelValidator} (syntax, linking, every check). Properties: nothing escapes,
 * every diagnostic has a line and a message, and a whole-file problem of the loader names the file.
 */
public final class ValidatedFile {

	private final Path file;
	private final List<Path> paths = new ArrayList<>();
	/** Set when what the input cannot change is worked out once for all inputs; otherwise each input loads every file. */
	private Supplier<LoadedModel> warm;

	/**
	 * @param replaced the file of the sample each input stands in for
	 * @param alongside files of the sample validated with it (a document that uses a fuzzed schema)
	 */
	/**
	 * @param warmProject work out once what the input cannot change: for a document that no other file refers to
	 * (the statement under test), the other files ({@link WarmProject}); for a schema, the project's index of the
	 * other files ({@link WarmSchema})
	 */
	ValidatedFile(Path sample, Path folder, String replaced, List<String> alongside, boolean warmProject) {
		try {
			Files.createDirectories(folder);
			// The files the statement links to and their source texts; the other coder's copy stays out, since
			// the project index would parse it on every input for nothing.
			List<String> names = new ArrayList<>(Fuzz.SAMPLE_MODEL_FILES);
			names.add(Fuzz.SAMPLE_SOURCE);
			names.addAll(Fuzz.SAMPLE_OTHER_SOURCES);
			for (String name : names) {
				Files.copy(sample.resolve(name), folder.resolve(name), StandardCopyOption.REPLACE_EXISTING);
			}
			file = folder.resolve(replaced);
			paths.add(file);
			alongside.forEach(name -> paths.add(folder.resolve(name)));
			if (warmProject) {
				Files.copy(sample.resolve(replaced), file, StandardCopyOption.REPLACE_EXISTING);
				warm = replaced.endsWith("." + ClaimBenchLanguages.SCHEMA_EXTENSION) ? new WarmSchema(file, paths.subList(1, paths.size()))
						: new WarmProject(file)::load;
			}
			// Guice bindings, the grammar and the JIT warm up on the real file, not on the first timed input.
			validate(Files.readAllBytes(sample.resolve(replaced)));
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/**
	 * The sample's statement in a copy of its project, validated cold ({@code claimbench validate}'s own way, every
	 * file parsed for each input) or warm ({@link WarmProject}, what the document target runs): for comparing both.
	 */
	public static ValidatedFile sampleDocument(Path sample, Path folder, boolean warm) {
		return new ValidatedFile(sample, folder, Fuzz.SAMPLE_DOCUMENT, List.of(), warm);
	}

	/**
	 * The sample's schema that its statement uses, validated with the statement in a copy of the project, cold or warm
	 * ({@link WarmSchema}, what the schema target runs): for comparing both.
	 */
	public static ValidatedFile sampleSchema(Path sample, Path folder, boolean warm) {
		return new ValidatedFile(sample, folder, SchemaTarget.FUZZED_SCHEMA, List.of(Fuzz.SAMPLE_DOCUMENT), warm);
	}

	/** Validates the input as the file's content and checks the properties; the diagnostics, for comparing. */
	public List<Diagnostic> validate(byte[] input) {
		try {
			Files.write(file, input);
		} catch (IOException e) {
			throw new UncheckedIOException("cannot write the input to " + file, e);
		}
		LoadedModel model = warm != null ? warm.get() : new ModelLoader().load(paths);
		List<Diagnostic> diagnostics = new ModelValidator().validate(model);
		for (Diagnostic diagnostic : diagnostics) {
			if (model.loadProblems().contains(diagnostic)) {
				if (diagnostic.file() == null || diagnostic.message() == null || diagnostic.message().isBlank()) {
					throw new BrokenProperty("whole-file problem without a file or message: " + diagnostic);
				}
			} else {
				DiagnosticProperty.broken(diagnostic).ifPresent(problem -> {
					throw new BrokenProperty(problem);
				});
			}
		}
		return diagnostics;
	}
}
