package org.claimbench.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Map;

import org.claimbench.ui.internal.commands.DeleteAnnotationHandler;
import org.claimbench.ui.internal.commands.NewClaimHandler;
import org.claimbench.ui.internal.editor.AnnotationEditor;
import org.claimbench.ui.internal.views.ClaimDetailsView;
import org.claimbench.ui.internal.views.ClaimsView;
import org.claimbench.workspace.internal.model.FileText;
import org.claimbench.workspace.tests.FixtureProject;
import org.eclipse.core.commands.Command;
import org.eclipse.core.resources.IFile;
import org.eclipse.jface.bindings.TriggerSequence;
import org.eclipse.jface.bindings.keys.KeySequence;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchCommandConstants;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.keys.IBindingService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The Edit menu and its keys (Ctrl+Z, Shift+Ctrl+Z, Ctrl+Y, Ctrl+C, Ctrl+A, Ctrl+F, Ctrl+S) act on the annotation
 * editor the user works in, whichever was opened last.
 */
class EditMenuTest {

	@AfterEach
	void closeEditors() {
		Arrays.stream(Display.getCurrent().getShells()).filter(s -> "Find/Replace".equals(s.getText())).forEach(Shell::close);
		Workbench.page().closeAllEditors(false);
	}

	private static AnnotationEditor open(String project) throws Exception {
		return Workbench.open(FixtureProject.create(project, FixtureProject.document()));
	}

	/** A new claim on the words, made as Annotate > New Claim would. */
	private static void newClaim(AnnotationEditor editor, String words) throws Exception {
		Workbench.select(editor, FixtureProject.at(words), words.length());
		Workbench.execute(NewClaimHandler.COMMAND, Map.of(NewClaimHandler.KIND, "Reaffirmation", NewClaimHandler.HOLDERS, "Kamikawa"));
	}

	private static boolean enabled(String commandId) {
		Command command = PlatformUI.getWorkbench().getService(ICommandService.class).getCommand(commandId);
		return command.isEnabled();
	}

	@Test
	void undoActsOnTheActiveEditorNotTheOneOpenedLast() throws Exception {
		AnnotationEditor first = open("edit-first");
		AnnotationEditor second = open("edit-second");
		String firstText = first.session().text();
		newClaim(second, "shared assessments");
		String secondEdited = second.session().text();
		newClaim(first, "continue discussions");
		assertFalse(first.session().text().equals(firstText));

		Workbench.page().activate(first);
		Workbench.execute(IWorkbenchCommandConstants.EDIT_UNDO, Map.of());
		assertEquals(firstText, first.session().text(), "Ctrl+Z undoes the new claim of the active document");
		assertEquals(secondEdited, second.session().text(), "the other document keeps its change");

		Workbench.page().closeEditor(second, false);
		Workbench.page().activate(first);
		newClaim(first, "deterrence capabilities");
		assertTrue(enabled(IWorkbenchCommandConstants.EDIT_UNDO), "after the other editor closed, Undo still works here");
		Workbench.execute(IWorkbenchCommandConstants.EDIT_UNDO, Map.of());
		assertEquals(firstText, first.session().text());
		Workbench.execute(IWorkbenchCommandConstants.EDIT_REDO, Map.of());
		assertTrue(first.session().text().contains("deterrence capabilities"), "Redo brings the claim back");
	}

	@Test
	void deleteInTheClaimsViewThenCtrlZThereUndoesTheDeleteOnly() throws Exception {
		AnnotationEditor other = open("edit-view-other");
		newClaim(other, "shared assessments");
		String otherText = other.session().text();
		AnnotationEditor editor = open("edit-view");
		String before = editor.session().text();
		ClaimsView claims = (ClaimsView) Workbench.page().showView(ClaimsView.ID);
		claims.viewer().setSelection(new StructuredSelection(GoldSample.claim(editor, "nk")), true);
		Workbench.page().activate(claims);
		Workbench.execute(DeleteAnnotationHandler.COMMAND, Map.of());
		assertFalse(editor.session().text().contains("claim nk"), "the claim is deleted");

		Workbench.execute(IWorkbenchCommandConstants.EDIT_UNDO, Map.of());
		assertEquals(before, editor.session().text(), "Ctrl+Z in the Claims view brings the claim back");
		assertEquals(otherText, other.session().text(), "the other document keeps its change");
	}

