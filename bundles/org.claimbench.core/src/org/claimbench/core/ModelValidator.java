package org.claimbench.core;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.IntConsumer;

import org.claimbench.dsl.validation.SuggestedOffsets;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;

/**
 * Runs the languages' own validation (syntax, linking, every {@code @Check}) on the loaded files
 * and turns Xtext issues into plain diagnostics, sorted by file and position. Load problems come
 * first, so nothing the user named goes unmentioned.
 */
public class ModelValidator {

	public List<Diagnostic> validate(LoadedModel model) {
		return validate(model, done -> {
		});
	}

	/** As {@link #validate(LoadedModel)}, telling the listener the number of files validated so far. */
	public List<Diagnostic> validate(LoadedModel model, IntConsumer progress) {
		List<Diagnostic> diagnostics = new ArrayList<>(model.loadProblems());
		int done = 0;
		for (Resource resource : model.requested()) {
			diagnostics.addAll(validate(resource));
			progress.accept(++done);
		}
		return diagnostics;
	}

	public List<Diagnostic> validate(Resource resource) {
		return validate(resource, false);
	}

	/**
	 * Syntax and linking errors only ({@link SyntaxAndLinkValidator}), every link resolved, for commands that read
	 * documents rather than check them: the model checks took 40% of validating agree's documents.
	 */
	public List<Diagnostic> checkSyntaxAndLinks(Resource resource) {
		return validate(resource, true);
	}

	private static List<Diagnostic> validate(Resource resource, boolean syntaxAndLinksOnly) {
		Path file = fileOf(resource);
		List<Diagnostic> diagnostics = new ArrayList<>();
		if (!(resource instanceof XtextResource xtext)) {
			return diagnostics;
		}
		IResourceValidator validator = syntaxAndLinksOnly ? xtext.getResourceServiceProvider().get(SyntaxAndLinkValidator.class)
				: xtext.getResourceServiceProvider().getResourceValidator();
		List<Issue> issues = validator.validate(resource, CheckMode.ALL, CancelIndicator.NullImpl);
		for (Issue issue : issues) {
			diagnostics.add(toDiagnostic(file, issue));
		}
		diagnostics.sort(Comparator.comparingInt(Diagnostic::line).thenComparingInt(Diagnostic::column));
		return diagnostics;
	}

	private static Diagnostic toDiagnostic(Path file, Issue issue) {
		Severity severity = switch (issue.getSeverity()) {
			case ERROR -> Severity.ERROR;
			case WARNING -> Severity.WARNING;
			default -> Severity.INFO;
		};
		int line = issue.getLineNumber() == null ? 0 : issue.getLineNumber();
		int column = issue.getColumn() == null ? 0 : issue.getColumn();
		int endLine = issue.getLineNumberEnd() == null ? line : issue.getLineNumberEnd();
		int endColumn = issue.getColumnEnd() == null ? column : issue.getColumnEnd();
		return new Diagnostic(file, line, column, severity, issue.getCode(), issue.getMessage(), endLine, endColumn,
				SuggestedOffsets.of(issue.getCode(), issue.getData()));
	}

	/** The file as loaded (absolute): how to show it is the front end's business, which knows the user's folder. */
	static Path fileOf(Resource resource) {
		return resource.getURI().isFile() ? Paths.get(resource.getURI().toFileString())
				: Paths.get(resource.getURI().toString());
	}
}
