package org.claimbench.dsl.tests.validation;

import static org.claimbench.dsl.tests.validation.Issues.assertIssue;
import static org.claimbench.dsl.tests.validation.Issues.assertNone;
import static org.claimbench.dsl.tests.validation.Issues.assertSingle;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.claimbench.dsl.tests.ClaimDocumentInjectorProvider;
import org.claimbench.dsl.validation.IssueCodes;
import org.claimbench.model.claims.Actor;
import org.claimbench.model.claims.Document;
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
 * A valid annotation of a small statement (fixtures/validation/harbour), changed the way a
 * specialist might get it wrong, and checked against its schema.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(ClaimDocumentInjectorProvider.class)
class DocumentValidationTest {

	private static final String DOC = "statement.claims";

	@Inject
	private Provider<XtextResourceSet> resourceSets;

	@TempDir
	Path folder;

	private ValidationProject project;

	@BeforeEach
	void copyFixture() {
		project = new ValidationProject(folder, resourceSets.get()).withFixture("harbour");
	}

	private List<Issue> validate() {
		return project.validate(DOC);
	}

	private ValidationProject append(String text) {
		return project.write(DOC, project.read(DOC) + text);
	}

	@Test
	void fixtureDocumentAndItsSchemasAreValid() {
		assertNone(validate());
		assertNone(project.validate("codebook.cbschema"));
		assertNone(project.validate("deterrence.cbschema"));
	}

	@Test
	void actorWithTheNameOfAClaimIsADuplicate() {
		append("actor buildup : State\n");
		assertSingle(validate(), IssueCodes.DUPLICATE_NAME, Severity.ERROR, 54,
				"Actor 'buildup' has the same name as the claim 'buildup' on line 25");
	}

	@Test
	void namesDifferingInCaseAreDistinct() {
		append("actor BuildUp : State\n");
		assertNone(validate());
	}

	@Test
	void attributeGivenTwiceOnOneActor() {
		project.edit(DOC, "represents Sylvania", "represents Sylvania\n\trole \"Envoy\"");
		assertSingle(validate(), IssueCodes.DUPLICATE_ATTRIBUTE, Severity.ERROR, 20,
				"Attribute 'role' is given twice on actor 'Mora' (first on line 18)");
	}

	@Test
	void kindOfASchemaThatIsNotImportedIsRefused() {
		project.write("other.cbschema", "schema other\nactor kind Province\n");
		append("actor Wessex : other.Province\n");
		assertSingle(validate(), IssueCodes.KIND_NOT_IN_SCHEMA, Severity.ERROR, 54,
				"Actor kind 'Province' is declared in schema 'other', which this document's schema 'deterrence' does not import");
	}

	@Test
	void relationKindOfASchemaThatIsNotImportedIsRefused() {
		project.write("other.cbschema", "schema other\nrelation kind supports\n");
		append("relation other.supports buildup -> fund\n");
		assertSingle(validate(), IssueCodes.KIND_NOT_IN_SCHEMA, Severity.ERROR, 54,
				"Relation kind 'supports' is declared in schema 'other'");
	}

	@Test
	void unknownSchemaIsOneError() {
		project.edit(DOC, "schema deterrence", "schema deterence");
		assertSingle(validate(), IssueCodes.UNRESOLVED_REFERENCE, Severity.ERROR, 1, "No schema named 'deterence' is known");
	}

	@Test
	void unknownHolder() {
		project.edit(DOC, "claim fund : Pledge by Freedonia", "claim fund : Pledge by Fredonia");
		assertSingle(validate(), IssueCodes.UNRESOLVED_REFERENCE, Severity.ERROR, 37,
				"This document has no actor named 'Fredonia'");
	}

	@Test
	void kindMayBeQualifiedWithItsSchema() {
		project.edit(DOC, "claim fund : Pledge by Freedonia", "claim fund : codebook.Pledge by Freedonia");
		assertNone(validate());
	}

