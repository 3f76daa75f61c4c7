package org.claimbench.dsl.ide.tests;

import static org.claimbench.dsl.ide.tests.AnnotationWorkspace.positionOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.InlayHintParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.SelectionRangeParams;
import org.eclipse.lsp4j.SemanticTokensRangeParams;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What an editor gets beyond diagnostics: hovers that explain kinds, attributes and anchors from the schema
 * and the source text, code actions that repair what the diagnostics name, and clear refusals of the
 * protocol's methods ClaimBench does not implement.
 */
class HoverAndCodeActionTest {

	private static final String KIND_DESCRIPTION = "An actor's conduct assessed as a threat.";
	private static final String ATTRIBUTE_DESCRIPTION = "Whose conduct.";

	@TempDir
	Path folder;

	private AnnotationWorkspace workspace;
	private LanguageServerSession session;

	@BeforeEach
	void startServerOnASchemaWithDescriptions() throws Exception {
		workspace = new AnnotationWorkspace(folder);
		workspace.write("deterrence.cbschema", AnnotationWorkspace.SCHEMA
				.replace("claim kind ThreatAssessment is Assessment {", "claim kind ThreatAssessment is Assessment \"" + KIND_DESCRIPTION + "\" {")
				.replace("subject: actor required", "subject: actor required \"" + ATTRIBUTE_DESCRIPTION + "\""));
		session = LanguageServerSession.open(folder);
	}

	@AfterEach
	void stopServer() throws Exception {
		session.close();
	}

	private String hover(String text, String part, int occurrence) throws Exception {
		session.open(workspace.document, text);
		Position at = positionOf(text, part, occurrence);
		Hover hover = LanguageServerSession.await(session.server().getTextDocumentService().hover(
				new HoverParams(new TextDocumentIdentifier(LanguageServerSession.uri(workspace.document)),
						new Position(at.getLine(), at.getCharacter() + 1))));
		return hover == null ? "" : hover.getContents().getRight().getValue();
	}

	private List<CodeAction> codeActions(String text, Diagnostic diagnostic) throws Exception {
		CodeActionParams params = new CodeActionParams(new TextDocumentIdentifier(LanguageServerSession.uri(workspace.document)),
				diagnostic.getRange(), new CodeActionContext(List.of(diagnostic)));
		List<Either<Command, CodeAction>> actions = LanguageServerSession.await(
				session.server().getTextDocumentService().codeAction(params));
		return actions.stream().filter(Either::isRight).map(Either::getRight).toList();
	}

	private static Diagnostic withCode(List<Diagnostic> diagnostics, String code) {
		return diagnostics.stream().filter(d -> code.equals(d.getCode().getLeft())).findFirst()
				.orElseThrow(() -> new AssertionError("no " + code + " in " + diagnostics));
	}

	private static List<TextEdit> edits(CodeAction action) {
		return action.getEdit().getChanges().values().iterator().next();
	}

	@Test
	void hoverOnAKindShowsItsDeclarationDescriptionAndAttributes() throws Exception {
		String shown = hover(workspace.documentText, "ThreatAssessment", 0);
		assertTrue(shown.contains("claim kind ThreatAssessment is Assessment"), shown);
		assertTrue(shown.contains(KIND_DESCRIPTION), shown);
		assertTrue(shown.contains("`subject: actor required` — " + ATTRIBUTE_DESCRIPTION), shown);
	}

	@Test
	void hoverOnAClaimShowsItsKindHoldersAndValues() throws Exception {
		String shown = hover(workspace.documentText, "nk : ThreatAssessment", 0);
		assertTrue(shown.contains("claim nk : ThreatAssessment"), shown);
		assertTrue(shown.contains("Held by Kamikawa."), shown);
		assertTrue(shown.contains("- valence: negative"), shown);
	}

	@Test
	void hoverOnAQuoteShowsTheSourceTextAroundIt() throws Exception {
		String shown = hover(workspace.documentText, "\"reaffirmed the intent", 0);
		assertTrue(shown.contains("edd.txt, line 1"), shown);
		assertTrue(shown.contains("behavior. She **reaffirmed the intent to reinforce deterrence**."), shown);
	}

