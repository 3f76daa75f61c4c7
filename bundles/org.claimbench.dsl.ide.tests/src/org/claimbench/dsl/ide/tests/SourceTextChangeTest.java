package org.claimbench.dsl.ide.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.List;

import org.eclipse.lsp4j.Diagnostic;
import org.junit.jupiter.api.Test;

/** A source text edited by another program (git, a text editor) gets its documents checked again. */
class SourceTextChangeTest extends ServerOnWorkspace {

	@Test
	void aSourceTextChangedOnDiskRevalidatesTheClosedDocumentsThatQuoteIt() throws Exception {
		Files.writeString(workspace.folder.resolve("edd.txt"), "A preface. " + AnnotationWorkspace.SOURCE);
		List<Diagnostic> diagnostics = session.filesChanged(workspace.document, workspace.folder.resolve("edd.txt"));
		assertTrue(!diagnostics.isEmpty() && diagnostics.stream().allMatch(d -> "claimbench.quoteMoved".equals(d.getCode().getLeft())),
				diagnostics.toString());
	}

	@Test
	void aSourceTextChangedOnDiskRevalidatesAnOpenDocumentThatQuotesIt() throws Exception {
		assertEquals(List.of(), session.open(workspace.document, workspace.documentText));
		Files.writeString(workspace.folder.resolve("edd.txt"), "A preface. " + AnnotationWorkspace.SOURCE);
		List<Diagnostic> diagnostics = session.filesChanged(workspace.document, workspace.folder.resolve("edd.txt"));
		assertTrue(!diagnostics.isEmpty() && diagnostics.stream().allMatch(d -> "claimbench.quoteMoved".equals(d.getCode().getLeft())),
				diagnostics.toString());
	}
}
