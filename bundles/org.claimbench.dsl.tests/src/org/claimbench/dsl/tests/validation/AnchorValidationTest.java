package org.claimbench.dsl.tests.validation;

import static org.claimbench.dsl.tests.validation.Issues.assertNone;
import static org.claimbench.dsl.tests.validation.Issues.assertSingle;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;

import org.claimbench.dsl.tests.ClaimDocumentInjectorProvider;
import org.claimbench.dsl.validation.IssueCodes;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import com.google.inject.Inject;
import com.google.inject.Provider;

/**
 * Anchors into the sample statement (us-japan-edd-2024.txt of the samples bundle), annotated by
 * fixtures/validation/edd, after the kinds of edits that break anchors.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(ClaimDocumentInjectorProvider.class)
class AnchorValidationTest {

	private static final String DOC = "edd.claims";
	private static final String RUSSIA = "quote \"Russia's undermining of arms control\" at 1046";

	@Inject
	private Provider<XtextResourceSet> resourceSets;

	@TempDir
	Path folder;

	private ValidationProject project;

	@BeforeEach
	void copyFixtureAndSample() {
		project = new ValidationProject(folder, resourceSets.get()).withFixture("edd")
				.withBundleFile("org.claimbench.samples", "us-japan-edd-2024/us-japan-edd-2024.txt");
	}

	@Test
	void anchorsThatQuoteTheSampleExactly() {
		assertNone(project.validate(DOC));
	}

	@Test
	void anAnchorThatCutsAWordIsAWarningNamingTheWord() {
		project.edit(DOC, "mention \"Russia\" at 1046", "mention \"ussia\" at 1047");
		Issue issue = assertSingle(project.validate(DOC), IssueCodes.ANCHOR_INSIDE_WORD, Severity.WARNING, 6,
				"Mention \"ussia\" at 1047 begins inside the word \"Russia\" (us-japan-edd-2024.txt, line 7); check the offset:"
						+ " an anchor quotes whole words");
		assertEquals(List.of("Russia"), List.of(issue.getData()));
	}

	@Test
	void anAnchorThatStopsShortOfAWordsEndIsAWarningToo() {
		project.edit(DOC, "mention \"Russia\" at 1046", "mention \"Russ\" at 1046");
		assertSingle(project.validate(DOC), IssueCodes.ANCHOR_INSIDE_WORD, Severity.WARNING, 6,
				"Mention \"Russ\" at 1046 ends inside the word \"Russia\"");
	}

	@Test
	void oneChangedQuotedWordIsOneErrorNamingTheSourceLine() {
		project.edit(DOC, "of arms control\"", "of arms limitation\"");
		assertSingle(project.validate(DOC), IssueCodes.QUOTE_NOT_FOUND, Severity.ERROR, 13,
				"Quote \"Russia's undermining of arms limitation\" does not match the source text at offset 1046 "
						+ "(us-japan-edd-2024.txt, line 7): found \"Russia's undermining of arms control an\", "
						+ "and the quote occurs nowhere in us-japan-edd-2024.txt");
	}

	@Test
	void shiftedOffsetNamesTheNearestOccurrenceAsIssueData() {
		project.edit(DOC, RUSSIA, "quote \"Russia's undermining\" at 1040");
		Issue issue = assertSingle(project.validate(DOC), IssueCodes.QUOTE_MOVED, Severity.ERROR, 13);
		assertEquals("Quote \"Russia's undermining\" does not match the source text at offset 1040 "
				+ "(us-japan-edd-2024.txt, line 7): found \", and Russia's under\"; the quote occurs at offset 1046 (line 7)",
				issue.getMessage());
		assertArrayEquals(new String[] { "1046" }, issue.getData());
	}

	@Test
	void repeatedQuoteMovesToTheOccurrenceNearestTheOldOffset() {
		project.edit(DOC, "mention \"the Ministers\" at 234", "mention \"The Ministers\" at 1700");
		Issue issue = assertSingle(project.validate(DOC), IssueCodes.QUOTE_MOVED, Severity.ERROR, 9,
				"Mention \"The Ministers\" does not match", "the quote occurs at offset 1784 (line 9)");
		assertEquals(List.of("1784"), List.of(issue.getData()));
	}

	@Test
	void quoteThatRunsPastTheEndSaysSoRatherThanThatItsOffsetIsOutside() {
		project.edit(DOC, RUSSIA, "quote \"Russia's undermining of arms control\" at 2240");
		Issue issue = assertSingle(project.validate(DOC), IssueCodes.QUOTE_MOVED, Severity.ERROR, 13,
				"Quote \"Russia's undermining of arms control\" at offset 2240 runs past the end of the source text "
						+ "(us-japan-edd-2024.txt has 2252 characters, 12 of them from that offset); the quote occurs at offset 1046 (line 7)");
		assertEquals(List.of("1046"), List.of(issue.getData()));
	}

	@Test
	void offsetBeyondTheEndWithAQuoteFoundElsewhere() {
		project.edit(DOC, RUSSIA, "quote \"Russia's undermining of arms control\" at 9000");
		Issue issue = assertSingle(project.validate(DOC), IssueCodes.QUOTE_MOVED, Severity.ERROR, 13,
				"Offset 9000 of quote \"Russia's undermining of arms control\" lies outside the source text "
						+ "(us-japan-edd-2024.txt has 2252 characters); the quote occurs at offset 1046 (line 7)");
		assertEquals(List.of("1046"), List.of(issue.getData()));
	}

	@Test
	void offsetBeyondTheEndWithAQuoteFoundNowhere() {
		project.edit(DOC, RUSSIA, "quote \"Russia's withdrawal\" at 9000");
		assertSingle(project.validate(DOC), IssueCodes.ANCHOR_OUT_OF_RANGE, Severity.ERROR, 13,
				"lies outside the source text", "and the quote occurs nowhere in it");
	}

	@Test
	void emptyQuote() {
		project.edit(DOC, RUSSIA, "quote \"\" at 1046");
		assertSingle(project.validate(DOC), IssueCodes.EMPTY_QUOTE, Severity.ERROR, 13, "Quote is empty");
	}

	@Test
	void prefixThatDoesNotMatchIsAnError() {
		project.edit(DOC, RUSSIA, RUSSIA + " prefix \"China, and \"");
		assertSingle(project.validate(DOC), IssueCodes.CONTEXT_MISMATCH, Severity.ERROR, 13,
				"Prefix \"China, and \" does not match the text before quote \"Russia's undermining of arms control\" "
						+ "at offset 1046 (us-japan-edd-2024.txt, line 7): found \"senal, and \"");
	}

	@Test
	void suffixThatDoesNotMatchIsAnError() {
		project.edit(DOC, RUSSIA, RUSSIA + " suffix \" and the regional\"");
		assertSingle(project.validate(DOC), IssueCodes.CONTEXT_MISMATCH, Severity.ERROR, 13,
				"Suffix \" and the regional\" does not match the text after", "found \" and the global n\"");
	}

	@Test
	void matchingContext() {
		project.edit(DOC, RUSSIA, RUSSIA + " prefix \"arsenal, and \" suffix \" and the global\"");
		assertNone(project.validate(DOC));
	}
}
