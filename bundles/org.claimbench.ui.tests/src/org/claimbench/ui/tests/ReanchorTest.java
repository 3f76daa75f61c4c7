package org.claimbench.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.claimbench.model.claims.Anchor;
import org.claimbench.model.claims.NamedElement;
import org.claimbench.ui.internal.commands.ReanchorHandler;
import org.claimbench.ui.internal.editor.AnnotationEditor;
import org.claimbench.workspace.internal.model.Reanchoring;
import org.claimbench.ui.internal.startup.SampleProject;
import org.eclipse.core.commands.operations.IOperationHistory;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The sample statement is edited after it was annotated, and the specialist re-anchors in the workbench. */
class ReanchorTest {

	private static final String PROJECT = "reanchor-sample";
	private static final String NEW_PARAGRAPH = "\nThis paragraph was added after the statement was annotated.\n";
	private static final String REWORDED = "continued destabilizing behavior";

	private IFile claims;
	private IFile source;
	private String original;
	private AnnotationEditor editor;

	@BeforeEach
	void openSampleCopy() throws Exception {
		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(PROJECT);
		if (project.exists()) {
			project.delete(true, true, null);
		}
		claims = SampleProject.create(PROJECT, null);
		source = project.getFile(SampleProject.NAME + ".txt");
		original = new String(source.getContents().readAllBytes(), StandardCharsets.UTF_8);
		editor = Workbench.open(claims);
	}

	@AfterEach
	void closeEditors() {
		Workbench.page().closeAllEditors(false);
	}

	private record Placed(String owner, String quote, int offset) {
	}

	private List<Placed> anchors() {
		List<Placed> anchors = new ArrayList<>();
		EcoreUtil.<Object>getAllContents(editor.session().document(), true).forEachRemaining(o -> {
			if (o instanceof Anchor anchor) {
				String owner = anchor.eContainer() instanceof NamedElement e ? e.getName() : "?";
				anchors.add(new Placed(owner, anchor.getQuote(), anchor.getOffset()));
			}
		});
		return anchors;
	}

	private void editSource(String text) throws Exception {
		source.setContents(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), IResource.FORCE, null);
	}

	private String withNewParagraph() {
		int firstLineEnd = original.indexOf('\n') + 1;
		return original.substring(0, firstLineEnd) + NEW_PARAGRAPH + original.substring(firstLineEnd);
	}

	/** Runs the command, reading and closing its report dialog as the user would. */
	private Reanchoring reanchor(StringBuilder report) throws Exception {
		// The command is the annotation editor's: run it from there, as the menu would be used with the editor in front.
		Workbench.page().activate(editor);
		Workbench.flush();
		Dialogs.whenOpen(ReanchorHandler.TITLE, dialog -> collectLabels(dialog, report));
		return (Reanchoring) Workbench.execute(ReanchorHandler.COMMAND, Map.of());
	}

	private static void collectLabels(Composite composite, StringBuilder into) {
		for (Control child : composite.getChildren()) {
			if (child instanceof Label label) {
				into.append(label.getText()).append('\n');
			} else if (child instanceof Composite nested) {
				collectLabels(nested, into);
			}
		}
	}

	@Test
	void insertedParagraphMovesEveryAnchorOntoItsWordsInOneUndoableStep() throws Exception {
		List<Placed> before = anchors();
		String textBefore = editor.session().text();
		String edited = withNewParagraph();
		editSource(edited);

		StringBuilder report = new StringBuilder();
		Reanchoring result = reanchor(report);

		assertNotNull(result, report.toString());
		assertTrue(result.unplaced().isEmpty(), report.toString());
		assertEquals(edited, editor.sourceWidget().getText(), "the editor shows the source as it is now");
		List<Placed> after = anchors();
		assertEquals(before.size(), after.size());
		int moved = 0;
		for (int i = 0; i < after.size(); i++) {
			Placed anchor = after.get(i);
			assertEquals(anchor.quote(), edited.substring(anchor.offset(), anchor.offset() + anchor.quote().length()),
					anchor.owner() + " points at its words");
			moved += before.get(i).offset() != anchor.offset() ? 1 : 0;
		}
		assertTrue(moved > before.size() / 2, "the anchors below the new paragraph moved: " + moved);
		assertEquals(moved, result.moved());
		assertTrue(report.toString().contains(moved + " anchors moved"), report.toString());
		assertTrue(editor.isDirty(), "the rewritten offsets await Save like any other edit");

		IOperationHistory history = PlatformUI.getWorkbench().getOperationSupport().getOperationHistory();
		history.undo(editor.undoContext(), null, null);
		Workbench.flush();
		assertEquals(before, anchors(), "one undo restores every old offset");
		assertEquals(textBefore, editor.session().text());
		assertFalse(history.canUndo(editor.undoContext()), "re-anchoring was a single step");
	}

	@Test
	void anchorsOnARewordedSentenceAreReportedAndKeepTheirOffsets() throws Exception {
		List<Placed> before = anchors();
		int reworded = original.indexOf(REWORDED);
		List<Placed> affected = before.stream()
				.filter(a -> a.offset() < reworded + REWORDED.length() && a.offset() + a.quote().length() > reworded).toList();
		assertFalse(affected.isEmpty(), "the sample annotates the reworded words");
		String edited = withNewParagraph().replace(REWORDED, "ongoing destabilizing conduct");
		editSource(edited);

		StringBuilder report = new StringBuilder();
		Reanchoring result = reanchor(report);

		List<Placed> after = anchors();
		List<String> unplaced = result.unplaced().stream().map(u -> u.owner() + "@" + u.oldOffset()).toList();
		for (Placed anchor : affected) {
			assertTrue(unplaced.contains(anchor.owner() + "@" + anchor.offset()), anchor + " is reported: " + unplaced);
			assertTrue(after.contains(anchor), anchor + " keeps its old offset");
			assertTrue(report.toString().contains(anchor.owner() + ": \u201C"), report.toString());
			assertTrue(report.toString().contains("\u201D at " + anchor.offset()), report.toString());
		}
		for (int i = 0; i < after.size(); i++) {
			Placed anchor = after.get(i);
			boolean reported = unplaced.contains(before.get(i).owner() + "@" + before.get(i).offset());
			if (!reported) {
				assertEquals(anchor.quote(), edited.substring(anchor.offset(), anchor.offset() + anchor.quote().length()),
						anchor.owner() + " points at its words");
			}
		}
		assertTrue(result.moved() > 0, "the other anchors still moved");
	}

	@Test
	void sourceThatIsGoneIsReportedAndNothingChanges() throws Exception {
		String textBefore = editor.session().text();
		source.delete(true, null);

		StringBuilder report = new StringBuilder();
		Reanchoring result = reanchor(report);

		assertNull(result);
		assertTrue(report.toString().contains("Nothing was re-anchored"), report.toString());
		assertTrue(report.toString().contains("does not exist"), report.toString());
		assertEquals(textBefore, editor.session().text());
		assertTrue(editor.sourceProblemLabel().isVisible(), "the editor says the source is gone");
		assertFalse(PlatformUI.getWorkbench().getOperationSupport().getOperationHistory().canUndo(editor.undoContext()));
	}
}
