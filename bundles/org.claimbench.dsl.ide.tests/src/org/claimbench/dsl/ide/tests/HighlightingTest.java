package org.claimbench.dsl.ide.tests;

import static org.claimbench.dsl.ide.tests.AnnotationWorkspace.positionOf;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.SemanticTokens;
import org.eclipse.lsp4j.SemanticTokensParams;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.junit.jupiter.api.Test;

/** Names are coloured by what they denote: kinds, actors, claims, attributes and enum members stand apart. */
class HighlightingTest extends ServerOnWorkspace {

	@Test
	void documentNamesAreColouredByWhatTheyDenote() throws Exception {
		String text = workspace.documentText;
		Map<Position, String> tokens = tokens(workspace.document, text);

		assertEquals("class", tokens.get(positionOf(text, "ThreatAssessment", 0)));
		assertEquals("variable", tokens.get(positionOf(text, "Kamikawa", 0)));
		assertEquals("variable", tokens.get(positionOf(text, "Kamikawa {\n\tsubject", 0)));
		assertEquals("property", tokens.get(positionOf(text, "subject", 0)));
		assertEquals("variable", tokens.get(positionOf(text, "NorthKorea", 1)));
		assertEquals("enumMember", tokens.get(positionOf(text, "negative", 0)));
		assertEquals("function", tokens.get(positionOf(text, "nk", 1)));
	}

	@Test
	void schemaNamesAreColouredByWhatTheyDenote() throws Exception {
		Map<Position, String> tokens = tokens(workspace.schema, AnnotationWorkspace.SCHEMA);

		assertEquals("class", tokens.get(positionOf(AnnotationWorkspace.SCHEMA, "State", 0)));
		assertEquals("class", tokens.get(positionOf(AnnotationWorkspace.SCHEMA, "State", 1)));
		assertEquals("enum", tokens.get(positionOf(AnnotationWorkspace.SCHEMA, "Valence", 1)));
		assertEquals("property", tokens.get(positionOf(AnnotationWorkspace.SCHEMA, "role", 0)));
		assertEquals("enumMember", tokens.get(positionOf(AnnotationWorkspace.SCHEMA, "negative", 1)));
	}

	/** The server's semantic tokens, decoded from the protocol's relative encoding into start position → type. */
	private Map<Position, String> tokens(Path file, String text) throws Exception {
		session.open(file, text);
		SemanticTokens encoded = LanguageServerSession.await(session.server().getTextDocumentService()
				.semanticTokensFull(new SemanticTokensParams(new TextDocumentIdentifier(LanguageServerSession.uri(file)))));
		List<String> legend = session.initializeResult().getCapabilities().getSemanticTokensProvider().getLegend()
				.getTokenTypes();
		List<Integer> data = encoded.getData();
		Map<Position, String> tokens = new HashMap<>();
		int line = 0;
		int character = 0;
		for (int i = 0; i + 4 < data.size(); i += 5) {
			character = data.get(i) == 0 ? character + data.get(i + 1) : data.get(i + 1);
			line += data.get(i);
			tokens.put(new Position(line, character), legend.get(data.get(i + 3)));
		}
		return tokens;
	}
}
