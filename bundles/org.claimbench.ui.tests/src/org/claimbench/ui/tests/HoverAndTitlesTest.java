package org.claimbench.ui.tests;

import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.claimbench.ui.internal.editor.AnnotationEditor;
import org.claimbench.ui.sourceeditor.internal.SourceEditor;
import org.claimbench.workspace.tests.FixtureProject;
import org.eclipse.core.resources.IFile;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Event;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.part.FileEditorInput;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A hover never stays above a dialog, and two editors of one file can be told apart by their tabs. */
class HoverAndTitlesTest {

	@AfterEach
	void closeEditors() {
		Workbench.page().closeAllEditors(false);
	}

	private static void hover(AnnotationEditor editor, int offset) {
		StyledText text = editor.sourceWidget();
		Point at = text.getLocationAtOffset(offset);
		Event event = new Event();
		event.x = at.x + 1;
		event.y = at.y + text.getLineHeight(offset) / 2;
		text.notifyListeners(SWT.MouseHover, event);
	}

	@Test
	void theHoverGoesWhenAShortcutOrADialogTakesOver() throws Exception {
		AnnotationEditor editor = Workbench.open(FixtureProject.create("hover-dialog", FixtureProject.document()));
		StyledText text = editor.sourceWidget();
		hover(editor, FixtureProject.at("destabilizing"));
		assertNotNull(text.getToolTipText(), "hovering a claim shows it");
		assertTrue(text.getToolTipText().contains("ThreatAssessment"), text.getToolTipText());

		// A real Ctrl+Alt+C would open the New Claim dialog here; any key press hides the hover first.
		Event key = new Event();
		key.keyCode = SWT.ARROW_RIGHT;
		text.notifyListeners(SWT.KeyDown, key);
		assertNull(text.getToolTipText(), "a key press (a dialog's shortcut) hides the hover");

		hover(editor, FixtureProject.at("destabilizing"));
		assertNotNull(text.getToolTipText());
		text.getShell().notifyListeners(SWT.Deactivate, new Event());
		assertNull(text.getToolTipText(), "a modal dialog taking the window's activation hides the hover");
	}

	@Test
	void theAnnotationAndSourceEditorsOfOneFileHaveDifferentTabTitles() throws Exception {
		IFile file = FixtureProject.create("two-tabs", FixtureProject.document());
		AnnotationEditor annotation = Workbench.open(file);
		SourceEditor source = (SourceEditor) Workbench.page().openEditor(new FileEditorInput(file), SourceEditor.CLAIMS_ID,
				true, IWorkbenchPage.MATCH_INPUT | IWorkbenchPage.MATCH_ID);
		SourceEditors.settle(source);
		assertNotEquals(annotation.getTitle(), source.getTitle());
		assertTrue(source.getTitle().startsWith(file.getName()), source.getTitle());
	}
}
