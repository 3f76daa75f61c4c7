package org.claimbench.dsl.tests.sample;

import org.claimbench.dsl.formatting.CanonicalFormat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.claimbench.dsl.schema.SchemaQueries;
import org.claimbench.dsl.tests.ClaimDocumentInjectorProvider;
import org.claimbench.model.claims.Actor;
import org.claimbench.model.claims.ActorKind;
import org.claimbench.model.claims.Anchor;
import org.claimbench.model.claims.AttributeDef;
import org.claimbench.model.claims.AttributeValue;
import org.claimbench.model.claims.Claim;
import org.claimbench.model.claims.ClaimKind;
import org.claimbench.model.claims.ClaimsFactory;
import org.claimbench.model.claims.Document;
import org.claimbench.model.claims.DocumentElement;
import org.claimbench.model.claims.EnumLiteral;
import org.claimbench.model.claims.EnumType;
import org.claimbench.model.claims.Kind;
import org.claimbench.model.claims.NamedElement;
import org.claimbench.model.claims.Relation;
import org.claimbench.model.claims.RelationKind;
import org.claimbench.model.claims.Schema;
import org.claimbench.model.claims.SchemaElement;
import org.claimbench.model.claims.Value;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.resource.SaveOptions;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.serializer.ISerializer;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;
import com.google.inject.Provider;

/** Parse, serialize, parse again: the model must come back equal, for the sample and for a document built as an editor builds one. */
@ExtendWith(InjectionExtension.class)
@InjectWith(ClaimDocumentInjectorProvider.class)
class SampleRoundTripTest {

	private static final ClaimsFactory CLAIMS = ClaimsFactory.eINSTANCE;

	@Inject
	private Provider<XtextResourceSet> resourceSets;

	@Test
	void baseSchemaSurvivesSerialization() throws IOException {
		assertRoundTrip(SampleFiles.CODEBOOK, List.of());
	}

	@Test
	void deterrenceSchemaSurvivesSerialization() throws IOException {
		assertRoundTrip(SampleFiles.DETERRENCE, List.of(SampleFiles.CODEBOOK));
	}

	@Test
	void goldAnnotationSurvivesSerialization() throws IOException {
		assertRoundTrip(SampleFiles.ANNOTATION,
				List.of(SampleFiles.CODEBOOK, SampleFiles.DETERRENCE, SampleFiles.REGISTER, SampleFiles.EARLIER));
	}

	@Test
	void registerAndEarlierStatementSurviveSerialization() throws IOException {
		assertRoundTrip(SampleFiles.REGISTER, List.of(SampleFiles.CODEBOOK, SampleFiles.DETERRENCE));
		assertRoundTrip(SampleFiles.EARLIER, List.of(SampleFiles.CODEBOOK, SampleFiles.DETERRENCE, SampleFiles.REGISTER));
	}

	@Test
	void documentBuiltThroughTheFactorySurvivesFormattedSerialization() throws IOException {
		XtextResourceSet set = resourceSets.get();
		List<Resource> schemas = SampleFiles.load(set, List.of(SampleFiles.CODEBOOK, SampleFiles.DETERRENCE));
		Schema deterrence = SampleFiles.schema(schemas.get(1));
		Resource resource = set.createResource(URI.createURI("memory:/edited.claims"));
		Document document = editedDocument(deterrence, SampleFiles.sourceText());
		resource.getContents().add(document);

		ISerializer serializer = ((XtextResource) resource).getResourceServiceProvider().get(ISerializer.class);
		String text = serializer.serialize(document, SaveOptions.newBuilder().format().getOptions());

		assertTrue(text.contains("\nclaim nk : ThreatAssessment by Ministers {\n\tsubject NorthKorea\n"), text);
		assertTrue(text.contains("\tunlawful false\n"), text);
		// Apostrophes stay as they are in the statement; only double quotes and backslashes are escaped.
		assertTrue(text.contains("quote \"North Korea's continued destabilizing behavior\""), text);
		assertTrue(text.contains("note \"Checked against the statement's \\\"third\\\" paragraph, C:\\\\notes.\""), text);
		Resource reparsed = parse(List.of(SampleFiles.CODEBOOK, SampleFiles.DETERRENCE), "edited.claims", text);
		assertTrue(EcoreUtil.equals(document, reparsed.getContents().get(0)), text);
		assertEquals(text, CanonicalFormat.of((XtextResource) reparsed), "formatted serialization is already canonical");
	}

	private void assertRoundTrip(String name, List<String> dependencies) throws IOException {
		List<String> files = new ArrayList<>(dependencies);
		files.add(name);
		Resource original = SampleFiles.load(resourceSets.get(), files).get(files.size() - 1);
		EObject model = original.getContents().get(0);
		String text = ((XtextResource) original).getResourceServiceProvider().get(ISerializer.class).serialize(model);
		Resource reparsed = parse(dependencies, name, text);
		assertTrue(EcoreUtil.equals(model, reparsed.getContents().get(0)), name + " serialized as:\n" + text);
	}

