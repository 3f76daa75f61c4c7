package org.claimbench.reliability.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;

import org.claimbench.core.anchor.AnchorRelocator;
import org.claimbench.core.anchor.AnchorSpan;
import org.claimbench.core.anchor.Placement;
import org.junit.jupiter.api.Test;

/** Cases the fuzzer found, kept as plain examples of what the relocator must not do. */
class AnchorRelocatorTest {

	private static final String TEXT = "They convened a U.S.-Japan meeting in Tokyo.";
	private static final List<AnchorSpan> SPANS = List.of(new AnchorSpan("convened", 5, null, null),
			new AnchorSpan("U.S.", 16, "a ", "-Japan"), new AnchorSpan("Tokyo", 38, null, null));

	@Test
	void anEditThatMakesALookalikeWithMatchingContextDoesNotAttractTheAnchor() {
		// Text pasted into "Ja|pan" breaks the context at the true place and, by chance, reads "a U.S.-Japan" after it.
		String edited = TEXT.replace("U.S.-Japan", "U.S.-Ja U.S.-Japan");
		Placement usa = AnchorRelocator.relocate(edited, SPANS).get(1);
		assertFalse(usa.placed() && usa.offset() != 16, "placed on the lookalike at " + usa.offset());
	}

	@Test
	void anInsertedSentenceShiftsTheAnchorsAfterIt() {
		String edited = "Preface. " + TEXT;
		List<Placement> placements = AnchorRelocator.relocate(edited, SPANS);
		assertEquals(List.of(14, 25, 47), placements.stream().map(Placement::offset).toList());
		assertEquals(List.of(Placement.Status.MOVED, Placement.Status.MOVED, Placement.Status.MOVED),
				placements.stream().map(Placement::status).toList());
	}

	@Test
	void aNamesakeLeftAfterTheWordsWereDeletedIsFlagged() {
		String text = "Japan spoke first. Then Japan and the U.S. agreed in Tokyo.";
		List<AnchorSpan> spans = List.of(new AnchorSpan("spoke", 6, null, null), new AnchorSpan("Japan", 24, null, null),
				new AnchorSpan("Tokyo", 53, null, null));
		String edited = text.replace("Then Japan and the U.S. agreed", "They agreed");
		Placement japan = AnchorRelocator.relocate(edited, spans).get(1);
		assertFalse(japan.placed(), "moved to the other Japan at " + japan.offset());
	}
}
