package org.claimbench.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Arrays;
import java.util.Map;

import org.claimbench.ui.internal.commands.DeleteAnnotationHandler;
import org.claimbench.ui.internal.commands.NewClaimHandler;
import org.claimbench.ui.internal.editor.AnnotationEditor;
import org.claimbench.workspace.internal.validation.ValidationJob;
import org.claimbench.workspace.tests.FixtureProject;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.jobs.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Problems in an annotation document appear in the Problems view, and go when the specialist fixes them. */
class ProblemMarkerTest {

	@AfterEach
	void closeEditors() {
		Workbench.page().closeAllEditors(false);
	}

	/** The problem marker (what the Problems view lists) whose message names the word, or null. */
	private static IMarker problemNaming(IFile file, String word) throws CoreException {
		return Arrays.stream(file.findMarkers(IMarker.PROBLEM, true, IResource.DEPTH_ZERO))
				.filter(m -> m.getAttribute(IMarker.MESSAGE, "").contains(word)).findFirst().orElse(null);
	}

	@Test
	void claimWithUnknownHolderGetsAnErrorMarkerOnItsLineUntilItIsDeleted() throws Exception {
		IFile file = FixtureProject.create("broken", FixtureProject.document()
				+ "claim bad : Reaffirmation by Nobody { quote \"Joint\" at 0 }\n");
		AnnotationEditor editor = Workbench.open(file);
		Workbench.awaitValidation(editor);

		IMarker marker = problemNaming(file, "Nobody");
		assertNotNull(marker, Arrays.toString(file.findMarkers(IMarker.PROBLEM, true, IResource.DEPTH_ZERO)));
		assertEquals(IMarker.SEVERITY_ERROR, marker.getAttribute(IMarker.SEVERITY, -1));
		assertEquals(6, marker.getAttribute(IMarker.LINE_NUMBER, -1), "the marker sits on the claim's line");

		Workbench.select(editor, 0, 0);
		Workbench.execute(DeleteAnnotationHandler.COMMAND, Map.of());
		Workbench.awaitValidation(editor);
		assertNull(problemNaming(file, "Nobody"), "validation after the edit clears the marker");

		Workbench.page().closeEditor(editor, false);
		Job.getJobManager().join(ValidationJob.FAMILY, null);
		assertNotNull(problemNaming(file, "Nobody"), "discarding the edit brings back the marker of the saved file");
	}

	@Test
	void documentWithSyntaxErrorIsNotRewrittenByAnEdit() throws Exception {
		String broken = FixtureProject.document() + "claim unfinished : Reaffirmation by {\n";
		IFile file = FixtureProject.create("unparsable", broken);
		AnnotationEditor editor = Workbench.open(file);
		Workbench.awaitValidation(editor);
		assertNotNull(Arrays.stream(file.findMarkers(IMarker.PROBLEM, true, IResource.DEPTH_ZERO))
				.filter(m -> m.getAttribute(IMarker.LINE_NUMBER, -1) >= 6
						&& m.getAttribute(IMarker.SEVERITY, -1) == IMarker.SEVERITY_ERROR).findFirst().orElse(null),
				"the syntax error is marked where the claim breaks off");

		String words = "continue discussions";
		Workbench.select(editor, FixtureProject.at(words), words.length());
		Workbench.execute(NewClaimHandler.COMMAND, Map.of(NewClaimHandler.KIND, "Reaffirmation"));
		assertEquals(broken, editor.session().text(), "an edit must not rewrite the part that did not parse");
		assertFalse(editor.isDirty());
	}
}