	@Test
	void relationToAnUnknownClaim() {
		append("relation elaborates meeting -> grant\n");
		assertSingle(validate(), IssueCodes.UNRESOLVED_REFERENCE, Severity.ERROR, 54,
				"This document has no claim named 'grant'");
	}

	@Test
	void unknownKindIsOneErrorNamingTheSchema() {
		append("claim later : Warning by Lee {\n\tsubject Ruritania\n}\n");
		assertSingle(validate(), IssueCodes.UNRESOLVED_REFERENCE, Severity.ERROR, 54,
				"Schema 'deterrence' and its imports declare no claim kind 'Warning'");
	}

	@Test
	void abstractKindCannotBeInstantiated() {
		append("actor Nobody : Agent\n");
		assertSingle(validate(), IssueCodes.ABSTRACT_KIND, Severity.ERROR, 54,
				"Actor 'Nobody' cannot be of kind Agent, which is abstract; use one of its sub kinds: State, Official, Mechanism");
	}

	@Test
	void attributeThatTheKindDoesNotHave() {
		project.edit(DOC, "actor Sylvania : State", "actor Sylvania : State { role \"Kingdom\" }");
		assertSingle(validate(), IssueCodes.UNRESOLVED_REFERENCE, Severity.ERROR, 6,
				"Actor kind 'State' has no attribute 'role'");
	}

	@Test
	void inheritedAttributesAreKnown() {
		project.edit(DOC, "\tvalence negative\n", "\tvalence neutral\n");
		assertNone(validate());
	}

	@Test
	void missingRequiredAttributeNamesClaimAndAttribute() {
		project.edit(DOC, "\tobject \"deepen maritime cooperation\"\n", "");
		Issue issue = assertSingle(validate(), IssueCodes.MISSING_REQUIRED_ATTRIBUTE, Severity.ERROR, 31,
				"Claim 'cooperation' of kind Reaffirmation lacks the required attribute 'object', which takes text");
		assertEquals(List.of("object"), List.of(issue.getData()));
	}

	@Test
	void defaultValueDoesNotMakeARequiredAttributePresent() {
		project.edit("codebook.cbschema", "valence: Valence = negative", "valence: Valence required = negative");
		project.edit(DOC, "\tvalence negative\n", "");
		assertSingle(validate(), IssueCodes.MISSING_REQUIRED_ATTRIBUTE, Severity.ERROR, 25,
				"Claim 'buildup' of kind ThreatAssessment lacks the required attribute 'valence'");
	}

	@Test
	void textWhereANumberIsExpected() {
		project.edit(DOC, "amount 2.5", "amount \"2.5\"");
		assertSingle(validate(), IssueCodes.WRONG_VALUE_TYPE, Severity.ERROR, 39,
				"Attribute 'amount' of claim 'fund' takes a number; found text \"2.5\"");
	}

	@Test
	void textWhereAnEnumMemberIsExpected() {
		project.edit(DOC, "valence negative", "valence \"negative\"");
		assertSingle(validate(), IssueCodes.WRONG_VALUE_TYPE, Severity.ERROR, 27,
				"takes a member of enum Valence (negative, neutral, positive); found text \"negative\"");
	}

	@Test
	void nameThatIsNotAnEnumMember() {
		project.edit(DOC, "valence negative", "valence Ruritania");
		assertSingle(validate(), IssueCodes.UNRESOLVED_REFERENCE, Severity.ERROR, 27,
				"'Ruritania' is not a member of enum Valence (negative, neutral, positive)");
	}

	@Test
	void numberWhereABooleanIsExpected() {
		project.edit(DOC, "reaffirmed true", "reaffirmed 1");
		assertSingle(validate(), IssueCodes.WRONG_VALUE_TYPE, Severity.ERROR, 33,
				"Attribute 'reaffirmed' of claim 'cooperation' takes true or false; found the number 1");
	}

