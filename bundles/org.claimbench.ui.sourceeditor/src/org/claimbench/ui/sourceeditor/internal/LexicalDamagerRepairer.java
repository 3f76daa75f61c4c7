package org.claimbench.ui.sourceeditor.internal;

import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.DocumentEvent;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITypedRegion;
import org.eclipse.jface.text.Region;
import org.eclipse.jface.text.rules.DefaultDamagerRepairer;

/**
 * Repaints only what an edit changed: the edited lines, widened to a comment the edit opens, closes or lies
 * in, as far as the lexer's tokens differ from before. Typing a letter repaints one line.
 */
public final class LexicalDamagerRepairer extends DefaultDamagerRepairer {

	private final LexicalScanner lexical;

	public LexicalDamagerRepairer(DslLanguage language) {
		this(new LexicalScanner(language));
	}

	private LexicalDamagerRepairer(LexicalScanner scanner) {
		super(scanner);
		this.lexical = scanner;
	}

	@Override
	public IRegion getDamageRegion(ITypedRegion partition, DocumentEvent event, boolean documentPartitioningChanged) {
		IDocument document = event.getDocument();
		String inserted = event.getText() == null ? "" : event.getText();
		int[] changed = lexical.update(document, event.getOffset(), event.getLength(), inserted.length());
		try {
			int start = document.getLineOffset(document.getLineOfOffset(changed[0]));
			int lastLine = document.getLineOfOffset(Math.min(Math.max(changed[1] - 1, changed[0]), document.getLength()));
			IRegion last = document.getLineInformation(lastLine);
			return new Region(start, last.getOffset() + last.getLength() - start);
		} catch (BadLocationException e) {
			return new Region(0, document.getLength());
		}
	}
}
