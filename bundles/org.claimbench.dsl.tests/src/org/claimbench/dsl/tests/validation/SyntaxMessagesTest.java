package org.claimbench.dsl.tests.validation;

import static org.claimbench.dsl.tests.validation.Issues.assertIssue;
import static org.claimbench.dsl.tests.validation.Issues.assertNone;
import static org.claimbench.dsl.tests.validation.Issues.assertSingle;
import static org.claimbench.dsl.tests.validation.Issues.describe;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.claimbench.dsl.tests.ClaimDocumentInjectorProvider;
import org.claimbench.dsl.validation.IssueCodes;
import org.eclipse.xtext.diagnostics.Diagnostic;
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
 * Slips in the sample's text that a specialist makes by hand, and what they are told: where the slip
 * is and what to write, in the words of the languages rather than the parser's.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(ClaimDocumentInjectorProvider.class)
class SyntaxMessagesTest {

	private static final String DOC = SampleProject.DOCUMENT;

	@Inject
	private Provider<XtextResourceSet> resourceSets;

	@TempDir
	Path folder;

	private ValidationProject project;

	@BeforeEach
	void copySample() {
		project = SampleProject.in(folder, resourceSets.get());
	}

	@Test
	void sampleStillParsesAndValidatesUnchanged() {
		assertNone(project.validate(DOC));
		assertNone(project.validate(SampleProject.CODEBOOK));
		assertNone(project.validate(SampleProject.DETERRENCE));
	}

	@Test
	void anEmptyFileSaysItIsEmptyAndHowAFileBegins() {
		for (String text : new String[] { "", "\n\n", "// nothing coded yet\n/* later */\n" }) {
			project.write("empty.claims", text);
			List<Issue> issues = project.validate("empty.claims");
			assertEquals(1, issues.size(), describe(issues));
			assertEquals(Severity.ERROR, issues.get(0).getSeverity(), describe(issues));
			assertEquals("The file is empty (or holds only comments): a .claims file begins with 'document NAME' or 'register NAME',"
					+ " a .cbschema file with 'schema NAME'", issues.get(0).getMessage());
		}
	}

	@Test
	void offsetTooLargeForANumberSaysSo() {
		project.edit(DOC, "mention \"Russia\" at 1046", "mention \"Russia\" at 99999999999999999999");
		List<Issue> issues = project.validate(DOC);
		assertIssue(issues.get(0), Diagnostic.SYNTAX_DIAGNOSTIC, Severity.ERROR, 35,
				"The number 99999999999999999999 is too large; a whole number here is at most 2147483647.");
		assertTrue(issues.stream().noneMatch(i -> i.getMessage().contains("For input string")), describe(issues));
	}

	@Test
	void unterminatedStringIsReportedOnTheLineWhereItStarts() {
		project.edit(DOC, "ballistic missile program\"\n", "ballistic missile program\n");
		List<Issue> issues = project.validate(DOC);
		assertIssue(issues.get(0), Diagnostic.SYNTAX_DIAGNOSTIC, Severity.ERROR, 145, "string is not closed");
		// What follows the open string may read oddly, but nothing far away is blamed for it.
		assertTrue(issues.stream().allMatch(i -> i.getLineNumber() <= 156), describe(issues));
	}

	@Test
	void unterminatedStringAtTheEndOfTheFileIsReportedWhereItStarts() {
		project.write(DOC, project.read(DOC) + "\nactor Seoul : State \"Seoul");
		List<Issue> issues = project.validate(DOC);
		assertIssue(issues.get(0), Diagnostic.SYNTAX_DIAGNOSTIC, Severity.ERROR, 257, "string is not closed");
	}

	@Test
	void claimKindWithParentsOfTwoCategoriesSaysAClaimHasOne() {
		project.edit(SampleProject.DETERRENCE, "claim kind Need is IntentClaim", "claim kind Need is IntentClaim, AssessmentClaim");
		assertSingle(project.validate(SampleProject.DETERRENCE), IssueCodes.SECOND_PARENT, Severity.ERROR, 34,
				"Claim kind Need is IntentClaim, a kind of Intent, so AssessmentClaim (Assessment) cannot be a parent too");
	}

