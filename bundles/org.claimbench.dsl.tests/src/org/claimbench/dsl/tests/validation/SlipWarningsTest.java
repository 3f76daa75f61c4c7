package org.claimbench.dsl.tests.validation;

import static org.claimbench.dsl.tests.validation.Issues.assertSingle;
import static org.claimbench.dsl.tests.validation.Issues.withCode;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.claimbench.dsl.tests.ClaimDocumentInjectorProvider;
import org.claimbench.dsl.validation.IssueCodes;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import com.google.inject.Inject;
import com.google.inject.Provider;

/** What is almost certainly a slip in the sample annotation is flagged as a warning, once, on its line. */
@ExtendWith(InjectionExtension.class)
@InjectWith(ClaimDocumentInjectorProvider.class)
class SlipWarningsTest {

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
	void relationFromAClaimToItself() {
		project.edit(DOC, "relation implements exploreReinforcement -> reinforcePosture",
				"relation implements exploreReinforcement -> exploreReinforcement");
		assertSingle(project.validate(DOC), IssueCodes.RELATION_TO_ITSELF, Severity.WARNING, 253,
				"Relation from claim 'exploreReinforcement' to itself");
	}

	@Test
	void sameRelationTwice() {
		project.write(DOC, project.read(DOC) + "\nrelation motivates securityEnvironment -> manageThreats\n");
		assertSingle(project.validate(DOC), IssueCodes.DUPLICATE_RELATION, Severity.WARNING, 257,
				"Relation motivates securityEnvironment -> manageThreats is given twice (first on line 245)");
	}

	@Test
	void sameMentionTwice() {
		project.edit(DOC, "\tmention \"North Korea\" at 852 suffix \"'s\"\n",
				"\tmention \"North Korea\" at 852 suffix \"'s\"\n\tmention \"North Korea\" at 852\n");
		assertSingle(project.validate(DOC), IssueCodes.DUPLICATE_ANCHOR, Severity.WARNING, 25,
				"Mention \"North Korea\" at 852 is given twice for actor 'NorthKorea' (first on line 24)");
	}

	@Test
	void twoMentionsWithoutOffsetsButWithDifferentContextsAreTwoAnchors() {
		project.edit(DOC, "\tmention \"North Korea\" at 852 suffix \"'s\"\n",
				"\tmention \"North Korea\" suffix \"'s continued\"\n\tmention \"North Korea\" suffix \"'s unlawful\"\n");
		assertTrue(withCode(project.validate(DOC), IssueCodes.DUPLICATE_ANCHOR).isEmpty(), "two contexts, two anchors");
	}

	@Test
	void twoMentionsWithoutOffsetsWithTheSameContextAreGivenTwice() {
		project.edit(DOC, "\tmention \"North Korea\" at 852 suffix \"'s\"\n",
				"\tmention \"North Korea\" suffix \"'s continued\"\n\tmention \"North Korea\" suffix \"'s continued\"\n");
		assertSingle(withCode(project.validate(DOC), IssueCodes.DUPLICATE_ANCHOR), IssueCodes.DUPLICATE_ANCHOR, Severity.WARNING, 25,
				"Mention \"North Korea\" without an offset is given twice");
	}

	@Test
	void groupOfAKindThatIsNoGroup() {
		project.edit(SampleProject.REGISTER, "group USJapanAlliance : Alliance", "group USJapanAlliance : State");
		assertSingle(project.validate(SampleProject.REGISTER), IssueCodes.GROUP_OF_NON_GROUP_KIND, Severity.WARNING, 30,
				"Group 'USJapanAlliance' has kind State, which is not a kind of group (not derived from Group)",
				"Delegation, Alliance");
	}

	@Test
	void holderWhoseKindCannotHoldClaims() {
		project.edit(SampleProject.CODEBOOK, "actor kind Mechanism extends Agent", "actor kind Mechanism");
		project.edit(DOC, "claim acmCoordination : CoordinationIntent by Ministers",
				"claim acmCoordination : CoordinationIntent by Ministers, AllianceCoordinationMechanism");
		assertSingle(project.validate(DOC), IssueCodes.HOLDER_CANNOT_HOLD, Severity.WARNING, 202,
				"Actor 'AllianceCoordinationMechanism' of kind Mechanism cannot hold a claim: only kinds derived from Agent can");
	}

	@Test
	void withoutTheCodebooksAgentAnyActorMayHold() {
		project.edit(SampleProject.CODEBOOK, "abstract actor kind Agent", "abstract actor kind Speaker");
		project.edit(SampleProject.CODEBOOK, "actor kind State extends Agent", "actor kind State extends Speaker");
		project.edit(SampleProject.CODEBOOK, "actor kind Official extends Agent", "actor kind Official extends Speaker");
		project.edit(SampleProject.CODEBOOK, "actor kind Group extends Agent", "actor kind Group extends Speaker");
		project.edit(SampleProject.CODEBOOK, "actor kind Mechanism extends Agent", "actor kind Mechanism");
		project.edit(DOC, "claim acmCoordination : CoordinationIntent by Ministers",
				"claim acmCoordination : CoordinationIntent by AllianceCoordinationMechanism");
		Issues.assertNone(project.validate(DOC));
	}
}