	/** Parses text in a fresh resource set next to the sample files it depends on, so nothing is resolved twice. */
	private Resource parse(List<String> dependencies, String name, String text) throws IOException {
		XtextResourceSet set = resourceSets.get();
		SampleFiles.load(set, dependencies);
		Resource resource = set.createResource(URI.createURI("memory:/roundtrip/" + name));
		resource.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), Map.of());
		EcoreUtil.resolveAll(set);
		assertTrue(resource.getErrors().isEmpty(), resource.getErrors() + "\n" + text);
		return resource;
	}

	/** What the annotation editor creates from a few selections in the statement. */
	private static Document editedDocument(Schema schema, String text) {
		Document document = CLAIMS.createDocument();
		document.setName("edited");
		document.setTitle("Joint Statement");
		document.setDate("2024-07-28");
		document.setSource("us-japan-edd-2024.txt");
		document.setSchema(schema);

		Actor northKorea = actor(schema, "NorthKorea", "State");
		northKorea.getAliases().add("DPRK");
		northKorea.getAnchors().add(anchor(text, "North Korea", 0));
		Actor kamikawa = actor(schema, "Kamikawa", "Official");
		kamikawa.setLabel("Kamikawa Yoko");
		set(kamikawa, "role", text("Minister for Foreign Affairs"));
		set(kamikawa, "represents", reference(northKorea));
		Actor kihara = actor(schema, "Kihara", "Official");
		Actor ministers = actor(schema, "Ministers", "Delegation");
		ministers.setGroup(true);
		ministers.getMembers().addAll(List.of(kamikawa, kihara));
		Anchor ministersMention = anchor(text, "The Ministers", 1);
		ministersMention.setSuffix(" shared");
		ministers.getAnchors().add(ministersMention);
		document.getActors().addAll(List.of(northKorea, kamikawa, kihara, ministers));

		Claim environment = claim(schema, "env", "EnvironmentAssessment", ministers);
		set(environment, "valence", literal(schema, "Valence", "negative"));
		set(environment, "scope", literal(schema, "Scope", "regional"));
		environment.getAnchors().add(anchor(text, "an increasingly deteriorating regional security environment", 0));
		Claim threat = claim(schema, "nk", "ThreatAssessment", ministers);
		set(threat, "subject", reference(northKorea));
		set(threat, "valence", literal(schema, "Valence", "negative"));
		set(threat, "conduct", text("continued destabilizing behavior"));
		set(threat, "domains", literal(schema, "ThreatDomain", "nuclear"), literal(schema, "ThreatDomain", "missile"));
		set(threat, "unlawful", bool(false));
		threat.setNote("Checked against the statement's \"third\" paragraph, C:\\notes.");
		threat.getAnchors().add(anchor(text, "North Korea's continued destabilizing behavior", 0));
		Claim coordination = claim(schema, "coordination", "Coordination", ministers, kamikawa);
		set(coordination, "topic", text("extended deterrence policy"));
		set(coordination, "sinceYear", number("2010"));
		set(coordination, "ongoing", bool(true));
		Claim meeting = claim(schema, "meeting", "Meeting", ministers);
		set(meeting, "level", literal(schema, "MeetingLevel", "ministerial"));
		set(meeting, "heldOn", date("2024-07-28"));
		document.getClaims().addAll(List.of(environment, threat, coordination, meeting));

		Relation elaborates = CLAIMS.createRelation();
		elaborates.setKind(element(schema, RelationKind.class, "elaborates"));
		elaborates.setSource(threat);
		elaborates.setTarget(environment);
		Anchor cue = anchor(text, "including", 1);
		cue.setPrefix(", ");
		elaborates.getAnchors().add(cue);
		document.getRelations().add(elaborates);
		return document;
	}

	private static Actor actor(Schema schema, String name, String kind) {
		Actor actor = CLAIMS.createActor();
		actor.setName(name);
		actor.setKind(element(schema, ActorKind.class, kind));
		return actor;
	}

	private static Claim claim(Schema schema, String name, String kind, Actor... holders) {
		Claim claim = CLAIMS.createClaim();
		claim.setName(name);
		claim.setKind(element(schema, ClaimKind.class, kind));
		claim.getHolders().addAll(List.of(holders));
		return claim;
	}

	private static Anchor anchor(String text, String quote, int occurrence) {
		int offset = -1;
		for (int i = 0; i <= occurrence; i++) {
			offset = text.indexOf(quote, offset + 1);
		}
		Anchor anchor = CLAIMS.createAnchor();
		anchor.setQuote(quote);
		anchor.setOffset(offset);
		return anchor;
	}

	private static void set(EObject element, String attributeName, Value... values) {
		Kind kind = SchemaQueries.kindOf(element);
		AttributeDef attribute = SchemaQueries.allAttributes(kind).stream()
				.filter(candidate -> candidate.getName().equals(attributeName)).findFirst().orElseThrow();
		AttributeValue value = CLAIMS.createAttributeValue();
		value.setAttribute(attribute);
		value.getValues().addAll(List.of(values));
		((DocumentElement) element).getAttributes().add(value);
	}

	private static <T extends SchemaElement> T element(Schema schema, Class<T> type, String name) {
		return SchemaQueries.visibleElements(schema, type).stream()
				.filter(candidate -> candidate.getName().equals(name)).findFirst().orElseThrow();
	}

	private static Value literal(Schema schema, String enumName, String literalName) {
		EnumLiteral literal = element(schema, EnumType.class, enumName).getLiterals().stream()
				.filter(candidate -> candidate.getName().equals(literalName)).findFirst().orElseThrow();
		return reference(literal);
	}

	private static Value reference(NamedElement target) {
		var value = CLAIMS.createReferenceValue();
		value.setTarget(target);
		return value;
	}

	private static Value text(String text) {
		var value = CLAIMS.createTextValue();
		value.setValue(text);
		return value;
	}

	private static Value number(String number) {
		var value = CLAIMS.createNumberValue();
		value.setValue(new BigDecimal(number));
		return value;
	}

	private static Value bool(boolean flag) {
		var value = CLAIMS.createBooleanValue();
		value.setValue(flag);
		return value;
	}

	private static Value date(String date) {
		var value = CLAIMS.createDateValue();
		value.setValue(date);
		return value;
	}
}