	@Test
	void quotedDateWhereADateIsExpected() {
		project.edit(DOC, "held 2025-03-03", "held \"2025-03-03\"");
		assertSingle(validate(), IssueCodes.WRONG_VALUE_TYPE, Severity.ERROR, 44, "takes a date (YYYY-MM-DD)");
	}

	@Test
	void actorOfTheWrongKind() {
		project.edit(DOC, "through HarbourWatch", "through Freedonia");
		assertSingle(validate(), IssueCodes.WRONG_VALUE_TYPE, Severity.ERROR, 40,
				"Attribute 'through' of claim 'fund' takes an actor of kind Mechanism; found actor 'Freedonia' of kind State");
	}

	@Test
	void claimOfTheWrongKindAndClaimOfASubKind() {
		project.edit(DOC, "earlier buildup", "earlier fund");
		assertSingle(validate(), IssueCodes.WRONG_VALUE_TYPE, Severity.ERROR, 34,
				"takes a claim of kind Appraisal; found claim 'fund' of kind Pledge");
	}

	@Test
	void impossibleCalendarDate() {
		project.edit(DOC, "held 2025-03-03", "held 2025-02-30");
		assertSingle(validate(), IssueCodes.INVALID_DATE, Severity.ERROR, 44, "2025-02-30 is not a calendar date");
	}

	@Test
	void dayPastTheEndOfItsMonth() {
		project.edit(DOC, "held 2025-03-03", "held 2025-04-31");
		assertSingle(validate(), IssueCodes.INVALID_DATE, Severity.ERROR, 44, "2025-04-31 is not a calendar date");
	}

	@Test
	void leapDayIsACalendarDate() {
		project.edit(DOC, "held 2025-03-03", "held 2024-02-29");
		assertNone(validate());
	}

	@Test
	void aMonthIsADateWhereTheTextNamesNoDay() {
		project.edit(DOC, "held 2025-03-03", "held 2025-03");
		project.edit(DOC, "date 2025-03-03", "date 2025-03");
		assertNone(validate());
	}

	@Test
	void aYearAloneIsADateWhereTheTextNamesNoMonth() {
		project.edit(DOC, "held 2025-03-03", "held 2025");
		assertNone(validate());
	}

	@Test
	void aRequiredAttributeTheStatementDoesNotStateIsPresentWhenMarkedUnstated() {
		project.edit(DOC, "held 2025-03-03", "held unstated");
		assertNone(validate());
	}

	@Test
	void aForgottenRequiredAttributeIsStillMissing() {
		project.edit(DOC, "held 2025-03-03", "");
		assertSingle(validate(), IssueCodes.MISSING_REQUIRED_ATTRIBUTE, Severity.ERROR, 43, "lacks the required attribute 'held'");
	}

	/** A relation kind may declare what a relation says about the link itself; a relation may carry a note. */
	@Test
	void aRelationTakesTheAttributesItsKindDeclaresAndANote() {
		project.edit("codebook.cbschema", "relation kind motivates from Assessment to Intent, Commitment",
				"relation kind motivates from Assessment to Intent, Commitment { strength: Trend required  explicit: boolean }");
		project.edit(DOC, "relation motivates buildup -> cooperation {",
				"relation motivates buildup -> cooperation {\n\tstrength stable\n\tnote \"the text says 'under these circumstances'\"");
		project.edit(DOC, "relation motivates buildup -> fund", "relation motivates buildup -> fund { strength improving explicit true }");
		assertNone(validate());
	}

	@Test
	void aRelationLacksARequiredAttributeOrGivesAValueOfTheWrongType() {
		project.edit("codebook.cbschema", "relation kind motivates from Assessment to Intent, Commitment",
				"relation kind motivates from Assessment to Intent, Commitment { strength: Trend required }");
		project.edit(DOC, "relation motivates buildup -> fund", "relation motivates buildup -> fund { strength \"strong\" }");
		List<Issue> issues = validate();
		assertEquals(2, issues.size(), issues.toString());
		assertIssue(issues.get(0), IssueCodes.MISSING_REQUIRED_ATTRIBUTE, Severity.ERROR, 50,
				"This motivates relation lacks the required attribute 'strength'");
		assertIssue(issues.get(1), IssueCodes.WRONG_VALUE_TYPE, Severity.ERROR, 53, "takes a member of enum Trend");
	}

