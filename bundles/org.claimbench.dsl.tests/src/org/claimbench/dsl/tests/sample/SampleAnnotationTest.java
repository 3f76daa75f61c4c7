package org.claimbench.dsl.tests.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.claimbench.dsl.schema.SchemaQueries;
import org.claimbench.dsl.source.Mentions;
import org.claimbench.dsl.tests.ClaimDocumentInjectorProvider;
import org.claimbench.model.claims.Actor;
import org.claimbench.model.claims.Anchor;
import org.claimbench.model.claims.Claim;
import org.claimbench.model.claims.ClaimCategory;
import org.claimbench.model.claims.Document;
import org.claimbench.model.claims.Relation;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;
import com.google.inject.Provider;

/** The shipped gold annotation is what the showcase promises: clean, complete and anchored exactly. */
@ExtendWith(InjectionExtension.class)
@InjectWith(ClaimDocumentInjectorProvider.class)
class SampleAnnotationTest {

	@Inject
	private Provider<XtextResourceSet> resourceSets;

	private List<Resource> resources;
	private Document document;

	@BeforeEach
	void load() {
		resources = SampleFiles.load(resourceSets.get(), SampleFiles.MODEL_FILES);
		document = SampleFiles.document(resources.get(SampleFiles.MODEL_FILES.indexOf(SampleFiles.ANNOTATION)));
	}

	@Test
	void schemasAndAnnotationParseLinkAndValidateWithoutIssues() {
		for (Resource resource : resources) {
			String name = resource.getURI().lastSegment();
			assertTrue(resource.getErrors().isEmpty(), name + ": " + resource.getErrors());
			List<Issue> issues = ((XtextResource) resource).getResourceServiceProvider().getResourceValidator()
					.validate(resource, CheckMode.ALL, CancelIndicator.NullImpl);
			assertTrue(issues.isEmpty(), name + ": " + issues);
		}
		assertEquals("deterrence", document.getSchema().getName());
		assertEquals("codebook", document.getSchema().getImports().get(0).getName());
	}

	@Test
	void everyReferenceResolves() {
		for (Resource resource : resources) {
			resource.getAllContents().forEachRemaining(object -> {
				for (EObject target : object.eCrossReferences()) {
					assertFalse(target.eIsProxy(), "unresolved reference in " + resource.getURI().lastSegment() + ": " + target);
				}
			});
		}
	}

	@Test
	void claimsCoverAllFourCategories() {
		Set<ClaimCategory> categories = EnumSet.noneOf(ClaimCategory.class);
		for (Claim claim : document.getClaims()) {
			ClaimCategory category = SchemaQueries.category(claim.getKind());
			assertNotNull(category, claim.getName() + " has no category");
			categories.add(category);
		}
		assertEquals(EnumSet.allOf(ClaimCategory.class), categories);
	}

	@Test
	void theStatementsActorsAreAllThereAndEachIsMentioned() {
		Map<Actor, List<Anchor>> mentions = Mentions.byActor(document);
		Set<String> names = mentions.keySet().stream().map(Actor::getName).collect(Collectors.toSet());
		assertEquals(Set.of("Kamikawa", "Kihara", "Blinken", "Austin", "Ministers", "UnitedStates", "Japan", "NorthKorea",
				"China", "Russia", "USJapanAlliance", "EDD", "AllianceCoordinationMechanism"), names);
		mentions.forEach((actor, anchors) -> {
			assertFalse(anchors.isEmpty(), actor.getName() + " has no mention");
			assertNotNull(actor.getKind(), actor.getName() + " has no kind");
		});
		assertEquals(40, mentions.values().stream().mapToInt(List::size).sum());
	}

	@Test
	void theRegistersActorsAreTheSameActorsInBothStatements() {
		Document register = SampleFiles.document(resources.get(SampleFiles.MODEL_FILES.indexOf(SampleFiles.REGISTER)));
		Document earlier = SampleFiles.document(resources.get(SampleFiles.MODEL_FILES.indexOf(SampleFiles.EARLIER)));
		assertTrue(register.isRegister());
		Actor japan = register.getActors().stream().filter(a -> a.getName().equals("Japan")).findFirst().orElseThrow();
		assertTrue(Mentions.byActor(document).containsKey(japan), "the 2024 statement mentions the register's Japan");
		assertTrue(Mentions.byActor(earlier).containsKey(japan), "the 2023 statement mentions the register's Japan");
		Relation reaffirms = document.getRelations().stream().filter(r -> r.getKind().getName().equals("reaffirms")).findFirst()
				.orElseThrow();
		assertEquals("strengthenCapacity", reaffirms.getTarget().getName());
		assertEquals(earlier, reaffirms.getTarget().eContainer(), "the reaffirmed need is the 2023 statement's");
	}

	@Test
	void everyClaimHasHoldersAndAQuote() {
		for (Claim claim : document.getClaims()) {
			assertFalse(claim.getHolders().isEmpty(), claim.getName() + " has no holder");
			assertFalse(claim.getAnchors().isEmpty(), claim.getName() + " has no quote");
		}
	}

	@Test
	void theIntentsAreMotivatedByTheAssessmentUnderTheseCircumstances() {
		List<Relation> motivations = document.getRelations().stream()
				.filter(relation -> relation.getKind().getName().equals("motivates")).toList();
		assertEquals(Set.of("reinforcePosture", "manageThreats"),
				motivations.stream().map(relation -> relation.getTarget().getName()).collect(Collectors.toSet()));
		for (Relation motivation : motivations) {
			assertEquals(ClaimCategory.ASSESSMENT, SchemaQueries.category(motivation.getSource().getKind()));
			assertEquals("Under these circumstances", motivation.getAnchors().get(0).getQuote());
		}
	}

	@Test
	void everyAnchorQuotesTheSourceTextAtItsOffset() throws IOException {
		String text = SampleFiles.sourceText();
		List<Anchor> anchors = new ArrayList<>();
		document.eAllContents().forEachRemaining(object -> {
			if (object instanceof Anchor anchor) {
				anchors.add(anchor);
			}
		});
		assertTrue(anchors.size() > 50, "anchors: " + anchors.size());
		for (Anchor anchor : anchors) {
			String where = anchor.getQuote() + " at " + anchor.getOffset();
			assertTrue(anchor.getOffset() >= 0 && anchor.end() <= text.length(), where + " lies outside the text");
			assertEquals(anchor.getQuote(), text.substring(anchor.getOffset(), anchor.end()), where);
			if (anchor.getPrefix() != null) {
				int start = anchor.getOffset() - anchor.getPrefix().length();
				assertTrue(start >= 0, where);
				assertEquals(anchor.getPrefix(), text.substring(start, anchor.getOffset()), "prefix of " + where);
			}
			if (anchor.getSuffix() != null) {
				int end = anchor.end() + anchor.getSuffix().length();
				assertTrue(end <= text.length(), where);
				assertEquals(anchor.getSuffix(), text.substring(anchor.end(), end), "suffix of " + where);
			}
		}
	}
}
