package org.claimbench.dsl.ide.tests;

import static org.claimbench.dsl.ide.tests.AnnotationWorkspace.endOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionList;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.junit.jupiter.api.Test;

/** Completion offers what the schema allows at the cursor, so a specialist need not know the codebook by heart. */
class CompletionTest extends ServerOnWorkspace {

	@Test
	void kindPositionOffersTheSchemasClaimKindsOnly() throws Exception {
		Set<String> labels = completeAtEnd(workspace.documentText + "\nclaim c : ");

		assertEquals(Set.of("ThreatAssessment", "RegionalThreat", "Reaffirmation"), labels);
	}

	@Test
	void actorKindPositionOffersActorKindsOnly() throws Exception {
		Set<String> labels = completeAtEnd(workspace.documentText + "\nactor Russia : ");

		assertTrue(labels.containsAll(List.of("State", "Official")), labels.toString());
		assertFalse(labels.contains("ThreatAssessment"), labels.toString());
	}

	@Test
	void attributePositionOffersTheKindsAttributesIncludingInheritedOnes() throws Exception {
		Set<String> labels = completeAtEnd(workspace.documentText + "\nclaim c : RegionalThreat by Kamikawa {\n\t");

		assertTrue(labels.containsAll(List.of("region", "subject", "valence")), labels.toString());
		assertFalse(labels.contains("object"), "an attribute of another kind: " + labels);
	}

	@Test
	void enumValuePositionOffersTheEnumsMembers() throws Exception {
		Set<String> labels = completeAtEnd(workspace.documentText + "\nclaim c : ThreatAssessment by Kamikawa {\n\tvalence ");

		assertTrue(labels.containsAll(List.of("negative", "neutral", "positive")), labels.toString());
		assertFalse(labels.contains("NorthKorea"), labels.toString());
	}

	@Test
	void valuePositionsOfferOnlyValuesOfTheAttributesType() throws Exception {
		Set<String> enumValues = completeAtEnd(workspace.documentText + "\nclaim c : ThreatAssessment by Kamikawa {\n\tvalence ");
		assertFalse(enumValues.contains("true") || enumValues.contains("false") || enumValues.contains("\"value\"")
				|| enumValues.contains("value"), "no boolean, string or number where an enum member goes: " + enumValues);
		Set<String> textValues = completeAtEnd(workspace.documentText + "\nclaim c : Reaffirmation by Kamikawa {\n\tobject ");
		assertFalse(textValues.contains("true") || textValues.contains("NorthKorea") || textValues.contains("negative"),
				"only a string where text goes: " + textValues);
	}

	@Test
	void actorValuePositionOffersTheDocumentsActors() throws Exception {
		Set<String> labels = completeAtEnd(workspace.documentText + "\nclaim c : ThreatAssessment by Kamikawa {\n\tsubject ");

		assertTrue(labels.containsAll(List.of("Japan", "NorthKorea", "Kamikawa")), labels.toString());
		assertFalse(labels.contains("negative"), labels.toString());
	}

	@Test
	void holderPositionOffersActorsNotClaims() throws Exception {
		Set<String> labels = completeAtEnd(workspace.documentText + "\nclaim c : ThreatAssessment by ");

		assertTrue(labels.containsAll(List.of("Japan", "NorthKorea", "Kamikawa")), labels.toString());
		assertFalse(labels.contains("nk"), labels.toString());
	}

	@Test
	void superKindPositionInASchemaOffersCategoriesAndClaimKinds() throws Exception {
		Set<String> labels = completeAtEnd(workspace.schema, AnnotationWorkspace.SCHEMA + "\nclaim kind Escalation is ");

		assertTrue(labels.containsAll(List.of("Assessment", "Intent", "Commitment", "Event", "ThreatAssessment",
				"RegionalThreat", "Reaffirmation")), labels.toString());
		assertFalse(labels.contains("State"), labels.toString());
		assertFalse(labels.contains("Valence"), labels.toString());
	}

	private Set<String> completeAtEnd(String text) throws Exception {
		return completeAtEnd(workspace.document, text);
	}

	private Set<String> completeAtEnd(Path file, String text) throws Exception {
		session.open(file, text);
		Either<List<CompletionItem>, CompletionList> reply = LanguageServerSession.await(session.server()
				.getTextDocumentService()
				.completion(new CompletionParams(new TextDocumentIdentifier(LanguageServerSession.uri(file)),
						endOf(text))));
		List<CompletionItem> items = reply.isLeft() ? reply.getLeft() : reply.getRight().getItems();
		Set<String> labels = new TreeSet<>();
		items.forEach(item -> labels.add(item.getLabel()));
		assertEquals(items.size(), items.stream().map(CompletionItem::getLabel).distinct().count(),
				"each proposal once: " + items.stream().map(CompletionItem::getLabel).toList());
		return labels;
	}
}
