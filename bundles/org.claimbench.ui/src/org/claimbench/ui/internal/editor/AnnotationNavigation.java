package org.claimbench.ui.internal.editor;

import java.util.Comparator;
import java.util.List;

import org.claimbench.model.claims.Claim;
import org.claimbench.model.claims.Document;
import org.claimbench.workspace.internal.model.Span;
import org.claimbench.ui.internal.views.Paragraphs;
import org.claimbench.ui.internal.views.Paragraphs.Paragraph;

/**
 * Where the keys that walk through a statement go: the next or previous annotation (a claim's quote or an actor
 * mention) in text order, and the next paragraph no claim quotes yet, the work still to do.
 */
public final class AnnotationNavigation {

	private AnnotationNavigation() {
	}

	/**
	 * The annotation after the selected words in text order (by start, the shorter first), or null at the last
	 * one; a caret counts as an empty selection, so an annotation starting right there comes next.
	 */
	public static Span next(Document document, int offset, int length, int textLength) {
		int end = offset + length;
		return inTextOrder(document, textLength).stream()
				.filter(span -> span.offset() > offset || span.offset() == offset && span.end() > end).findFirst()
				.orElse(null);
	}

	/** The annotation before the selected words in text order, or null at the first one. */
	public static Span previous(Document document, int offset, int length, int textLength) {
		int end = offset + length;
		List<Span> spans = inTextOrder(document, textLength);
		for (int i = spans.size() - 1; i >= 0; i--) {
			Span span = spans.get(i);
			if (span.offset() < offset || span.offset() == offset && span.end() < end) {
				return span;
			}
		}
		return null;
	}

	/** The first paragraph after the one holding offset that no claim quotes, or null when there is none. */
	public static Paragraph nextUnannotatedParagraph(Document document, String sourceText, int offset) {
		List<Span> quotes = Span.of(document).stream().filter(span -> span.owner() instanceof Claim).toList();
		for (Paragraph paragraph : Paragraphs.of(sourceText).all()) {
			if (paragraph.start() > offset && quotes.stream()
					.noneMatch(span -> span.offset() < paragraph.end() && span.end() > paragraph.start())) {
				return paragraph;
			}
		}
		return null;
	}

	private static List<Span> inTextOrder(Document document, int textLength) {
		return Span.of(document).stream().filter(span -> span.end() <= textLength)
				.sorted(Comparator.comparingInt(Span::offset).thenComparingInt(Span::end)).toList();
	}
}
