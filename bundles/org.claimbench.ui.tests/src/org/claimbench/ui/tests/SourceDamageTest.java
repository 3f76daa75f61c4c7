package org.claimbench.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.claimbench.ui.sourceeditor.internal.DslLanguage;
import org.claimbench.ui.sourceeditor.internal.LexicalDamagerRepairer;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.Document;
import org.eclipse.jface.text.DocumentEvent;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.TextPresentation;
import org.eclipse.jface.text.TypedRegion;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The source editor repaints what an edit changed, not the whole text: typing a letter in a document of 10,000
 * lines damages its line; opening a string or comment damages as far as it reaches, and no further.
 */
class SourceDamageTest {

	private static final int LINES = 10_000;

	private IDocument document;
	private LexicalDamagerRepairer damager;

	@BeforeEach
	void aLongDocumentColouredOnce() {
		StringBuilder text = new StringBuilder("document big source \"big.txt\" schema deterrence\n");
		for (int line = 1; line < LINES; line++) {
			text.append("actor A").append(line).append(" : State \"Actor ").append(line).append("\"\n");
		}
		document = new Document(text.toString());
		damager = new LexicalDamagerRepairer(DslLanguage.DOCUMENT);
		damager.setDocument(document);
		damager.createPresentation(new TextPresentation(), new TypedRegion(0, document.getLength(), IDocument.DEFAULT_CONTENT_TYPE));
	}

	/** Makes the edit as the text viewer does, then asks the damager what it spoiled. */
	private IRegion edit(int offset, int length, String text) throws BadLocationException {
		document.replace(offset, length, text);
		DocumentEvent event = new DocumentEvent(document, offset, length, text);
		return damager.getDamageRegion(new TypedRegion(0, document.getLength(), IDocument.DEFAULT_CONTENT_TYPE), event, false);
	}

	private IRegion line(int line) throws BadLocationException {
		return document.getLineInformation(line);
	}

	@Test
	void typingALetterDamagesItsLineOnly() throws Exception {
		int name = document.getLineOffset(5_000) + "actor A".length();

		IRegion damage = edit(name, 0, "x");

		assertEquals(line(5_000), damage, "one line of " + document.getNumberOfLines());
		IRegion replaced = edit(document.getLineOffset(5_001) + 6, 1, "B");
		assertEquals(line(5_001), replaced, "a replaced letter too");
		IRegion deleted = edit(document.getLineOffset(7) + 1, 3, "");
		assertEquals(line(7), deleted, "a deletion too");
	}

	@Test
	void aCommentOpenedOnALineDamagesUpToWhereItClosesAndClosingItAgainToo() throws Exception {
		int opened = document.getLineOffset(100);
		int closed = document.getLineOffset(110);
		edit(closed, 0, "*/ ");

		IRegion damage = edit(opened, 0, "/* ");

		assertEquals(line(100).getOffset(), damage.getOffset());
		assertEquals(line(110).getOffset() + line(110).getLength(), damage.getOffset() + damage.getLength(),
				"the comment reaches from line 100 to line 110");

		IRegion removed = edit(opened, 3, "");
		assertEquals(line(100).getOffset(), removed.getOffset());
		assertTrue(removed.getOffset() + removed.getLength() >= line(110).getOffset(),
				"without its start, the comment's lines are actors again: " + removed);
		assertTrue(removed.getOffset() + removed.getLength() <= line(110).getOffset() + line(110).getLength());
	}

	@Test
	void aQuoteLeftOpenDamagesItsLineOnlyAsStringsStayOnOneLine() throws Exception {
		IRegion damage = edit(document.getLineOffset(200) + "actor A200 : State ".length(), 1, "");

		assertEquals(line(200), damage);
	}
}
