package org.claimbench.dsl.tests.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.claimbench.dsl.source.AnchorPlaces;
import org.claimbench.dsl.source.UniqueContext;
import org.claimbench.dsl.source.UniqueContext.Context;
import org.eclipse.core.runtime.FileLocator;
import org.eclipse.core.runtime.Platform;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The context written for an anchor, on the development-set statements (fixtures/corpus) as published: curly
 * apostrophes, no-break spaces and the Wilmington Declaration's "ﬁ" ligature.
 */
class UniqueContextTest {

	private static final String JOINT = "us-japan-joint-statement-2023.txt";
	private static final String QUAD = "quad-wilmington-declaration-2024.txt";
	private static final String LIMA = "japan-rok-us-lima-2024.txt";
	private static final String CAMP_DAVID = "camp-david-principles-2023.txt";

	private static String corpus(String name) throws IOException {
		Path file = Path.of(FileLocator.toFileURL(Platform.getBundle("org.claimbench.dsl.tests").getEntry("fixtures/corpus/" + name)).getPath());
		return Files.readString(file, StandardCharsets.UTF_8);
	}

	private static Context context(String text, String quote, int at) {
		Optional<Context> context = UniqueContext.of(text, quote, at, null, null);
		assertTrue(context.isPresent(), "no context for \"" + quote + "\" at " + at);
		return context.get();
	}

	@Test
	void eachPronounGetsTheWordsNextToItThatOnlyItsPlaceHas() throws IOException {
		String text = corpus(JOINT);
		// "Russia continues to wage its unjust and brutal war", "reinforcing its defense capabilities", "using its full range"
		assertEquals(new Context("wage ", ""), context(text, "its", 816));
		assertEquals(new Context("", " defense"), context(text, "its", 1213));
		assertEquals(new Context("", " full"), context(text, "its", 1865));
	}

	@Test
	void aQuoteThatOccursOnceNeedsNoContext() throws IOException {
		String text = corpus(QUAD);
		int at = text.indexOf("artiﬁcial intelligence");
		assertTrue(context(text, "artiﬁcial intelligence", at).isEmpty());
	}

	@Test
	void aLigatureIsPartOfItsWordSoTheContextTakesTheWholeWord() throws IOException {
		String text = corpus(QUAD);
		int word = text.indexOf("artiﬁcial");
		// "cial" also ends "official", "financial" ...; the ligature alone would tell it apart, but is half a word.
		int at = word + "artiﬁ".length();
		assertTrue(AnchorPlaces.of(text, "cial", null, null, 10).size() > 1);
		Context context = context(text, "cial", at);
		assertEquals("artiﬁ", context.prefix());
		assertEquals("", context.suffix());
	}

	@Test
	void noBreakSpacesAndCurlyApostrophesAreCopiedAsTheTextHasThem() throws IOException {
		String text = corpus(JOINT);
		// "... to provide debt relief.\u00A0 We will condemn ..." (the only no-break space of the statement)
		int at = text.indexOf("relief.\u00A0 We will") + "relief.\u00A0 ".length();
		Context context = context(text, "We will", at);
		assertEquals(".\u00A0 ", context.prefix());
		assertEquals(List.of(at), AnchorPlaces.of(text, "We will", context.prefix(), context.suffix(), 10));

		String quad = corpus(QUAD);
		int quad3093 = quad.indexOf("the Quad’s", 3000);
		Context apostrophe = context(quad, "the Quad", quad3093);
		assertTrue(apostrophe.suffix().startsWith("’s"), apostrophe.suffix());
	}

	@Test
	void aContextTheAnchorHasIsExtendedNeverDropped() throws IOException {
		String text = corpus(JOINT);
		// "using its full range": " full" alone would do, but the recorded prefix stays and the suffix is added.
		Context context = UniqueContext.of(text, "its", 1865, "using ", null).orElseThrow();
		assertEquals("using ", context.prefix());
		assertEquals(List.of(1865), AnchorPlaces.of(text, "its", context.prefix(), context.suffix(), 10));
		assertTrue(UniqueContext.of(text, "its", 1865, "wrong ", null).isEmpty(), "a prefix the text does not have");
		assertTrue(UniqueContext.of(text, "its", 1866, null, null).isEmpty(), "the quote does not stand there");
	}

	@Test
	void aPassageRepeatedWordForWordHasNoContextThatTellsItsPlacesApart() {
		// Only the ends of the text tell repeats apart, and the middle one is further from both than a context reaches.
		String sentence = "The Ministers reaffirmed their commitment. ";
		String text = sentence.repeat(21);
		int middle = 10 * sentence.length() + sentence.indexOf("their");
		assertTrue(UniqueContext.of(text, "their", middle, null, null).isEmpty());
		String changed = sentence.repeat(10) + "The Ministers reaffirmed their resolve. " + sentence.repeat(10);
		assertEquals(new Context("", " resolve"), UniqueContext.of(changed, "their", middle, null, null).orElseThrow());
	}

	/**
	 * Every occurrence of words that recur, in each statement: the context places the quote alone, starts and ends
	 * on a word, and no context a word shorter on either side would.
	 */
	@ParameterizedTest
	@ValueSource(strings = { JOINT, QUAD, LIMA, CAMP_DAVID })
	void everyOccurrenceOfARecurringWordGetsTheShortestWholeWordContextThatPlacesItAlone(String name) throws IOException {
		String text = corpus(name);
		int checked = 0;
		for (String quote : List.of("its", "their", "our", "the", "Japan", "United States", "We", "we will")) {
			for (int at = text.indexOf(quote); at >= 0; at = text.indexOf(quote, at + 1)) {
				Context context = context(text, quote, at);
				assertEquals(List.of(at), AnchorPlaces.of(text, quote, context.prefix(), context.suffix(), 10),
						quote + " at " + at + " with " + context);
				assertFalse(startsOrEndsOnSpace(context.prefix(), true), "prefix " + context);
				assertFalse(startsOrEndsOnSpace(context.suffix(), false), "suffix " + context);
				String shorterPrefix = context.prefix().replaceFirst("(?U)^\\S+\\s*", "");
				if (!context.prefix().isEmpty()) {
					assertNotEquals(List.of(at), AnchorPlaces.of(text, quote, shorterPrefix, context.suffix(), 10),
							"\"" + shorterPrefix + "\" would do for " + quote + " at " + at);
				}
				String shorterSuffix = context.suffix().replaceFirst("(?U)\\s*\\S+$", "");
				if (!context.suffix().isEmpty()) {
					assertNotEquals(List.of(at), AnchorPlaces.of(text, quote, context.prefix(), shorterSuffix, 10),
							"\"" + shorterSuffix + "\" would do for " + quote + " at " + at);
				}
				checked++;
			}
		}
		assertTrue(checked > 20, checked + " occurrences");
	}

	/** A prefix never starts with a space, a suffix never ends with one (no-break spaces included). */
	private static boolean startsOrEndsOnSpace(String context, boolean start) {
		if (context.isEmpty()) {
			return false;
		}
		char c = start ? context.charAt(0) : context.charAt(context.length() - 1);
		return Character.isWhitespace(c) || Character.isSpaceChar(c);
	}
}