	/** A schema adds, explicitly, a member to an imported enum; without the extension the word is no member. */
	@Test
	void withoutAnExtensionAWordIsNoMemberOfTheEnum() {
		project.edit(DOC, "valence negative", "valence mixed");
		assertSingle(validate(), IssueCodes.UNRESOLVED_REFERENCE, Severity.ERROR, 27, "mixed");
	}

	@Test
	void aMemberAddedByExtendEnumValidates() {
		project.edit("deterrence.cbschema", "import codebook\n", "import codebook\n\nextend enum Valence \"Judgements the codebook lacks.\" { mixed }\n");
		project.edit(DOC, "valence negative", "valence mixed");
		assertNone(validate());
	}

	@Test
	void withoutAnExtensionARelationKindRefusesOtherEnds() {
		project.edit(DOC, "relation motivates buildup -> fund", "relation restates buildup -> buildup");
		List<Issue> before = validate();
		assertTrue(before.stream().anyMatch(i -> IssueCodes.RELATION_NOT_ALLOWED.equals(i.getCode())), before.toString());
	}

	@Test
	void anExtendedRelationKindAllowsTheNewEnds() {
		project.edit("deterrence.cbschema", "import codebook\n", "import codebook\n\nextend relation kind restates from Assessment to Commitment\n");
		project.edit(DOC, "relation motivates buildup -> fund", "relation restates buildup -> fund");
		assertNone(validate());
	}

	@Test
	void anEnumOfTheSameSchemaOrAnOrderedOneCannotBeExtendedNorAMemberRepeated() {
		project.edit("codebook.cbschema", "enum Trend {", "ordered enum Trend {");
		project.edit("deterrence.cbschema", "import codebook\n",
				"import codebook\n\nenum Mine { a }\nextend enum Mine { b }\nextend enum Trend { worse }\nextend enum Valence { negative }\n");
		List<Issue> issues = project.validate("deterrence.cbschema");
		assertEquals(3, issues.size(), issues.toString());
		assertIssue(issues.get(0), IssueCodes.EXTENSION_NOT_ALLOWED, Severity.ERROR, 5, "Enum Mine is declared in this schema");
		assertIssue(issues.get(1), IssueCodes.EXTENSION_NOT_ALLOWED, Severity.ERROR, 6, "Enum Trend is ordered");
		assertIssue(issues.get(2), IssueCodes.DUPLICATE_NAME, Severity.ERROR, 7, "Enum Valence already has a member 'negative'");
	}

	/** A schema declares a category of its own; its kinds validate, and relation kinds name it like a kind. */
	@Test
	void aCategoryTheSchemaDeclaresTakesKindsAndRelations() {
		project.edit("deterrence.cbschema", "import codebook\n", "import codebook\n\n"
				+ "claim category Demand \"What the authors require of another party.\" {\n\taddressee: actor required\n}\n"
				+ "claim kind Condemnation is Demand\n"
				+ "relation kind answers from Demand to Assessment\n");
		append("claim condemn : Condemnation by Freedonia {\n\taddressee Ruritania\n\tquote \"Ruritania’s naval build-up is destabilizing the region\" at 140\n}\n"
				+ "relation answers condemn -> buildup\n");
		assertNone(project.validate("deterrence.cbschema"));
		assertNone(validate());
	}

