package org.claimbench.core;

import java.io.IOException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.IntConsumer;

import org.claimbench.model.claims.ClaimsPackage;
import org.claimbench.model.claims.Document;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
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
		Path file = fileOf(resource);
		List<Diagnostic> diagnostics = new ArrayList<>();
		if (!(resource instanceof XtextResource xtext)) {
			return diagnostics;
		}
		IResourceValidator validator = xtext.getResourceServiceProvider().getResourceValidator();
		List<Issue> issues = validator.validate(resource, CheckMode.ALL, CancelIndicator.NullImpl);
		for (Issue issue : issues) {
			diagnostics.add(toDiagnostic(file, issue));
		}
		for (var content : resource.getContents()) {
			if (content instanceof Document document) {
				checkSourceText(file, document, diagnostics);
			}
		}
		diagnostics.sort(Comparator.comparingInt(Diagnostic::line).thenComparingInt(Diagnostic::column));
		return diagnostics;
	}

	/**
	 * A document whose source text is missing or unreadable cannot be checked against it. The
	 * DSL's validator may report this itself; then its diagnostic on that line is the one kept.
	 */
	private void checkSourceText(Path file, Document document, List<Diagnostic> diagnostics) {
		if (document.getSource() == null) {
			return;
		}
		List<INode> nodes = NodeModelUtils.findNodesForFeature(document, ClaimsPackage.Literals.DOCUMENT__SOURCE);
		int line = nodes.isEmpty() ? 1 : nodes.get(0).getStartLine();
		int column = nodes.isEmpty() ? 1
				: NodeModelUtils.getLineAndColumn(nodes.get(0), nodes.get(0).getOffset()).getColumn();
		boolean alreadyReported = diagnostics.stream()
				.anyMatch(d -> d.line() == line && d.column() == column && d.isError());
		if (alreadyReported) {
			return;
		}
		try {
			SourceTexts.read(document);
		} catch (IOException e) {
			diagnostics.add(new Diagnostic(file, line, column, Severity.ERROR, ProblemCodes.MISSING_SOURCE, e.getMessage()));
		}
	}

	private static Diagnostic toDiagnostic(Path file, Issue issue) {
		Severity severity = switch (issue.getSeverity()) {
			case ERROR -> Severity.ERROR;
			case WARNING -> Severity.WARNING;
			default -> Severity.INFO;
		};
		int line = issue.getLineNumber() == null ? 0 : issue.getLineNumber();
		int column = issue.getColumn() == null ? 0 : issue.getColumn();
		return new Diagnostic(file, line, column, severity, issue.getCode(), issue.getMessage());
	}

	static Path fileOf(Resource resource) {
		return resource.getURI().isFile() ? relativeToWorkingDirectory(Paths.get(resource.getURI().toFileString()))
				: Paths.get(resource.getURI().toString());
	}

	private static Path relativeToWorkingDirectory(Path file) {
		Path here = Paths.get("").toAbsolutePath();
		return file.startsWith(here) ? here.relativize(file) : file;
	}
}