	@Test
	void diagnosticsSayTheyComeFromClaimBench() throws Exception {
		String text = workspace.documentText.replace("by Kamikawa {\n\tsubject", "by Kamikwa {\n\tsubject");
		List<Diagnostic> diagnostics = session.open(workspace.document, text);
		assertTrue(!diagnostics.isEmpty() && diagnostics.stream().allMatch(d -> "claimbench".equals(d.getSource())),
				diagnostics.toString());
	}

	@Test
	void aMovedQuoteIsReanchoredByACodeAction() throws Exception {
		int right = AnnotationWorkspace.SOURCE.indexOf("reaffirmed the intent");
		String text = workspace.documentText.replace("deterrence\" at " + right, "deterrence\" at 3");
		Diagnostic moved = withCode(session.open(workspace.document, text), "claimbench.quoteMoved");
		List<CodeAction> actions = codeActions(text, moved);
		assertEquals(1, actions.size(), actions.toString());
		assertEquals("Re-anchor the quote where it now occurs", actions.get(0).getTitle());
		TextEdit edit = edits(actions.get(0)).get(0);
		assertEquals(String.valueOf(right), edit.getNewText());
		assertEquals(positionOf(text, "at 3", 0).getLine(), edit.getRange().getStart().getLine());
	}

	@Test
	void aMissingRequiredAttributeIsAddedByACodeAction() throws Exception {
		String text = workspace.documentText.replace("\tobject \"deterrence\"\n", "");
		Diagnostic missing = withCode(session.open(workspace.document, text), "claimbench.missingRequiredAttribute");
		List<CodeAction> actions = codeActions(text, missing);
		assertEquals("Add the missing attribute", actions.get(0).getTitle());
		TextEdit edit = edits(actions.get(0)).get(0);
		assertEquals("\tobject \"\"\n", edit.getNewText());
		Position closing = positionOf(text, "}", 3);
		assertEquals(new Range(closing, closing), edit.getRange());
	}

	@Test
	void anUnknownHolderIsDeclaredByACodeAction() throws Exception {
		String text = workspace.documentText.replace("by Kamikawa {\n\tsubject", "by Kamikwa {\n\tsubject");
		Diagnostic unresolved = withCode(session.open(workspace.document, text), "claimbench.unresolvedReference");
		List<CodeAction> actions = codeActions(text, unresolved);
		assertEquals("Declare the actor", actions.get(0).getTitle());
		assertEquals("\nactor Kamikwa\n", edits(actions.get(0)).get(0).getNewText());
	}

	@Test
	void methodsClaimBenchDoesNotImplementAreMethodNotFoundAndNoEmptyCapabilityIsAnnounced() throws Exception {
		session.open(workspace.document, workspace.documentText);
		TextDocumentIdentifier document = new TextDocumentIdentifier(LanguageServerSession.uri(workspace.document));
		Range all = new Range(new Position(0, 0), new Position(3, 0));
		List<CompletableFuture<?>> requests = List.of(
				session.server().getTextDocumentService().semanticTokensRange(new SemanticTokensRangeParams(document, all)),
				session.server().getTextDocumentService().selectionRange(new SelectionRangeParams(document, List.of(new Position(0, 0)))),
				session.server().getTextDocumentService().inlayHint(new InlayHintParams(document, all)));
		for (CompletableFuture<?> request : requests) {
			ExecutionException failed = assertThrows(ExecutionException.class, () -> LanguageServerSession.await(request));
			ResponseErrorException error = assertInstanceOf(ResponseErrorException.class, failed.getCause());
			assertEquals(ResponseErrorCode.MethodNotFound.getValue(), error.getResponseError().getCode(), error.getMessage());
			assertNull(error.getResponseError().getData(), "no stack trace for the user");
		}
		assertNull(session.initializeResult().getCapabilities().getSignatureHelpProvider());
	}

	@Test
	void aQuoteWithOtherTypographyIsRewrittenToTheTextsExactWords() throws Exception {
		int at = AnnotationWorkspace.SOURCE.indexOf("North Korea's continued");
		String text = workspace.documentText.replace("quote \"North Korea's continued", "quote \"North Korea\u2019s continued");
		Diagnostic nearMiss = withCode(session.open(workspace.document, text), "claimbench.quoteNearMiss");
		List<CodeAction> actions = codeActions(text, nearMiss);
		assertEquals("Quote the text's exact words", actions.get(0).getTitle());
		List<TextEdit> edits = edits(actions.get(0));
		assertEquals("\"North Korea's continued destabilizing behavior\"", edits.get(0).getNewText());
		assertEquals(String.valueOf(at), edits.get(1).getNewText());
	}

