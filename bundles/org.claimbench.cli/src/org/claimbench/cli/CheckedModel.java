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

	static CheckedModel load(List<Path> paths, Progress progress, PrintWriter err) {
		ModelLoader loader = new ModelLoader();
		int total = loader.collect(paths, new ArrayList<>()).size();
		loader.onProgress(done -> progress.report(err, "parsed", done, total));
		LoadedModel model = loader.load(paths);
		int loaded = model.requested().size();
		List<Diagnostic> diagnostics = new ModelValidator().validate(model,
				done -> progress.report(err, "validated", done, loaded));
		return new CheckedModel(model, diagnostics);
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