	@Test
	void saveAfterUndoAndRedoLeavesNothingUnsaved() throws Exception {
		AnnotationEditor editor = open("edit-save");
		IFile file = editor.session().file();
		newClaim(editor, "continue discussions");
		Workbench.execute(IWorkbenchCommandConstants.FILE_SAVE, Map.of());
		String saved = editor.session().text();
		assertEquals(saved, FileText.read(file));
		assertFalse(editor.isDirty());

		Workbench.execute(IWorkbenchCommandConstants.EDIT_UNDO, Map.of());
		assertTrue(editor.isDirty(), "undone past the save: unsaved");
		Workbench.execute(IWorkbenchCommandConstants.EDIT_REDO, Map.of());
		Workbench.awaitValidation(editor);
		assertFalse(editor.isDirty(), "redone back to what the file holds: nothing unsaved (no *)");

		newClaim(editor, "deterrence capabilities");
		assertTrue(editor.isDirty());
		Workbench.execute(IWorkbenchCommandConstants.FILE_SAVE, Map.of());
		assertFalse(editor.isDirty(), "Save writes and the * goes");
		assertEquals(editor.session().text(), FileText.read(file));
		assertTrue(FileText.read(file).contains("deterrence capabilities"));
	}

	@Test
	void saveUndoRedoAndSaveAgainWhileWorkingInClaimDetails() throws Exception {
		AnnotationEditor editor = open("edit-details");
		IFile file = editor.session().file();
		ClaimDetailsView details = (ClaimDetailsView) Workbench.page().showView(ClaimDetailsView.ID);
		Workbench.select(editor, FixtureProject.at("destabilizing"), 0);
		assertEquals("nk", details.element().getName());
		Workbench.page().activate(details);
		Combo valence = (Combo) details.field("valence");
		valence.select(Arrays.asList(valence.getItems()).indexOf("positive"));
		valence.notifyListeners(SWT.Selection, new Event());
		Workbench.flush();
		assertTrue(editor.isDirty());

		Workbench.execute(IWorkbenchCommandConstants.FILE_SAVE, Map.of());
		assertFalse(editor.isDirty(), "Ctrl+S in Claim Details saves the document it shows");
		assertTrue(FileText.read(file).contains("valence positive"));
		Workbench.execute(IWorkbenchCommandConstants.EDIT_UNDO, Map.of());
		assertTrue(editor.isDirty());
		Workbench.execute(IWorkbenchCommandConstants.EDIT_REDO, Map.of());
		Workbench.awaitValidation(editor);
		assertFalse(editor.isDirty(), "redone to what the file holds");
		Workbench.execute(IWorkbenchCommandConstants.EDIT_UNDO, Map.of());
		Workbench.awaitValidation(editor);
		assertTrue(editor.isDirty());
		Workbench.execute(IWorkbenchCommandConstants.FILE_SAVE, Map.of());
		assertFalse(editor.isDirty(), "the undone state is saved and the * goes");
		assertFalse(FileText.read(file).contains("valence positive"));
		assertEquals(editor.session().text(), FileText.read(file));
	}

	@Test
	void copySelectAllAndFindWorkOnTheSourceText() throws Exception {
		open("edit-other");
		AnnotationEditor editor = open("edit-copy");
		String words = "North Korea's continued destabilizing behavior";
		Workbench.select(editor, FixtureProject.at(words), words.length());
		assertTrue(enabled(IWorkbenchCommandConstants.EDIT_COPY), "Copy is offered with words selected");
		Workbench.execute(IWorkbenchCommandConstants.EDIT_COPY, Map.of());
		Clipboard clipboard = new Clipboard(Display.getCurrent());
		try {
			assertEquals(words, clipboard.getContents(TextTransfer.getInstance()), "Ctrl+C copies the selected words");
		} finally {
			clipboard.dispose();
		}

		assertTrue(enabled(IWorkbenchCommandConstants.EDIT_FIND_AND_REPLACE), "Find is offered");
		Workbench.execute(IWorkbenchCommandConstants.EDIT_FIND_AND_REPLACE, Map.of());
		assertTrue(Arrays.stream(Display.getCurrent().getShells()).anyMatch(s -> s.isVisible() && "Find/Replace".equals(s.getText())),
				"Ctrl+F opens Find");
		Arrays.stream(Display.getCurrent().getShells()).filter(s -> "Find/Replace".equals(s.getText())).forEach(Shell::close);

		Workbench.page().activate(editor);
		assertTrue(enabled(IWorkbenchCommandConstants.EDIT_SELECT_ALL));
		Workbench.execute(IWorkbenchCommandConstants.EDIT_SELECT_ALL, Map.of());
		assertEquals(editor.session().sourceText(), editor.sourceWidget().getSelectionText());
	}

	@Test
	void ctrlYRedoesLikeShiftCtrlZ() throws Exception {
		AnnotationEditor editor = open("edit-keys");
		Workbench.page().activate(editor);
		TriggerSequence[] redo = PlatformUI.getWorkbench().getService(IBindingService.class)
				.getActiveBindingsFor(IWorkbenchCommandConstants.EDIT_REDO);
		assertTrue(Arrays.asList(redo).contains(KeySequence.getInstance("M1+Y")), Arrays.toString(redo));
		assertTrue(Arrays.asList(redo).contains(KeySequence.getInstance("M1+M2+Z")), Arrays.toString(redo));
	}
}
