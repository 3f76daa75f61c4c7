package org.claimbench.dsl.ide.tests;

import static org.claimbench.dsl.ide.tests.AnnotationWorkspace.positionOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.RenameParams;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextEdit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Renaming an element of a versioned schema over the language server records the rename as a change of the next
 * version, so that documents outside the workspace can follow with {@code claimbench migrate}; the workspace's own
 * documents are renamed and brought to that version at once, and everything validates afterwards.
 */
class RecordedRenameTest {

	private static final String TEXT = "Japan pledges to deepen cooperation.\n";
	private static final String VERSIONED = """
			schema s version 3
			actor kind State
			claim kind Pledge is Commitment { object: text required }
			""";
	private static final String DOCUMENT = """
			document d source "d.txt" schema s version 3
			actor Japan : State { mention "Japan" at 0 }
			claim deepen : Pledge by Japan { object "cooperation" quote "pledges to deepen cooperation" at 6 }
			""";

	@TempDir
	Path folder;

	private LanguageServerSession session;

	@AfterEach
	void stopServer() throws Exception {
		if (session != null) {
			session.close();
		}
	}

	private Path write(String name, String text) throws IOException {
		return Files.writeString(folder.resolve(name), text, StandardCharsets.UTF_8);
	}

	/** A project of one schema and one document coded against it, served. */
	private void serve(String schemaText, String documentText) throws Exception {
		write("s.cbschema", schemaText);
		write("d.txt", TEXT);
		write("d.claims", documentText);
		session = LanguageServerSession.open(folder);
	}

	private Map<String, List<TextEdit>> rename(Path file, String text, String part, String newName) throws Exception {
		session.open(file, text);
		Position at = positionOf(text, part, 0);
		return AnnotationWorkspace.changesOf(LanguageServerSession.await(session.server().getTextDocumentService().rename(
				new RenameParams(new TextDocumentIdentifier(LanguageServerSession.uri(file)), new Position(at.getLine(), at.getCharacter() + 1),
						newName))));
	}

	@Test
	void renamingAKindInAVersionedSchemaRecordsItAndBringsTheDocumentsAlong() throws Exception {
		serve(VERSIONED, DOCUMENT);
		Path schema = folder.resolve("s.cbschema");
		Path document = folder.resolve("d.claims");
		Map<String, List<TextEdit>> changes = rename(schema, VERSIONED, "Pledge", "Undertaking");

		String schemaAfter = AnnotationWorkspace.applied(VERSIONED, changes.get(LanguageServerSession.uri(schema)));
		assertTrue(schemaAfter.startsWith("schema s version 4\n"), schemaAfter);
		assertTrue(schemaAfter.contains("claim kind Undertaking is Commitment"), schemaAfter);
		assertTrue(schemaAfter.endsWith("\nchanges in version 4 {\n\trename kind Pledge to Undertaking\n}\n"), schemaAfter);
		String documentAfter = AnnotationWorkspace.applied(DOCUMENT, changes.get(LanguageServerSession.uri(document)));
		assertTrue(documentAfter.contains("schema s version 4\n") && documentAfter.contains(": Undertaking by Japan"), documentAfter);

		// The renamed project validates, as the editor shows it: the change applies, the document is not behind its schema.
		assertEquals(List.of(), session.open(schema, schemaAfter));
		assertEquals(List.of(), session.open(document, documentAfter));
	}

	@Test
	void renamingAnAttributeFromADocumentRecordsItWithItsKind() throws Exception {
		serve(VERSIONED, DOCUMENT);
		Path schema = folder.resolve("s.cbschema");
		Path document = folder.resolve("d.claims");
		Map<String, List<TextEdit>> changes = rename(document, DOCUMENT, "object \"cooperation\"", "aim");

		String schemaAfter = AnnotationWorkspace.applied(VERSIONED, changes.get(LanguageServerSession.uri(schema)));
		assertTrue(schemaAfter.contains("{ aim: text required }") && schemaAfter.contains("\trename attribute object of Pledge to aim\n"),
				schemaAfter);
	}

	@Test
	void anUnversionedSchemaIsRenamedWithoutARecord() throws Exception {
		String unversioned = VERSIONED.replace(" version 3", "");
		serve(unversioned, DOCUMENT.replace(" version 3", ""));
		Path schema = folder.resolve("s.cbschema");
		Map<String, List<TextEdit>> changes = rename(schema, unversioned, "Pledge", "Undertaking");

		String schemaAfter = AnnotationWorkspace.applied(unversioned, changes.get(LanguageServerSession.uri(schema)));
		assertTrue(schemaAfter.contains("claim kind Undertaking"), schemaAfter);
		assertFalse(schemaAfter.contains("changes"), schemaAfter);
	}
}