	@Test
	void aContextThatNoLongerMatchesIsConfirmedByRecordingTheTextsContext() throws Exception {
		String text = workspace.documentText.replace("reinforce deterrence\" at", "reinforce deterrence\" suffix \" now\" at")
				.replace("\" suffix \" now\" at " + AnnotationWorkspace.SOURCE.indexOf("reaffirmed the intent"),
						"\" at " + AnnotationWorkspace.SOURCE.indexOf("reaffirmed the intent") + " suffix \" now\"");
		Diagnostic mismatch = withCode(session.open(workspace.document, text), "claimbench.contextMismatch");
		List<CodeAction> actions = codeActions(text, mismatch);
		assertEquals("Confirm the anchor here (record the context the text now has)", actions.get(0).getTitle());
		TextEdit edit = edits(actions.get(0)).get(0);
		assertTrue(edit.getNewText().startsWith("\".") && !edit.getNewText().contains("now"), edit.getNewText());
		assertEquals(positionOf(text, "\" now\"", 0), edit.getRange().getStart());
	}

	@Test
	void aQuoteWrittenWithoutAnOffsetGetsItFromACodeAction() throws Exception {
		int right = AnnotationWorkspace.SOURCE.indexOf("reaffirmed the intent");
		String text = workspace.documentText.replace("deterrence\" at " + right, "deterrence\"");
		Diagnostic missing = withCode(session.open(workspace.document, text), "claimbench.offsetMissing");
		assertEquals(org.eclipse.lsp4j.DiagnosticSeverity.Warning, missing.getSeverity());
		List<CodeAction> actions = codeActions(text, missing);
		assertEquals("Write the offset", actions.get(0).getTitle());
		TextEdit edit = edits(actions.get(0)).get(0);
		assertEquals(" at " + right, edit.getNewText());
		assertEquals(positionOf(text, "deterrence\"\n", 1).getLine(), edit.getRange().getStart().getLine());
	}

	@Test
	void aPronounThatOccursTwiceGetsOneCodeActionPerPlaceWritingItsOffsetAndTheContextOnlyThatPlaceHas() throws Exception {
		workspace.write("its.txt", "Japan welcomes its role and its partners.\n");
		String text = "document its source \"its.txt\" schema deterrence\n\nactor Japan : State {\n\tmention \"its\"\n}\n";
		Path document = workspace.write("its.claims", text);
		Diagnostic ambiguous = withCode(session.open(document, text), "claimbench.offsetAmbiguous");
		CodeActionParams params = new CodeActionParams(new TextDocumentIdentifier(LanguageServerSession.uri(document)),
				ambiguous.getRange(), new CodeActionContext(List.of(ambiguous)));
		List<CodeAction> actions = LanguageServerSession.await(session.server().getTextDocumentService().codeAction(params))
				.stream().filter(Either::isRight).map(Either::getRight).toList();
		assertEquals(List.of("Anchor at offset 15", "Anchor at offset 28"), actions.stream().map(CodeAction::getTitle).toList());
		TextEdit first = edits(actions.get(0)).get(0);
		assertEquals(" at 15 suffix \" role\"", first.getNewText());
		assertEquals(positionOf(text, "\"its\"", 0).getLine(), first.getRange().getStart().getLine());
		assertEquals(" at 28 prefix \"and \"", edits(actions.get(1)).get(0).getNewText());
	}

	@Test
	void hoverOnAQuoteWithoutAnOffsetShowsTheWordsWhereTheyOccur() throws Exception {
		int right = AnnotationWorkspace.SOURCE.indexOf("reaffirmed the intent");
		String text = workspace.documentText.replace("deterrence\" at " + right, "deterrence\"");
		String shown = hover(text, "reaffirmed the intent", 0);
		assertTrue(shown.contains("**reaffirmed the intent to reinforce deterrence**"), shown);
		assertTrue(!shown.contains("differs"), shown);
	}
}
