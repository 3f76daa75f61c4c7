package org.claimbench.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.claimbench.core.Diagnostic;
import org.claimbench.core.LoadedModel;
import org.claimbench.core.ModelLoader;
import org.claimbench.core.ModelValidator;

/** Files loaded and validated, the first step of every subcommand that reads the DSL. */
record CheckedModel(LoadedModel model, List<Diagnostic> diagnostics) {

	/** Loads the paths the user typed; the diagnostics name files as the user sees them. */
	static CheckedModel load(List<Path> typed, WorkingDirectory workingDirectory, Progress progress, PrintWriter err) {
		List<Path> paths = workingDirectory.resolve(typed);
		ModelLoader loader = new ModelLoader();
		int total = loader.collect(paths, new ArrayList<>()).size();
		loader.onProgress(done -> progress.report(err, "parsed", done, total));
		LoadedModel model = loader.load(paths);
		int loaded = model.requested().size();
		List<Diagnostic> diagnostics = new ModelValidator().validate(model,
				done -> progress.report(err, "validated", done, loaded));
		return new CheckedModel(model, workingDirectory.shownAll(diagnostics));
	}

	/** The problems that kept files from loading, naming them as the user sees them. */
	List<Diagnostic> loadProblems(WorkingDirectory workingDirectory) {
		return workingDirectory.shownAll(model.loadProblems());
	}

	boolean hasErrors() {
		return diagnostics.stream().anyMatch(Diagnostic::isError);
	}

	List<Diagnostic> errors() {
		return diagnostics.stream().filter(Diagnostic::isError).toList();
	}

	int files() {
		return model.files().size() + model.loadProblems().size();
	}
}
