package org.claimbench.ui.sourceeditor.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.claimbench.workspace.internal.validation.ValidationJob;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.xtext.ide.editor.syntaxcoloring.ISemanticHighlightingCalculator;
import org.eclipse.xtext.resource.XtextResource;

/**
 * Checks the source editor's text in the background, after the last of a burst of edits: refreshes the
 * file's problem markers and hands semantic highlighting and the outline to the editor.
 */
final class SourceAnalysisJob extends ValidationJob {

	private record Snapshot(String text, long stamp) {
	}

	private final DslLanguage language;
	private final Consumer<SourceAnalysis> done;
	private volatile Snapshot requested = new Snapshot("", -1);
	/** The snapshot the running validation parsed; only the job's thread uses it. */
	private Snapshot parsed;

	SourceAnalysisJob(IFile file, DslLanguage language, Consumer<SourceAnalysis> done) {
		super(file);
		this.language = language;
		this.done = done;
	}

	void request(String text, long stamp) {
		requested = new Snapshot(text, stamp);
		request();
	}

	@Override
	protected String currentText() {
		parsed = requested;
		return parsed.text();
	}

	@Override
	protected void validated(XtextResource resource, IProgressMonitor monitor) {
		List<Highlight> highlights = new ArrayList<>();
		language.get(ISemanticHighlightingCalculator.class).provideHighlightingFor(resource, (offset, length, styles) -> {
			for (String style : styles) {
				highlights.add(new Highlight(offset, length, style));
			}
		}, monitor::isCanceled);
		List<OutlineItem> outline = OutlineItem.of(resource.getContents().isEmpty() ? null : resource.getContents().get(0));
		done.accept(new SourceAnalysis(parsed.stamp(), highlights, outline));
	}
}
