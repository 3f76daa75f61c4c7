package org.claimbench.dsl.ide.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.eclipse.lsp4j.DocumentFormattingParams;
import org.eclipse.lsp4j.FormattingOptions;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextEdit;
import org.junit.jupiter.api.Test;

/** Formatting in any editor gives the same canonical layout that the workbench writes. */
class FormattingTest extends ServerOnWorkspace {

	@Test
	void formattingAnUntidyDocumentGivesTheCanonicalLayout() throws Exception {
		String untidy = workspace.documentText.replace("\n\t", " ").replace("\n\n", "\n").replace(" : ", ":")
				.replace("{ ", "{   ");
		assertFalse(untidy.equals(workspace.documentText));
		session.open(workspace.document, untidy);

		List<? extends TextEdit> edits = LanguageServerSession.await(session.server().getTextDocumentService()
				.formatting(new DocumentFormattingParams(
						new TextDocumentIdentifier(LanguageServerSession.uri(workspace.document)),
						new FormattingOptions(4, false))));

		assertEquals(workspace.documentText, apply(untidy, edits));
	}

	@Test
	void formattingACanonicalDocumentLeavesItUnchanged() throws Exception {
		session.open(workspace.document, workspace.documentText);

		List<? extends TextEdit> edits = LanguageServerSession.await(session.server().getTextDocumentService()
				.formatting(new DocumentFormattingParams(
						new TextDocumentIdentifier(LanguageServerSession.uri(workspace.document)),
						new FormattingOptions(4, false))));

		assertEquals(workspace.documentText, apply(workspace.documentText, edits));
	}

	@Test
	void formattingAnUntidySchemaGivesTheCanonicalLayout() throws Exception {
		String untidy = AnnotationWorkspace.SCHEMA.replace("\n\t", " ").replace("\n\n", "\n").replace(": ", " : ");
		session.open(workspace.schema, untidy);

		List<? extends TextEdit> edits = LanguageServerSession.await(session.server().getTextDocumentService()
				.formatting(new DocumentFormattingParams(
						new TextDocumentIdentifier(LanguageServerSession.uri(workspace.schema)),
						new FormattingOptions(4, false))));

		assertEquals(AnnotationWorkspace.SCHEMA, apply(untidy, edits));
	}

	/** Applies the edits as an editor does: each range refers to the text before any edit. */
	private static String apply(String text, List<? extends TextEdit> edits) {
		List<TextEdit> lastFirst = new ArrayList<>(edits);
		lastFirst.sort(Comparator.comparing((TextEdit e) -> offset(text, e.getRange().getStart())).reversed());
		StringBuilder result = new StringBuilder(text);
		for (TextEdit edit : lastFirst) {
			result.replace(offset(text, edit.getRange().getStart()), offset(text, edit.getRange().getEnd()),
					edit.getNewText());
		}
		return result.toString();
	}

	private static int offset(String text, Position position) {
		int offset = 0;
		for (int line = 0; line < position.getLine(); line++) {
			offset = text.indexOf('\n', offset) + 1;
		}
		return offset + position.getCharacter();
	}
}
