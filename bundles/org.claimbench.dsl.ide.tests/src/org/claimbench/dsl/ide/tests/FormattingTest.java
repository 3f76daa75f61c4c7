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

		assertEquals(workspace.documentText, AnnotationWorkspace.applied(untidy, edits));
	}

	@Test
	void formattingACanonicalDocumentLeavesItUnchanged() throws Exception {
		session.open(workspace.document, workspace.documentText);

		List<? extends TextEdit> edits = LanguageServerSession.await(session.server().getTextDocumentService()
				.formatting(new DocumentFormattingParams(
						new TextDocumentIdentifier(LanguageServerSession.uri(workspace.document)),
						new FormattingOptions(4, false))));

		assertEquals(workspace.documentText, AnnotationWorkspace.applied(workspace.documentText, edits));
	}

	@Test
	void formattingAnUntidySchemaGivesTheCanonicalLayout() throws Exception {
		String untidy = AnnotationWorkspace.SCHEMA.replace("\n\t", " ").replace("\n\n", "\n").replace(": ", " : ");
		session.open(workspace.schema, untidy);

		List<? extends TextEdit> edits = LanguageServerSession.await(session.server().getTextDocumentService()
				.formatting(new DocumentFormattingParams(
						new TextDocumentIdentifier(LanguageServerSession.uri(workspace.schema)),
						new FormattingOptions(4, false))));

		assertEquals(AnnotationWorkspace.SCHEMA, AnnotationWorkspace.applied(untidy, edits));
	}
}