	@Test
	void aDeclaredCategoryIsCheckedLikeTheBaseOnes() {
		project.edit("deterrence.cbschema", "import codebook\n", "import codebook\n\n"
				+ "claim category Demand\nclaim kind Condemnation is Demand, Intention\n"
				+ "relation kind answers from Demand to Assessment\n");
		List<Issue> schemaIssues = project.validate("deterrence.cbschema");
		assertSingle(schemaIssues, IssueCodes.SECOND_PARENT, Severity.ERROR, 5,
				"Claim kind Condemnation is Demand, a kind of Demand, so Intention (Intent) cannot be a parent too");
		project.edit("deterrence.cbschema", "Condemnation is Demand, Intention", "Condemnation is Demand");
		append("relation answers cooperation -> buildup\n");
		assertSingle(validate(), IssueCodes.RELATION_NOT_ALLOWED, Severity.ERROR, 54,
				"Relation kind 'answers' cannot start at claim 'cooperation' of kind Reaffirmation (Intent); it allows sources of kind Demand");
	}

	/** A name the schema has since changed says what became of it and how to bring the document along. */
	@Test
	void aNameTheSchemaChangedSaysWhatBecameOfIt() {
		project.edit("codebook.cbschema", "schema codebook\n", "schema codebook version 2\n");
		project.edit("codebook.cbschema", "claim kind Pledge is Commitment {\n\tobject:", "claim kind Undertaking is Commitment {\n\taim:");
		project.edit("codebook.cbschema", "enum Valence { negative neutral positive }", "enum Valence { adverse neutral positive }");
		project.edit("codebook.cbschema", "valence: Valence = negative", "valence: Valence = adverse");
		project.write("codebook.cbschema", project.read("codebook.cbschema") + "\nchanges in version 2 {\n\trename kind Pledge to Undertaking\n"
				+ "\trename literal negative of Valence to adverse\n}\n");
		assertNone(project.validate("codebook.cbschema"));
		List<Issue> issues = validate();
		String hint = ": run 'claimbench migrate' or Project > Migrate Documents...";
		assertTrue(issues.stream().anyMatch(i -> i.getMessage().equals(
				"Schema 'deterrence' and its imports declare no claim kind 'Pledge'; schema 'codebook' renamed it to 'Undertaking' in version 2"
						+ hint)), Issues.describe(issues));
		assertTrue(issues.stream().anyMatch(i -> i.getMessage().startsWith("'negative' is not a member of enum Valence (adverse, neutral, positive)"
				+ "; schema 'codebook' renamed it to 'adverse' in version 2")), Issues.describe(issues));
	}

	/** A conditional claim holds if another claim comes true, or if what quoted words say happens. */
	@Test
	void aClaimMayHoldOnConditionOfAnotherClaimOrOfQuotedWords() {
		project.edit(DOC, "claim fund : Pledge by Freedonia {", "claim fund : Pledge by Freedonia if buildup {");
		project.edit(DOC, "claim cooperation : Reaffirmation by Ministers {",
				"claim cooperation : Reaffirmation by Ministers if quote \"Under these circumstances\" at 196 {");
		assertNone(validate());
	}

	@Test
	void aQuotedConditionIsCheckedAgainstTheTextLikeAnyQuote() {
		project.edit(DOC, "claim cooperation : Reaffirmation by Ministers {",
				"claim cooperation : Reaffirmation by Ministers if quote \"Under those circumstances\" at 196 {");
		assertSingle(validate(), IssueCodes.QUOTE_NOT_FOUND, Severity.ERROR, 31, "Under those circumstances");
	}

	@Test
	void aClaimCannotHoldOnConditionOfItself() {
		project.edit(DOC, "claim fund : Pledge by Freedonia {", "claim fund : Pledge by Freedonia if fund {");
		assertSingle(validate(), IssueCodes.CONDITION_ON_ITSELF, Severity.ERROR, 37, "cannot hold on condition of itself");
	}

	@Test
	void aMonthPastDecemberIsNoDate() {
		project.edit(DOC, "held 2025-03-03", "held 2025-13");
		assertSingle(validate(), IssueCodes.INVALID_DATE, Severity.ERROR, 44, "2025-13 is not a calendar date");
	}

