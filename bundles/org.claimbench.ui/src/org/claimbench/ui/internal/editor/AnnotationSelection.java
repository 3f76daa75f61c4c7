package org.claimbench.ui.internal.editor;

import org.claimbench.model.claims.DocumentElement;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.TextSelection;

/**
 * Words selected in the annotation editor's source text, and the claim or actor the user means by them when the
 * editor knows it (the one just made there); otherwise the views take the annotation under the words.
 */
public final class AnnotationSelection extends TextSelection {

	private final DocumentElement element;

	AnnotationSelection(IDocument document, int offset, int length, DocumentElement element) {
		super(document, offset, length);
		this.element = element;
	}

	/** The claim or actor meant, or null. */
	public DocumentElement element() {
		return element;
	}
}