	/** A delegation that is also a state: it has both kinds' attributes, and conforms to both. */
	@Test
	void actorKindWithTwoParentsHasTheAttributesOfBoth() {
		project.edit(SampleProject.CODEBOOK, "actor kind Delegation extends Group", "actor kind Delegation extends Group, State");
		assertNone(project.validate(SampleProject.CODEBOOK));
		assertNone(project.validate(DOC));
		project.edit(DOC, "Austin \"the Ministers\" {", "Austin \"the Ministers\" {\n\tcode \"ACM\"");
		assertNone(project.validate(DOC));
	}

	@Test
	void twoParentsDeclaringOneAttributeDifferentlyMustBeReconciled() {
		project.edit(SampleProject.CODEBOOK, "actor kind Alliance extends Group \"States bound by a standing alliance.\"",
				"actor kind Alliance extends Group \"States bound by a standing alliance.\" {\n\tcode: number\n}");
		project.edit(SampleProject.CODEBOOK, "actor kind Delegation extends Group", "actor kind Delegation extends Alliance, State");
		assertSingle(project.validate(SampleProject.CODEBOOK), IssueCodes.CONFLICTING_REDEFINITION, Severity.ERROR, 16,
				"inherits attribute 'code' declared", "redeclare it in Delegation with one type");
	}

	@Test
	void groupWithoutMembersSaysSoAndKeepsItsAttributes() {
		project.edit(DOC, "group Ministers : Delegation = Kamikawa, Kihara, Blinken, Austin", "group Ministers : Delegation");
		assertSingle(project.validate(DOC), IssueCodes.GROUP_WITHOUT_MEMBERS, Severity.ERROR, 67,
				"Group 'Ministers' lists no members; name them after '='");
	}

	@Test
	void missingOffsetNamesWhatIsExpected() {
		project.edit(DOC, "mention \"North Korea\" at 852", "mention \"North Korea\" at");
		Issue first = project.validate(DOC).get(0);
		assertIssue(first, Diagnostic.SYNTAX_DIAGNOSTIC, Severity.ERROR, 24, "a whole number", "in the mentions of 'NorthKorea'");
	}

	@Test
	void missingKindNameSaysANameIsExpected() {
		project.edit(DOC, "actor Kamikawa : Official", "actor Kamikawa :");
		Issue first = project.validate(DOC).get(0);
		assertEquals("Missing a name in actor 'Kamikawa' before the string \"Kamikawa Yoko\"", first.getMessage(),
				describe(List.of(first)));
	}

	@Test
	void malformedDateSaysHowDatesAreWritten() {
		project.edit(DOC, "heldOn 2024-07-28", "heldOn 2024-7-28");
		assertIssue(project.validate(DOC).get(0), Diagnostic.SYNTAX_DIAGNOSTIC, Severity.ERROR, 106,
				"A date is written YYYY-MM-DD");
	}

	@Test
	void strayWordAtTheTopLevelSaysWhatMayStartThere() {
		project.edit(SampleProject.DETERRENCE, "claim kind Need", "kind Need");
		assertIssue(project.validate(SampleProject.DETERRENCE).get(0), Diagnostic.SYNTAX_DIAGNOSTIC, Severity.ERROR, 34,
				"'kind' cannot start an element of a schema, which starts with 'actor kind', 'claim kind', 'enum' or 'relation kind'");
	}

	@Test
	void schemaNamedWithAStringSaysANameIsExpected() {
		project.edit(SampleProject.DETERRENCE, "schema deterrence", "schema \"deterrence\"");
		assertSingle(project.validate(SampleProject.DETERRENCE), Diagnostic.SYNTAX_DIAGNOSTIC, Severity.ERROR, 1,
				"Expected a name, found the string \"deterrence\"");
	}
}
