package org.claimbench.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.claimbench.model.claims.Claim;
import org.claimbench.model.claims.ClaimCategory;
import org.claimbench.model.claims.Document;
import org.claimbench.model.claims.NamedElement;
import org.claimbench.model.claims.ReferenceValue;
import org.claimbench.dsl.schema.SchemaQueries;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;
import com.google.inject.Provider;

/** A specialist's document parses and links against a modeler's schema in another file. */
@ExtendWith(InjectionExtension.class)
@InjectWith(ClaimDocumentInjectorProvider.class)
class ParsingTest {

	static final String SCHEMA = """
			schema deterrence
			actor kind State
			actor kind Official { role: text  represents: State }
			enum Valence { negative neutral positive }
			claim kind ThreatAssessment is Assessment { subject: actor required  valence: Valence = negative }
			""";

	static final String DOCUMENT = """
			document edd source "edd.txt" schema deterrence
			actor NorthKorea : State
			actor Kamikawa : Official { role "Minister for Foreign Affairs" represents NorthKorea }
			claim nk : ThreatAssessment by Kamikawa { subject NorthKorea valence negative quote "North Korea" at 10 }
			""";

	@Inject
	private Provider<XtextResourceSet> resourceSets;

	private Resource load(XtextResourceSet set, String name, String text) throws IOException {
		Resource resource = set.createResource(URI.createURI("memory:/" + name));
		resource.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), Map.of());
		return resource;
	}

	@Test
	void documentLinksToKindsAndEnumMembersOfSchemaInAnotherFile() throws IOException {
		XtextResourceSet set = resourceSets.get();
		Resource schema = load(set, "deterrence.cbschema", SCHEMA);
		Resource doc = load(set, "edd.claims", DOCUMENT);
		EcoreUtil.resolveAll(set);
		assertTrue(schema.getErrors().isEmpty(), schema.getErrors().toString());
		assertTrue(doc.getErrors().isEmpty(), doc.getErrors().toString());

		Document document = (Document) doc.getContents().get(0);
		assertEquals("deterrence", document.getSchema().getName());
		Claim claim = document.getClaims().get(0);
		assertEquals("ThreatAssessment", claim.getKind().getName());
		assertEquals(ClaimCategory.ASSESSMENT, SchemaQueries.category(claim.getKind()));
		assertEquals("Kamikawa", claim.getHolders().get(0).getName());
		NamedElement valence = ((ReferenceValue) claim.getAttributes().get(1).getValues().get(0)).getTarget();
		assertFalse(valence.eIsProxy(), "enum member resolves");
		assertEquals("negative", valence.getName());
		assertEquals(10, claim.getAnchors().get(0).getOffset());
		assertEquals(11, claim.getAnchors().get(0).length());
	}

	/** What the annotation editor writes on Save: an attribute the statement does not state keeps its mark. */
	@Test
	void anUnstatedAttributeIsReadAndWrittenBack() throws IOException {
		XtextResourceSet set = resourceSets.get();
		load(set, "deterrence.cbschema", SCHEMA);
		Resource document = load(set, "edd.claims", DOCUMENT.replace("subject NorthKorea", "subject unstated"));
		org.claimbench.model.claims.Claim claim = ((org.claimbench.model.claims.Document) document.getContents().get(0)).getClaims().get(0);
		assertTrue(claim.getAttributes().get(0).isUnstated());
		assertTrue(claim.getAttributes().get(0).getValues().isEmpty());
		String written = ((org.eclipse.xtext.resource.XtextResource) document).getSerializer().serialize(document.getContents().get(0));
		assertTrue(written.contains("subject unstated"), written);
	}
}
