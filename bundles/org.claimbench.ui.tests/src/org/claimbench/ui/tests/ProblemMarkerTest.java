package org.claimbench.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Map;

import org.claimbench.ui.internal.commands.DeleteAnnotationHandler;
import org.claimbench.ui.internal.editor.AnnotationEditor;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Problems in an annotation document appear in the Problems view, and go when the specialist fixes them. */
class ProblemMarkerTest {

	@AfterEach
	void closeEditors() {
		Workbench.page().closeAllEditors(false);
	}

	@Test
	void claimWithUnknownHolderGetsAnErrorMarkerOnItsLineUntilItIsDeleted() throws Exception {
		IFile file = FixtureProject.create("broken", FixtureProject.document()
				+ "claim bad : Reaffirmation by Nobody { quote \"Joint\" at 0 }\n");
		AnnotationEditor editor = Workbench.open(file);
		Workbench.awaitValidation(editor);

		IMarker[] problems = file.findMarkers(IMarker.PROBLEM, true, IResource.DEPTH_ZERO);
		assertEquals(1, problems.length, Arrays.toString(problems));
		IMarker marker = problems[0];
		assertEquals(IMarker.SEVERITY_ERROR, marker.getAttribute(IMarker.SEVERITY, -1));
		assertEquals(6, marker.getAttribute(IMarker.LINE_NUMBER, -1), "the marker sits on the claim's line");
		assertTrue(marker.getAttribute(IMarker.MESSAGE, "").contains("Nobody"), marker.getAttribute(IMarker.MESSAGE, ""));

		Workbench.select(editor, 0, 0);
		Workbench.execute(DeleteAnnotationHandler.COMMAND, Map.of());
		Workbench.awaitValidation(editor);
		assertEquals(0, file.findMarkers(IMarker.PROBLEM, true, IResource.DEPTH_ZERO).length,
				"validation after the edit clears the marker");
	}
}
