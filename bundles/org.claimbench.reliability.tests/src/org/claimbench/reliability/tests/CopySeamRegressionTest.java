package org.claimbench.reliability.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;

import org.claimbench.core.anchor.AnchorRelocator;
import org.claimbench.core.anchor.AnchorSpan;
import org.claimbench.core.anchor.Placement;
import org.claimbench.reliability.AnchorFuzz;
import org.claimbench.reliability.EditedText;
import org.claimbench.reliability.EditedText.Edit;
import org.claimbench.reliability.Fuzz;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The six anchors the long fuzz run (seed 20241128, anchoring inputs 222280, 268858, 370107 twice,
 * 506311 and 759401) reported as placed on other words, replayed from their edits of the sample's
 * source text. One was a lookalike glued to a copy and must be flagged; the other five stand on their
 * own words under another reading of the same edits, which the fuzzer's truth now knows.
 */
class CopySeamRegressionTest {

	private static String source;
	private static List<AnchorSpan> spans;

	@BeforeAll
	static void loadSample() throws IOException {
		AnchorFuzz sample = new AnchorFuzz(SampleFolder.path().resolve(Fuzz.SAMPLE_DOCUMENT), Fuzz.SAMPLE_SOURCE);
		source = sample.source();
		spans = sample.spans();
	}

	/** Re-anchors after the edits and checks every anchor is on its words or flagged; returns the placements. */
	private static List<Placement> relocateAfter(EditedText edited) {
		List<Placement> placements = AnchorRelocator.relocate(edited.text(), spans);
		for (int i = 0; i < spans.size(); i++) {
			AnchorSpan span = spans.get(i);
			Placement placement = placements.get(i);
			assertTrue(!placement.placed() || edited.holdsWords(span.offset(), span.quote().length(), placement.offset()),
					"\"" + span.quote() + "\" at " + span.offset() + " placed at " + placement.offset() + " on other words");
		}
		return placements;
	}

	private static int anchor(String quote, int offset) {
		for (int i = 0; i < spans.size(); i++) {
			if (spans.get(i).quote().equals(quote) && spans.get(i).offset() == offset) {
				return i;
			}
		}
		throw new AssertionError("no anchor \"" + quote + "\" at " + offset);
	}

	@Test
	void aNamesakeGluedToTheContextOfDeletedWordsIsFlagged() {
		// "continue discussions on both countries' deterrence" is replaced by a copy of " both countries' commitment
		// to close c", so "on" + the copy reads like the deleted "both countries" with its prefix and suffix, at the
		// very offset its shifted words would have had.
		EditedText edited = EditedText.of(source, List.of(new Edit(1546, 221, 1493, 38), new Edit(1358, 0, 329, 166)));
		int bothCountries = anchor("both countries", 1730);
		assertEquals(List.of(), List.copyOf(edited.places(1730, "both countries".length())), "its words are gone");
		assertTrue(edited.text().startsWith("both countries'", 1713), "the lookalike the relocator used to take");
		Placement placement = relocateAfter(edited).get(bothCountries);
		assertEquals(Placement.Status.AMBIGUOUS, placement.status());
		assertEquals(1730, placement.offset(), "a flagged anchor keeps its old offset");
	}

	@Test
	void wordsWhoseLastLetterAnEditCutAndALaterEditGlueBackStayPlaced() {
		// The first edit cuts the "e" of "posture", the last deletes up to the "e" of another "posture": the text
		// reads as if only what followed the first "posture" had been deleted.
		EditedText edited = EditedText.of(source,
				List.of(new Edit(1342, 110, 242, 4), new Edit(272, 65, 709, 41), new Edit(1312, 129, 0, 0)));
		int reiterated = anchor("reiterated the need to reinforce the Alliance's deterrence posture", 1277);
		assertEquals(1253, relocateAfter(edited).get(reiterated).offset());
		assertTrue(edited.holdsWords(1277, spans.get(reiterated).quote().length(), 1253));
	}

	@Test
	void wordsFollowedByPastedTextThatBeginsLikeTheirEndStayPlaced() {
		// "the Mini" + a paste beginning "sters also reaffirmed": the paste can be read as starting after "Ministers".
		EditedText edited = EditedText.of(source,
				List.of(new Edit(242, 54, 1292, 26), new Edit(923, 276, 300, 207), new Edit(241, 0, 1694, 82)));
		Placement placement = relocateAfter(edited).get(anchor("the Ministers", 234));
		assertEquals(Placement.Status.UNCHANGED, placement.status());
	}

	@Test
	void wordsPrecededByPastedTextThatEndsLikeTheirBeginningStayPlaced() {
		// A paste ending "They reaffirmed their" is followed by " intent to ensure": read as a paste that stops
		// before "reaffirmed", the claim's words are where its neighbours moved.
		EditedText edited = EditedText.of(source,
				List.of(new Edit(309, 0, 1015, 197), new Edit(1957, 55, 1506, 81), new Edit(1920, 120, 1615, 275)));
		int claim = anchor("reaffirmed their intent to ensure full bilateral coordination through the Alliance Coordination"
				+ " Mechanism throughout every phase of a developing situation", 1803);
		assertEquals(2181, relocateAfter(edited).get(claim).offset());
	}

	@Test
	void aCopyWhoseFirstLettersTheTextBeforeItRepeatsIsTheCopiedWords() {
		// "North Korea's continued destabilizing ..." is copied without "Nort", and a later paste puts "Nort" in front
		// of it again: a copy of the claim's words, which moved there with the text around them.
		EditedText edited = EditedText.of(source,
				List.of(new Edit(1082, 0, 856, 234), new Edit(751, 0, 648, 173), new Edit(999, 263, 1492, 135)));
		List<Placement> placements = relocateAfter(edited);
		assertEquals(1123, placements.get(anchor("North Korea", 852)).offset());
		assertTrue(edited.holdsWords(852, "North Korea".length(), 1123));
	}
}
