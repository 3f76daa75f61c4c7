package org.claimbench.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.claimbench.ui.internal.editor.AnnotationEditor;
import org.claimbench.ui.internal.editor.AnnotationSelection;
import org.claimbench.workspace.tests.FixtureProject;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Event;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Clicking again where claims overlap reaches each of them in turn, innermost first. */
class OverlapCyclingTest {

	@AfterEach
	void closeEditors() {
		Workbench.page().closeAllEditors(false);
	}

	private static String clickAt(AnnotationEditor editor, int offset) {
		StyledText text = editor.sourceWidget();
		text.setSelection(offset);
		Event up = new Event();
		up.button = 1;
		text.notifyListeners(SWT.MouseUp, up);
		Workbench.flush();
		var element = ((AnnotationSelection) editor.sourceSelection()).element();
		return element == null ? null : element.getName();
	}

	@Test
	void repeatedClicksOnStackedClaimsStepThroughThem() throws Exception {
		String inner = "North Korea's continued";
		String document = FixtureProject.document() + "claim continued : ThreatAssessment by Ministers { quote \"" + inner + "\" at "
				+ FixtureProject.at(inner) + " }\n";
		AnnotationEditor editor = Workbench.open(FixtureProject.create("overlap", document));
		Workbench.page().activate(editor);
		int offset = FixtureProject.at(inner) + 3;
		List<String> chosen = new ArrayList<>();
		for (int click = 0; click < 3; click++) {
			chosen.add(clickAt(editor, offset));
			if (click == 1) {
				Screenshot.saveIfAsked(editor.getSite().getShell(), "overlap-cycling");
			}
		}
		assertEquals(List.of("continued", "nk", "continued"), chosen, "innermost first, then the claim around it, then round again");
	}
}
