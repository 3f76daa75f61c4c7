package org.claimbench.dsl.ide.tests;

import static org.claimbench.dsl.ide.tests.AnnotationWorkspace.positionOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.lsp4j.DefinitionParams;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.ReferenceContext;
import org.eclipse.lsp4j.ReferenceParams;
import org.eclipse.lsp4j.RenameParams;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A series of statements in one workspace folder, as an editor's client sees it: go to definition, find
 * references and rename reach across documents and into the project's actor register.
 */
class CrossDocumentNavigationTest {

	private static final String TEXT_2023 = "Japan and the United States pledge to deepen cooperation.\n";
	private static final String TEXT_2024 = "Japan reaffirms its pledge to deepen cooperation.\n";
	private static final String SCHEMA = """
			schema s
			actor kind State
			claim kind Pledge is Commitment { object: text required }
			relation kind reaffirms from Commitment to Commitment
			""";
	private static final String REGISTER = """
			register allies schema s
			actor Japan : State "Japan"
			""";
	private static final String D2023 = """
			document d2023 source "2023.txt" schema s
			mentions Japan { mention "Japan" at 0 }
			claim deepen : Pledge by Japan { object "cooperation" quote "pledge to deepen cooperation" at %d }
			""".formatted(TEXT_2023.indexOf("pledge to deepen"));
	private static final String D2024 = """
			document d2024 source "2024.txt" schema s
			mentions Japan { mention "Japan" at 0 }
			claim deepenAgain : Pledge by Japan { object "cooperation" quote "reaffirms its pledge" at %d }
			relation reaffirms deepenAgain -> d2023.deepen
			""".formatted(TEXT_2024.indexOf("reaffirms its pledge"));

	@TempDir
	Path folder;

	private LanguageServerSession session;
	private Path d2023;
	private Path d2024;
	private Path register;

	@BeforeEach
	void startOnASeries() throws Exception {
		write("s.cbschema", SCHEMA);
		register = write("actors.claims", REGISTER);
		write("2023.txt", TEXT_2023);
		write("2024.txt", TEXT_2024);
		d2023 = write("d2023.claims", D2023);
		d2024 = write("d2024.claims", D2024);
		session = LanguageServerSession.open(folder);
		assertTrue(session.open(d2024, D2024).isEmpty(), "the series validates");
	}

	@AfterEach
	void stopServer() throws Exception {
		session.close();
	}

	private Path write(String name, String text) throws IOException {
		return Files.writeString(folder.resolve(name), text, StandardCharsets.UTF_8);
	}

	private static TextDocumentIdentifier id(Path file) {
		return new TextDocumentIdentifier(LanguageServerSession.uri(file));
	}

	private List<? extends Location> definition(String part, int occurrence) throws Exception {
		Position at = positionOf(D2024, part, occurrence);
		return LanguageServerSession.await(session.server().getTextDocumentService()
				.definition(new DefinitionParams(id(d2024), new Position(at.getLine(), at.getCharacter() + part.length() - 1))))
				.getLeft();
	}

	@Test
	void definitionOfAnotherDocumentsClaimIsInThatDocument() throws Exception {
		List<? extends Location> targets = definition("d2023.deepen", 0);
		assertEquals(1, targets.size(), targets.toString());
		assertEquals(LanguageServerSession.uri(d2023), targets.get(0).getUri());
		assertEquals(positionOf(D2023, "deepen", 0).getLine(), targets.get(0).getRange().getStart().getLine());
	}

	@Test
	void definitionOfARegisterActorIsInTheRegister() throws Exception {
		List<? extends Location> targets = definition("mentions Japan", 0);
		assertEquals(1, targets.size(), targets.toString());
		assertEquals(LanguageServerSession.uri(register), targets.get(0).getUri());
	}

	@Test
	void referencesToAClaimIncludeTheOtherDocumentsRelation() throws Exception {
		session.open(d2023, D2023);
		Position at = positionOf(D2023, "deepen", 0);
		ReferenceParams params = new ReferenceParams(id(d2023), new Position(at.getLine(), at.getCharacter() + 1),
				new ReferenceContext(false));
		List<? extends Location> references = LanguageServerSession.await(session.server().getTextDocumentService().references(params));
		assertEquals(Set.of(LanguageServerSession.uri(d2024)), references.stream().map(Location::getUri).collect(Collectors.toSet()),
				references.toString());
		assertEquals(positionOf(D2024, "d2023.deepen", 0).getLine(), references.get(0).getRange().getStart().getLine());
	}

	@Test
	void renamingARegisterActorEditsEveryDocumentThatNamesIt() throws Exception {
		session.open(register, REGISTER);
		Position at = positionOf(REGISTER, "Japan", 0);
		WorkspaceEdit edit = LanguageServerSession.await(session.server().getTextDocumentService()
				.rename(new RenameParams(id(register), new Position(at.getLine(), at.getCharacter() + 1), "Nippon")));
		Map<String, List<TextEdit>> changes = AnnotationWorkspace.changesOf(edit);
		assertEquals(Set.of(LanguageServerSession.uri(register), LanguageServerSession.uri(d2023), LanguageServerSession.uri(d2024)),
				changes.keySet(), edit.toString());
		String registerAfter = AnnotationWorkspace.applied(REGISTER, changes.get(LanguageServerSession.uri(register)));
		assertTrue(registerAfter.contains("actor Nippon : State \"Japan\""), registerAfter);
		String after = AnnotationWorkspace.applied(D2024, changes.get(LanguageServerSession.uri(d2024)));
		assertTrue(after.contains("mentions Nippon {") && after.contains("by Nippon {"), after);
		assertTrue(AnnotationWorkspace.applied(D2023, changes.get(LanguageServerSession.uri(d2023))).contains("by Nippon {"));
	}
}
