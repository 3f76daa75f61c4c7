package org.claimbench.ui.internal.editor;

import java.util.List;
import java.util.function.Supplier;

import org.claimbench.model.claims.Document;
import org.claimbench.workspace.internal.model.Span;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Listener;

/**
 * Clicks at one place of the text where claims and mentions overlap step through them, innermost first:
 * each click makes the next one the annotation the views show, so every stacked claim can be reached.
 */
final class OverlapCycling implements Listener {

	/** Told which annotation a click chose, as "2 of 3 here". */
	interface Report {
		void chosen(Span span, int position, int count);
	}

	private final StyledText text;
	private final Supplier<Document> document;
	private final SourceSelectionProvider selection;
	private final Report report;
	private int lastOffset = -1;
	private int index;

	OverlapCycling(StyledText text, Supplier<Document> document, SourceSelectionProvider selection, Report report) {
		this.text = text;
		this.document = document;
		this.selection = selection;
		this.report = report;
	}

	@Override
	public void handleEvent(Event event) {
		if (event.button != 1 || text.getSelectionCount() > 0 || document.get() == null) {
			lastOffset = -1;
			return;
		}
		int offset = text.getCaretOffset();
		List<Span> spans = Span.at(document.get(), offset);
		if (spans.size() < 2) {
			lastOffset = -1;
			return;
		}
		index = offset == lastOffset ? (index + 1) % spans.size() : 0;
		lastOffset = offset;
		Span chosen = spans.get(index);
		selection.select(offset, 0, chosen.owner());
		report.chosen(chosen, index + 1, spans.size());
	}
}
