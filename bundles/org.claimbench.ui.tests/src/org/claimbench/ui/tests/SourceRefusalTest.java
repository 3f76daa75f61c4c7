package org.claimbench.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.claimbench.ui.internal.editor.AnnotationEditor;
import org.claimbench.workspace.tests.FixtureProject;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.swt.widgets.Label;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The annotation editor reads a document's source text only where validation and the command line would. */
class SourceRefusalTest {

	private static final String SECRET = "This file lies outside the project and must never be shown.";

	private Path outside;

	@AfterEach
	void cleanUp() throws Exception {
		Workbench.page().closeAllEditors(false);
		if (outside != null) {
			Files.deleteIfExists(outside);
		}
	}

	private static IFile documentWithSource(String project, String source) throws Exception {
		return FixtureProject.create(project, FixtureProject.document().replace("source \"edd.txt\"", "source \"" + source + "\""));
	}

	private static boolean hasProblemNaming(IFile file, String words) throws Exception {
		return Arrays.stream(file.findMarkers(IMarker.PROBLEM, true, IResource.DEPTH_ZERO))
				.anyMatch(m -> m.getAttribute(IMarker.MESSAGE, "").contains(words));
	}

	@Test
	void sourceLeavingTheDocumentsFolderIsRefusedAndNotShown() throws Exception {
		IFile file = documentWithSource("refusal", "../secret.txt");
		outside = file.getProject().getLocation().toPath().getParent().resolve("secret.txt");
		Files.writeString(outside, SECRET, StandardCharsets.UTF_8);

		AnnotationEditor editor = Workbench.open(file);
		Workbench.awaitValidation(editor);

		assertEquals("", editor.sourceWidget().getText(), "not a word of the outside file is shown");
		Label problem = editor.sourceProblemLabel();
		assertTrue(problem.isVisible(), "the editor says why there is no text");
		assertTrue(problem.getText().contains("'../secret.txt' is refused"), problem.getText());
		assertTrue(hasProblemNaming(file, "is refused"), "validation marks the document as well");
	}

	@Test
	void missingSourceIsNamedInTheEditor() throws Exception {
		IFile file = documentWithSource("missing", "gone.txt");

		AnnotationEditor editor = Workbench.open(file);
		Workbench.awaitValidation(editor);

		assertEquals("", editor.sourceWidget().getText());
		Label problem = editor.sourceProblemLabel();
		assertTrue(problem.isVisible());
		assertTrue(problem.getText().contains("'gone.txt' does not exist"), problem.getText());
	}

	@Test
	void readableSourceShowsNoProblem() throws Exception {
		AnnotationEditor editor = Workbench.open(FixtureProject.create("readable", FixtureProject.document()));

		assertEquals(FixtureProject.SOURCE, editor.sourceWidget().getText());
		assertFalse(editor.sourceProblemLabel().isVisible());
	}
}