	@Test
	void aNumberThatIsNoYearIsNoDate() {
		project.edit(DOC, "held 2025-03-03", "held 20250");
		assertSingle(validate(), IssueCodes.WRONG_VALUE_TYPE, Severity.ERROR, 44, "20250");
	}

	@Test
	void impossibleDocumentDate() {
		project.edit(DOC, "date 2025-03-03", "date 2025-13-03");
		assertSingle(validate(), IssueCodes.INVALID_DATE, Severity.ERROR, 1, "The document's date 2025-13-03 is not a calendar date");
	}

	@Test
	void severalValuesForASingleValuedAttribute() {
		project.edit(DOC, "trend deteriorating", "trend deteriorating, stable");
		assertSingle(validate(), IssueCodes.TOO_MANY_VALUES, Severity.ERROR, 28,
				"Attribute 'trend' of claim 'buildup' takes a single value; found 2 values");
	}

	@Test
	void severalValuesForAMultiValuedAttribute() {
		project.edit(DOC, "subject Ruritania", "subject Ruritania, Sylvania");
		assertNone(validate());
	}

	@Test
	void relationFromAClaimOfTheWrongCategory() {
		append("relation motivates cooperation -> fund\n");
		assertSingle(validate(), IssueCodes.RELATION_NOT_ALLOWED, Severity.ERROR, 54,
				"Relation kind 'motivates' cannot start at claim 'cooperation' of kind Reaffirmation (Intent); it allows sources of category Assessment");
	}

	@Test
	void relationToAClaimOfAKindNotAllowed() {
		append("relation restates cooperation -> fund\n");
		assertSingle(validate(), IssueCodes.RELATION_NOT_ALLOWED, Severity.ERROR, 54,
				"cannot point to claim 'fund' of kind Pledge (Commitment); it allows targets of kind Intention");
	}

	@Test
	void relationBetweenSubKindsOfTheAllowedKinds() {
		append("relation restates cooperation -> cooperation\nrelation elaborates meeting -> fund\n");
		// Allowed by the kinds; linking a claim to itself is only flagged as a likely slip.
		assertSingle(validate(), IssueCodes.RELATION_TO_ITSELF, Severity.WARNING, 54, "to itself");
	}

	@Test
	void claimWithoutHolder() {
		project.edit(DOC, "claim fund : Pledge by Freedonia", "claim fund : Pledge");
		assertSingle(validate(), IssueCodes.CLAIM_WITHOUT_HOLDER, Severity.ERROR, 37, "Claim 'fund' has no holder");
	}

	@Test
	void groupsThatContainEachOther() {
		append("group East = Lee, West\ngroup West = Mora, East\n");
		List<Issue> issues = validate();
		assertEquals(2, issues.size(), Issues.describe(issues));
		assertIssue(issues.get(0), IssueCodes.GROUP_CYCLE, Severity.ERROR, 54, "Group 'East' contains itself: East → West → East");
		assertIssue(issues.get(1), IssueCodes.GROUP_CYCLE, Severity.ERROR, 55, "Group 'West' contains itself: West → East → West");
	}

	/** "Its partners": members the statement implies without naming them, with or without named ones. */
	@Test
	void aGroupMayHaveMembersTheStatementDoesNotName() {
		append("group Partners = unnamed \"its partners\"\ngroup Coalition = Lee, Mora, unnamed\n");
		assertNone(validate());
		Actor coalition = ((Document) project.model(DOC)).getActors().stream().filter(a -> "Coalition".equals(a.getName())).findFirst().orElseThrow();
		assertTrue(coalition.isUnnamedMembers());
		assertEquals(2, coalition.getMembers().size());
	}

	@Test
	void groupThatListsItself() {
		append("group Everyone = Lee, Everyone\n");
		assertSingle(validate(), IssueCodes.GROUP_CYCLE, Severity.ERROR, 54, "Group 'Everyone' lists itself as a member");
	}

	@Test
	void groupsNestedWithoutCycle() {
		append("group Everyone = Ministers, Freedonia, Sylvania\n");
		assertNone(validate());
	}
}
