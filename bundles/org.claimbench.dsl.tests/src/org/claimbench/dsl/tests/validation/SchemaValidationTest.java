package org.claimbench.dsl.tests.validation;

import static org.claimbench.dsl.tests.validation.Issues.assertIssue;
import static org.claimbench.dsl.tests.validation.Issues.assertNone;
import static org.claimbench.dsl.tests.validation.Issues.assertSingle;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;

import org.claimbench.dsl.tests.ClaimSchemaInjectorProvider;
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

/** The fixture codebook (fixtures/validation/harbour) changed the way a modeler might get it wrong. */
@ExtendWith(InjectionExtension.class)
@InjectWith(ClaimSchemaInjectorProvider.class)
class SchemaValidationTest {

	private static final String CODEBOOK = "codebook.cbschema";

	@Inject
	private Provider<XtextResourceSet> resourceSets;

	@TempDir
	Path folder;

	private ValidationProject project;

	@BeforeEach
	void copyFixture() {
		project = new ValidationProject(folder, resourceSets.get()).withFixture("harbour");
	}

	private ValidationProject append(String text) {
		return project.write(CODEBOOK, project.read(CODEBOOK) + text);
	}

	private List<Issue> validate() {
		return project.validate(CODEBOOK);
	}

	@Test
	void twoElementsWithOneName() {
		append("enum Trend { up down }\n");
		assertSingle(validate(), IssueCodes.DUPLICATE_NAME, Severity.ERROR, 40,
				"Duplicate name 'Trend' in schema 'codebook': the enum 'Trend' on line 12 already has it");
	}

	@Test
	void twoAttributesWithOneNameInAKind() {
		project.edit(CODEBOOK, "\tcity: text\n", "\tcity: text\n\tcity: text\n");
		assertSingle(validate(), IssueCodes.DUPLICATE_NAME, Severity.ERROR, 34,
				"Duplicate name 'city' in claim kind 'Meeting'");
	}

	@Test
	void twoEnumMembersWithOneName() {
		project.edit(CODEBOOK, "{ improving stable deteriorating }", "{ improving stable deteriorating stable }");
		assertSingle(validate(), IssueCodes.DUPLICATE_NAME, Severity.ERROR, 12, "Duplicate name 'stable' in enum 'Trend'");
	}

	@Test
	void claimKindsThatInheritFromEachOther() {
		append("claim kind Alarm is Alert\nclaim kind Alert is Alarm\n");
		List<Issue> issues = validate();
		assertEquals(2, issues.size(), Issues.describe(issues));
		assertIssue(issues.get(0), IssueCodes.INHERITANCE_CYCLE, Severity.ERROR, 40,
				"Claim kind 'Alarm' inherits from itself: Alarm → Alert → Alarm");
		assertIssue(issues.get(1), IssueCodes.INHERITANCE_CYCLE, Severity.ERROR, 41,
				"Claim kind 'Alert' inherits from itself: Alert → Alarm → Alert");
	}

	@Test
	void actorKindThatExtendsItself() {
		append("actor kind Province extends Province\n");
		assertSingle(validate(), IssueCodes.INHERITANCE_CYCLE, Severity.ERROR, 40,
				"Actor kind 'Province' inherits from itself: Province → Province");
	}

	@Test
	void schemasThatImportEachOther() {
		project.edit(CODEBOOK, "schema codebook\n", "schema codebook\nimport deterrence\n");
		assertSingle(validate(), IssueCodes.IMPORT_CYCLE, Severity.ERROR, 2,
				"Schema 'codebook' imports itself: codebook → deterrence → codebook");
	}

	@Test
	void schemaImportedTwiceWithoutCycle() {
		project.write("base.cbschema", "schema base\nactor kind Person\n");
		project.write("left.cbschema", "schema left\nimport base\n");
		project.write("right.cbschema", "schema right\nimport base\nimport left\n");
		assertNone(project.validate("right.cbschema"));
	}

	@Test
	void redefinitionWithAnotherType() {
		project.edit(CODEBOOK, "subject: actor* required", "subject: text* required");
		assertSingle(validate(), IssueCodes.CONFLICTING_REDEFINITION, Severity.ERROR, 19,
				"Attribute 'subject' of claim kind 'ThreatAssessment' is declared text*, but it redefines the attribute of claim kind 'Appraisal' declared actor*");
	}

	@Test
	void redefinitionWithAnotherMultiplicity() {
		project.edit(CODEBOOK, "subject: actor* required", "subject: actor required");
		assertSingle(validate(), IssueCodes.CONFLICTING_REDEFINITION, Severity.ERROR, 19, "is declared actor, but");
	}

	@Test
	void redefinitionThatOnlyMakesTheAttributeRequired() {
		assertNone(validate());
	}

	@Test
	void defaultOfTheWrongType() {
		project.edit(CODEBOOK, "valence: Valence = negative", "valence: Valence = \"negative\"");
		assertSingle(validate(), IssueCodes.WRONG_DEFAULT_VALUE, Severity.ERROR, 16,
				"Default value of attribute 'valence' does not fit: it takes a member of enum Valence (negative, neutral, positive); found text \"negative\"");
	}

	@Test
	void defaultThatIsNotACalendarDate() {
		project.edit(CODEBOOK, "held: date required", "held: date required = 2025-02-30");
		assertSingle(validate(), IssueCodes.WRONG_DEFAULT_VALUE, Severity.ERROR, 32, "2025-02-30 is not a calendar date");
	}

	@Test
	void defaultForAnActorAttribute() {
		project.edit(CODEBOOK, "represents: State", "represents: State = Freedonia");
		assertSingle(validate(), IssueCodes.WRONG_DEFAULT_VALUE, Severity.ERROR, 7, "cannot have a default");
	}

	@Test
	void defaultsOfTheRightTypes() {
		project.edit(CODEBOOK, "amount: number", "amount: number = 0");
		project.edit(CODEBOOK, "held: date required", "held: date required = 2024-02-29");
		project.edit(CODEBOOK, "reaffirmed: boolean", "reaffirmed: boolean = false");
		assertNone(validate());
	}

	@Test
	void claimKindDerivedFromACycleHasNoCategory() {
		append("claim kind Alarm is Alert\nclaim kind Alert is Alarm\nclaim kind Siren is Alarm\n");
		List<Issue> issues = Issues.withCode(validate(), IssueCodes.MISSING_CATEGORY);
		assertSingle(issues, IssueCodes.MISSING_CATEGORY, Severity.ERROR, 42,
				"Claim kind 'Siren' has no category: none of Siren, Alarm, Alert says 'is Assessment'");
	}

	@Test
	void claimKindInheritsItsCategory() {
		append("claim kind Alarm is ThreatAssessment\n");
		assertNone(validate());
	}
}
