package org.claimbench.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;

import org.claimbench.ui.internal.views.Paragraphs;
import org.claimbench.ui.internal.views.Paragraphs.Paragraph;
import org.junit.jupiter.api.Test;

/** Where the Claims view's paragraphs begin and end: blocks of lines between blank lines. */
class ParagraphsTest {

	@Test
	void blankLinesSeparateParagraphsAndTheTitleLineIsTheFirst() {
		String text = "Title line\n\nFirst sentence.\nSame paragraph.\n\n\nSecond paragraph.\n";
		List<Paragraph> paragraphs = Paragraphs.of(text).all();
		assertEquals(List.of("Title line", "First sentence.\nSame paragraph.", "Second paragraph."),
				paragraphs.stream().map(Paragraph::text).toList());
		assertEquals(List.of(1, 2, 3), paragraphs.stream().map(Paragraph::number).toList());
		assertEquals(text.indexOf("First"), paragraphs.get(1).start());
		assertEquals(text.indexOf("Same paragraph.") + "Same paragraph.".length(), paragraphs.get(1).end());
	}

	@Test
	void linesOfOnlySpacesSeparateAndWindowsLineEndsAreLineEnds() {
		String text = "One\r\n  \t\r\nTwo\r\nstill two\r\n\r\nThree";
		List<Paragraph> paragraphs = Paragraphs.of(text).all();
		assertEquals(List.of("One", "Two\r\nstill two", "Three"), paragraphs.stream().map(Paragraph::text).toList());
		assertEquals(text.length(), paragraphs.get(2).end());
	}

	@Test
	void anOffsetBelongsToItsParagraphOrBetweenTwoToTheNext() {
		String text = "Title\n\nBody words here.\n\n";
		Paragraphs paragraphs = Paragraphs.of(text);
		assertEquals(1, paragraphs.at(0).number());
		assertEquals(1, paragraphs.at(4).number());
		assertEquals(2, paragraphs.at(text.indexOf("\n\n")).number(), "in the blank line: the words start below");
		assertEquals(2, paragraphs.at(text.indexOf("words")).number());
		assertNull(paragraphs.at(text.length() - 1), "after the last paragraph there is none");
		assertNull(paragraphs.at(-1));
		assertEquals(List.of(), Paragraphs.of("\n \n").all(), "blank text has no paragraphs");
	}

	@Test
	void openingWordsStopAtAWordWithAnEllipsis() {
		Paragraph paragraph = Paragraphs.of("The Ministers shared\nassessments of an increasingly deteriorating").all().get(0);
		assertEquals("The Ministers shared assessments\u2026", paragraph.opening(34));
		assertEquals("The Ministers shared assessments of\u2026", paragraph.opening(35), "a word ending at the limit fits");
		assertEquals("The Ministers shared assessments of an increasingly deteriorating", paragraph.opening(200));
	}
}
