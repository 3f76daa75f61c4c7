package org.claimbench.dsl.ide.tests;

import static org.claimbench.dsl.ide.tests.AnnotationWorkspace.positionOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.junit.jupiter.api.Test;

/** What an editor shows while a file is open: the server's diagnostics, placed on the offending words. */
class DiagnosticsTest extends ServerOnWorkspace {

	private static final String UNRESOLVED = "claimbench.unresolvedReference";
	private static final String SYNTAX = "org.eclipse.xtext.diagnostics.Diagnostic.Syntax";

	@Test
	void validDocumentHasNoDiagnostics() throws Exception {
		assertEquals(List.of(), session.open(workspace.document, workspace.documentText));
	}

	@Test
	void misspelledHolderIsReportedAsUnresolvedOnTheName() throws Exception {
		String text = workspace.documentText.replace("document edd", "document edd_draft")
				.replace("by Kamikawa {\n\tsubject", "by Kamikwa {\n\tsubject");
		Path broken = workspace.write("broken.claims", text);

		List<Diagnostic> diagnostics = session.open(broken, text);

		assertEquals(1, diagnostics.size(), diagnostics.toString());
		Diagnostic diagnostic = diagnostics.get(0);
		assertEquals(UNRESOLVED, diagnostic.getCode().getLeft());
		assertEquals(DiagnosticSeverity.Error, diagnostic.getSeverity());
		assertEquals("This document has no actor named 'Kamikwa'", diagnostic.getMessage().getLeft());
		Position start = positionOf(text, "Kamikwa", 0);
		assertEquals(new Range(start, new Position(start.getLine(), start.getCharacter() + "Kamikwa".length())),
				diagnostic.getRange());
	}

	@Test
	void misspelledClaimKindIsReportedOnTheName() throws Exception {
		String text = workspace.documentText.replace(": Reaffirmation by", ": Reafirmation by");

		List<Diagnostic> diagnostics = session.open(workspace.document, text);

		Position start = positionOf(text, "Reafirmation", 0);
		Diagnostic onKind = diagnostics.stream().filter(d -> d.getRange().getStart().equals(start)).findFirst()
				.orElseThrow(() -> new AssertionError("nothing reported on the kind: " + diagnostics));
		assertEquals(UNRESOLVED, onKind.getCode().getLeft());
		assertEquals("Schema 'deterrence' and its imports declare no claim kind 'Reafirmation'", onKind.getMessage().getLeft());
	}

	@Test
	void documentEditedIntoASyntaxErrorIsReportedOnItsLine() throws Exception {
		String text = workspace.documentText.replace("claim nk : ThreatAssessment", "claim nk ThreatAssessment");

		List<Diagnostic> diagnostics = session.open(workspace.document, text);

		assertTrue(diagnostics.stream().anyMatch(d -> SYNTAX.equals(d.getCode().getLeft())
				&& d.getSeverity() == DiagnosticSeverity.Error
				&& d.getRange().getStart().getLine() == positionOf(text, "claim nk", 0).getLine()), diagnostics.toString());
	}

	@Test
	void schemaFilesAreServedToo() throws Exception {
		String text = """
				schema escalation
					import deterrence

				claim kind Escalation is Assesment
				""";
		Path schema = workspace.write("escalation.cbschema", text);

		List<Diagnostic> diagnostics = session.open(schema, text);

		assertEquals(1, diagnostics.size(), diagnostics.toString());
		assertEquals(UNRESOLVED, diagnostics.get(0).getCode().getLeft());
		assertEquals("Schema 'escalation' and its imports declare no claim kind 'Assesment'", diagnostics.get(0).getMessage().getLeft());
		assertEquals(positionOf(text, "Assesment", 0), diagnostics.get(0).getRange().getStart());
	}
}
