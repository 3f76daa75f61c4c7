package org.claimbench.ui.sourceeditor.internal;

import java.util.List;

import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IDocumentExtension4;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextPresentationListener;
import org.eclipse.jface.text.TextAttribute;
import org.eclipse.jface.text.TextPresentation;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.swt.custom.StyleRange;

/**
 * Lays the semantic colours (kinds, actors, claims, attributes) over the lexical ones. They are shown only
 * for the text they were computed from; after an edit they come back with the next analysis.
 */
final class SemanticHighlighter implements ITextPresentationListener {

	private final ISourceViewer viewer;
	private List<Highlight> highlights = List.of();
	private long stamp = IDocumentExtension4.UNKNOWN_MODIFICATION_STAMP;

	SemanticHighlighter(ISourceViewer viewer) {
		this.viewer = viewer;
	}

	/** Called on the UI thread with a finished analysis. */
	void show(long analysedStamp, List<Highlight> analysed) {
		stamp = analysedStamp;
		highlights = analysed;
		if (current()) {
			viewer.invalidateTextPresentation();
		}
	}

	private boolean current() {
		IDocument document = viewer.getDocument();
		return document instanceof IDocumentExtension4 stamped && stamped.getModificationStamp() == stamp;
	}

	@Override
	public void applyTextPresentation(TextPresentation presentation) {
		if (!current()) {
			return;
		}
		IRegion extent = presentation.getExtent();
		int extentEnd = extent.getOffset() + extent.getLength();
		for (Highlight highlight : highlights) {
			TextAttribute colour = SourceColors.semantic(highlight.style());
			int start = Math.max(highlight.offset(), extent.getOffset());
			int end = Math.min(highlight.offset() + highlight.length(), extentEnd);
			if (colour == null || end <= start) {
				continue;
			}
			StyleRange range = new StyleRange(start, end - start, colour.getForeground(), null, colour.getStyle());
			presentation.mergeStyleRange(range);
		}
	}
}
