package org.claimbench.ui.internal.source;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.claimbench.ui.internal.model.ProjectModelLoader;
import org.claimbench.ui.internal.validation.ProblemMarkers;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.xtext.ide.editor.syntaxcoloring.ISemanticHighlightingCalculator;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.Issue;

/**
 * Parses the source editor's text in the background, after the last of a burst of edits: refreshes the
 * file's problem markers and hands semantic highlighting and the outline to the editor.
 */
final class SourceAnalysisJob extends Job {

	public static final Object FAMILY = SourceAnalysisJob.class;
	private static final long DEBOUNCE_MILLIS = 300;

	private record Snapshot(String text, long stamp) {
	}

	private final IFile file;
	private final DslLanguage language;
	private final Consumer<SourceAnalysis> done;
	private volatile Snapshot snapshot;

	SourceAnalysisJob(IFile file, DslLanguage language, Consumer<SourceAnalysis> done) {
		super("Checking " + file.getName());
		this.file = file;
		this.language = language;
		this.done = done;
		setSystem(true);
	}

	void request(String text, long stamp) {
		snapshot = new Snapshot(text, stamp);
		cancel();
		schedule(DEBOUNCE_MILLIS);
	}

	@Override
	public boolean belongsTo(Object family) {
		return family == FAMILY;
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		Snapshot current = snapshot;
		try {
			XtextResource resource = new ProjectModelLoader().load(file, current.text());
			List<Issue> issues = resource.getResourceServiceProvider().getResourceValidator().validate(resource,
					CheckMode.ALL, monitor::isCanceled);
			if (monitor.isCanceled()) {
				return Status.CANCEL_STATUS;
			}
			ProblemMarkers.replace(file, issues);
			List<Highlight> highlights = new ArrayList<>();
			language.get(ISemanticHighlightingCalculator.class).provideHighlightingFor(resource,
					(offset, length, styles) -> {
						for (String style : styles) {
							highlights.add(new Highlight(offset, length, style));
						}
					}, monitor::isCanceled);
			List<OutlineItem> outline = OutlineItem.of(resource.getContents().isEmpty() ? null : resource.getContents().get(0));
			done.accept(new SourceAnalysis(current.stamp(), highlights, outline));
			return Status.OK_STATUS;
		} catch (CoreException e) {
			return e.getStatus();
		} catch (IOException e) {
			return Status.error("Could not check " + file.getFullPath() + ": " + e.getMessage(), e);
		}
	}
}
