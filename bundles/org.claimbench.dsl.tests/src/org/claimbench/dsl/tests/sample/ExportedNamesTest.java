package org.claimbench.dsl.tests.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.claimbench.dsl.naming.NamedContents;
import org.claimbench.dsl.tests.ClaimDocumentInjectorProvider;
import org.claimbench.model.claims.ClaimsPackage;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.naming.IQualifiedNameProvider;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;
import com.google.inject.Provider;

/**
 * What the sample's files export, the names other files link to (a schema by name, another document's claim by
 * {@code d2023.reaffirm}, a register's actor), is every element that has a qualified name, in file order, although
 * the export no longer visits the unnamed insides of claims and actors.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(ClaimDocumentInjectorProvider.class)
class ExportedNamesTest {

	private static final ClaimsPackage CLAIMS = ClaimsPackage.eINSTANCE;

	@Inject
	private Provider<XtextResourceSet> resourceSets;

	@Test
	void everyNamedElementOfTheSampleIsExported() {
		XtextResourceSet set = resourceSets.get();
		List<Resource> resources = SampleFiles.load(set, SampleFiles.MODEL_FILES);
		int claims = 0;
		for (Resource resource : resources) {
			XtextResource xtext = (XtextResource) resource;
			IQualifiedNameProvider names = xtext.getResourceServiceProvider().get(IQualifiedNameProvider.class);
			List<String> named = new ArrayList<>();
			for (EObject element : (Iterable<EObject>) () -> EcoreUtil.getAllContents(resource, false)) {
				QualifiedName name = names.getFullyQualifiedName(element);
				if (name != null) {
					named.add(name + " " + EcoreUtil.getURI(element));
					claims += element.eClass() == CLAIMS.getClaim() ? 1 : 0;
				}
			}
			List<String> exported = new ArrayList<>();
			for (IEObjectDescription description : xtext.getResourceServiceProvider().getResourceDescriptionManager()
					.getResourceDescription(resource).getExportedObjects()) {
				exported.add(description.getName() + " " + description.getEObjectURI());
			}
			assertEquals(named, exported, resource.getURI().lastSegment());
		}
		assertTrue(claims > 10, "the sample's claims are among the names: " + claims);
	}

	@Test
	void onlyElementsThatCanHoldANamedOneAreVisited() {
		assertTrue(NamedContents.mayHoldNamed(CLAIMS.getDocument()), "a document holds actors and claims");
		assertTrue(NamedContents.mayHoldNamed(CLAIMS.getSchema()), "a schema holds kinds and enums");
		assertTrue(NamedContents.mayHoldNamed(CLAIMS.getClaimKind()), "a kind holds attribute definitions");
		assertTrue(NamedContents.mayHoldNamed(CLAIMS.getEnumType()), "an enum holds its members");
		assertFalse(NamedContents.mayHoldNamed(CLAIMS.getClaim()), "anchors, values and provenance have no names");
		assertFalse(NamedContents.mayHoldNamed(CLAIMS.getActor()));
		assertFalse(NamedContents.mayHoldNamed(CLAIMS.getRelation()));
		assertFalse(NamedContents.mayHoldNamed(CLAIMS.getAttributeDef()));
	}
}
