package org.claimbench.dsl.tests.validation;

import static org.claimbench.dsl.tests.validation.Issues.assertNone;
import static org.claimbench.dsl.tests.validation.Issues.assertSingle;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

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
 * Anchors into real statements with published typography (fixtures/corpus: the U.S.-Japan joint statement of
 * 2023 with curly apostrophes and a no-break space, the Wilmington Declaration with an "ﬁ" ligature): an
 * anchor only validates on its words with its context, and a quote that differs from the text only in
 * typography is told what differs and given the exact words.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(ClaimDocumentInjectorProvider.class)
class AnchorWordsTest {

	private static final String JOINT = "us-japan-joint-statement-2023.txt";
	private static final String QUAD = "quad-wilmington-declaration-2024.txt";
	private static final String DOC = "statement.claims";
	private static final String TESTS = "org.claimbench.dsl.tests";

	@Inject
	private Provider<XtextResourceSet> resourceSets;

	@TempDir
	Path folder;

	private ValidationProject project;

	@BeforeEach
	void copyCorpus() {
		project = new ValidationProject(folder, resourceSets.get()).withFixture("edd")
				.withBundleFile(TESTS, "fixtures/corpus/" + JOINT).withBundleFile(TESTS, "fixtures/corpus/" + QUAD);
	}

	/** The same folder in a fresh resource set, so that an edited document is read again. */
	private ValidationProject afterEdit() {
		return new ValidationProject(folder, resourceSets.get());
	}

	private void document(String source, String mentions) {
		project.write(DOC, "document statement source \"" + source + "\" schema edd\n\nactor Japan : State {\n" + mentions
				+ "\n}\n");
	}

	@Test
	void contextThatNoLongerMatchesIsAnErrorThatNamesTheOtherOccurrenceAndTheContextToConfirm() {
		// "its" at 1213 is "reinforcing its defense"; the anchor was made for "using its full range" (1865).
		document(JOINT, "mention \"its\" at 1213 prefix \"using \" suffix \" full range\"");
		var issues = project.validate(DOC);
		assertEquals(2, issues.size(), Issues.describe(issues));
		Issue prefix = Issues.assertIssue(issues.get(0), IssueCodes.CONTEXT_MISMATCH, Severity.ERROR, 4,
				"Prefix \"using \" does not match the text before mention \"its\" at offset 1213",
				"found \"rcing \"", "the quote occurs with its prefix and suffix at offset 1865",
				"confirm it by changing the prefix to \"rcing \"");
		assertArrayEquals(new String[] { "rcing ", "1865" }, prefix.getData());
		Issue suffix = Issues.assertIssue(issues.get(1), IssueCodes.CONTEXT_MISMATCH, Severity.ERROR, 4,
				"Suffix \" full range\" does not match", "changing the suffix to \" defense ca\"");
		assertEquals(" defense ca", suffix.getData()[0]);
	}

	@Test
	void recordingTheContextTheTextNowHasConfirmsTheAnchor() {
		document(JOINT, "mention \"its\" at 1213 prefix \"using \"");
		Issue issue = assertSingle(project.validate(DOC), IssueCodes.CONTEXT_MISMATCH, Severity.ERROR, 4);
		project.edit(DOC, "prefix \"using \"", "prefix \"" + issue.getData()[0] + "\"");
		assertNone(afterEdit().validate(DOC));
	}

	@Test
	void straightApostropheAgainstTheTextsCurlyOneSaysWhatDiffersAndGivesTheExactWords() {
		document(JOINT, "mention \"Japan's bold leadership\" at 1160");
		Issue issue = assertSingle(project.validate(DOC), IssueCodes.QUOTE_NEAR_MISS, Severity.ERROR, 4,
				"does not match the source text at offset 1160",
				"the quote matches the text at offset 1160 (line 6) except for ’ where the quote has '",
				"the text has \"Japan’s bold leadership\"");
		assertArrayEquals(new String[] { "Japan’s bold leadership", "1160" }, issue.getData());
		project.edit(DOC, "Japan's", "Japan’s");
		assertNone(afterEdit().validate(DOC));
	}

	@Test
	void softHyphenPointsAtTheWordsNearTheOffsetNotAtTheNextExactOccurrence() {
		String text = project.read(JOINT);
		assertEquals(1134, text.indexOf("President Biden"));
		project.write(JOINT, text.substring(0, 1137) + "\u00AD" + text.substring(1137));
		document(JOINT, "mention \"President Biden\" at 1134");
		Issue issue = assertSingle(project.validate(DOC), IssueCodes.QUOTE_NEAR_MISS, Severity.ERROR, 4,
				"the quote matches the text at offset 1134 (line 6) except for a soft hyphen (U+00AD) in the text");
		assertArrayEquals(new String[] { "Pre\u00ADsident Biden", "1134" }, issue.getData());
	}

	@Test
	void noBreakSpaceIsNamed() {
		document(JOINT, "mention \"debt relief.  We will\" at 5572");
		Issue issue = assertSingle(project.validate(DOC), IssueCodes.QUOTE_NEAR_MISS, Severity.ERROR, 4,
				"except for a no-break space (U+00A0) where the quote has a space");
		assertArrayEquals(new String[] { "debt relief.\u00A0 We will", "5572" }, issue.getData());
	}

	@Test
	void ligatureIsNamed() {
		document(QUAD, "mention \"artificial intelligence\" at 15606");
		Issue issue = assertSingle(project.validate(DOC), IssueCodes.QUOTE_NEAR_MISS, Severity.ERROR, 4,
				"except for ﬁ where the quote has fi", "the text has \"artiﬁcial intelligence\"");
		assertArrayEquals(new String[] { "artiﬁcial intelligence", "15606" }, issue.getData());
	}

	@Test
	void quoteMovedStillNamesTheNewOffsetForTheReanchorQuickFix() {
		document(JOINT, "mention \"President Biden\" at 1130");
		Issue issue = assertSingle(project.validate(DOC), IssueCodes.QUOTE_MOVED, Severity.ERROR, 4,
				"the quote occurs at offset 1134");
		assertArrayEquals(new String[] { "1134" }, issue.getData());
		assertTrue(issue.getMessage().startsWith("Mention \"President Biden\" does not match"), issue.getMessage());
	}
}
