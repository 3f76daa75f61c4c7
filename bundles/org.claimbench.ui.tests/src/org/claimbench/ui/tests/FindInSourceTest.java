package org.claimbench.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.claimbench.ui.internal.editor.AnnotationEditor;
import org.claimbench.workspace.tests.FixtureProject;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.text.IFindReplaceTarget;
import org.eclipse.jface.text.IFindReplaceTargetExtension3;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.texteditor.IUpdate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Find (Ctrl+F) in the annotation editor searches the read-only source text and selects what it finds. */
class FindInSourceTest {

	@AfterEach
	void closeEditors() {
		Workbench.page().closeAllEditors(false);
	}

	private static AnnotationEditor openFixture() throws Exception {
		AnnotationEditor editor = Workbench.open(FixtureProject.create("find", FixtureProject.document()));
		Workbench.page().activate(editor);
		return editor;
	}

	@Test
	void findSelectsTheSearchedWordsAndTheNextOccurrence() throws Exception {
		AnnotationEditor editor = openFixture();
		IFindReplaceTarget target = editor.getAdapter(IFindReplaceTarget.class);
		assertNotNull(target, "Find has a target in the annotation editor");
		assertTrue(target.canPerformFind());

		int first = target.findAndSelect(-1, "deterrence", true, false, false);
		assertEquals(FixtureProject.SOURCE.toLowerCase().indexOf("deterrence"), first);
		assertEquals("Deterrence", editor.sourceWidget().getSelectionText(), "case-insensitive search selects the title's word");
		assertEquals(first, editor.sourceSelection().getOffset(), "the annotation commands see the found words as the selection");

		int second = target.findAndSelect(first + 1, "deterrence", true, true, false);
		assertEquals(FixtureProject.SOURCE.lastIndexOf("deterrence"), second);
		assertEquals("deterrence", editor.sourceWidget().getSelectionText());

		assertEquals(-1, target.findAndSelect(-1, "sanctions", true, false, false));
		assertEquals("deterrence", editor.sourceWidget().getSelectionText(), "a miss keeps the selection");
	}

	@Test
	void regularExpressionsAndWholeWordsAreHonoured() throws Exception {
		AnnotationEditor editor = openFixture();
		IFindReplaceTargetExtension3 target = (IFindReplaceTargetExtension3) editor.getAdapter(IFindReplaceTarget.class);
		int found = target.findAndSelect(-1, "Minister\\s+\\w+", true, true, false, true);
		assertEquals(FixtureProject.at("Minister Kamikawa"), found);
		assertEquals("Minister Kamikawa", editor.sourceWidget().getSelectionText());
		assertEquals(FixtureProject.at("Ministers shared"), editor.getAdapter(IFindReplaceTarget.class)
				.findAndSelect(-1, "Ministers", true, true, true));
	}

	@Test
	void findIsOfferedButReplacingTheSourceTextIsNot() throws Exception {
		AnnotationEditor editor = openFixture();
		IAction find = editor.getEditorSite().getActionBars().getGlobalActionHandler(ActionFactory.FIND.getId());
		assertNotNull(find, "Edit > Find and Ctrl+F reach the editor");
		((IUpdate) find).update();
		assertTrue(find.isEnabled());
		IFindReplaceTarget target = editor.getAdapter(IFindReplaceTarget.class);
		assertFalse(target.isEditable());
		String before = editor.sourceWidget().getText();
		target.findAndSelect(-1, "Joint", true, true, false);
		assertThrows(UnsupportedOperationException.class, () -> target.replaceSelection("Secret"));
		assertEquals(before, editor.sourceWidget().getText());
	}
}
