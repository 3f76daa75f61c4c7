package org.claimbench.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.claimbench.model.claims.Claim;
import org.claimbench.ui.internal.commands.DeleteAnnotationHandler;
import org.claimbench.ui.internal.commands.NewClaimHandler;
import org.claimbench.ui.internal.commands.NewMentionHandler;
import org.claimbench.ui.internal.editor.AnnotationEditor;
import org.claimbench.ui.internal.views.ClaimsView;
import org.claimbench.workspace.internal.model.FileText;
import org.eclipse.core.commands.operations.IOperationHistory;
import org.eclipse.core.resources.IFile;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Undo and Redo of annotations on the gold sample give back exactly what the specialist saw and what Save
 * writes: the highlights of every character, the Claims view's lines and the DSL text.
 */
class AnnotationUndoTest {

	private IFile file;
	private AnnotationEditor editor;
	private ClaimsView claims;
	private final IOperationHistory history = PlatformUI.getWorkbench().getOperationSupport().getOperationHistory();

	@BeforeEach
	void openGoldSample() throws Exception {
		file = GoldSample.create("gold-undo");
		editor = Workbench.open(file);
		// Shown, not activated: a tree that takes the focus may select its first row, which reveals a claim.
		claims = (ClaimsView) Workbench.page().showView(ClaimsView.ID, null, IWorkbenchPage.VIEW_VISIBLE);
		Workbench.page().activate(editor);
		Workbench.flush();
	}

	@AfterEach
	void closeEditors() {
		Workbench.page().closeAllEditors(false);
	}

	/** What the editor and the Claims view show, and the text Save would write. */
	private record Seen(List<String> highlights, List<String> claimsView, String text) {
	}

	private Seen seen() throws Exception {
		return new Seen(highlights(editor), claimsViewLines(), editor.session().text());
	}

	@Test
	void undoAndRedoOfNewClaimRestoreHighlightsClaimsViewAndText() throws Exception {
		Seen before = seen();
		String words = "in Tokyo, on July 28, 2024";
		Workbench.select(editor, editor.session().sourceText().indexOf(words), words.length());
		Workbench.execute(NewClaimHandler.COMMAND, Map.of(NewClaimHandler.KIND, "Meeting", NewClaimHandler.HOLDERS, "Ministers"));
		Seen after = seen();
		assertNotEquals(before.highlights(), after.highlights(), "the new claim is highlighted");
		assertTrue(after.claimsView().stream().anyMatch(l -> l.contains("\u201C" + words + "\u201D")), after.claimsView().toString());

		history.undo(editor.undoContext(), null, null);
		Workbench.flush();
		assertEquals(before, seen(), "undo gives back what was shown and the text as it was");
		assertFalse(editor.isDirty(), "undo back to the saved state is not dirty");

		history.redo(editor.undoContext(), null, null);
		Workbench.flush();
		assertEquals(after, seen(), "redo shows the claim again and writes the same text");
		assertTrue(editor.isDirty());
	}

	@Test
	void undoOfDeletingAClaimWithRelationsBringsBackItsRelationsAndItsPlace() throws Exception {
		Seen before = seen();
		Claim environment = GoldSample.claim(editor, "securityEnvironment");
		claims.viewer().setSelection(new StructuredSelection(environment), true);
		Workbench.page().activate(claims);
		Workbench.execute(DeleteAnnotationHandler.COMMAND, Map.of());
		Seen deleted = seen();
		assertFalse(deleted.text().contains("securityEnvironment"), "the claim and the relations naming it are gone");
		assertFalse(deleted.claimsView().stream().anyMatch(l -> l.contains("securityEnvironment")), deleted.claimsView().toString());

		history.undo(editor.undoContext(), null, null);
		Workbench.flush();
		assertEquals(before, seen(), "the claim is back in its group at its place, with its relations under it");

		history.redo(editor.undoContext(), null, null);
		Workbench.flush();
		assertEquals(deleted, seen());
	}

	@Test
	void claimAndMentionMadeThenSavedAreThereAndLookTheSameAfterReopening() throws Exception {
		String words = "periodic review";
		Workbench.select(editor, editor.session().sourceText().indexOf(words), words.length());
		Workbench.execute(NewClaimHandler.COMMAND,
				Map.of(NewClaimHandler.KIND, "ProgressAssessment", NewClaimHandler.HOLDERS, "Ministers"));
		String mention = "Secretary of State Blinken";
		Workbench.select(editor, editor.session().sourceText().indexOf(mention), mention.length());
		Workbench.execute(NewMentionHandler.COMMAND, Map.of(NewMentionHandler.ACTOR, "Blinken"));
		Seen edited = seen();

		editor.doSave(null);
		assertFalse(editor.isDirty());
		assertEquals(edited.text(), FileText.read(file), "Save writes the text of the model as edited");
		Workbench.page().closeEditor(editor, false);
		editor = Workbench.open(file);
		Workbench.flush();

		assertEquals(edited, seen(), "the reopened document looks as it did before closing");
		assertTrue(editor.session().document().getClaims().stream()
				.anyMatch(c -> words.equals(c.getAnchors().get(0).getQuote()) && "ProgressAssessment".equals(c.getKind().getName())),
				() -> "no ProgressAssessment quoting '" + words + "' among " + editor.session().document().getClaims().stream()
						.map(c -> c.getName() + " : " + (c.getKind() == null ? null : c.getKind().getName()) + " "
								+ c.getAnchors().stream().map(a -> a.getQuote()).toList())
						.toList());
	}

	/**
	 * How each stretch of the source text looks, as "start-end: style" lines, neighbours that look alike
	 * joined: the same picture whether the styles were set at once or piece by piece.
	 */
	static List<String> highlights(AnnotationEditor editor) {
		StyledText text = editor.sourceWidget();
		List<String> stretches = new ArrayList<>();
		String current = null;
		int start = 0;
		for (int offset = 0; offset <= text.getCharCount(); offset++) {
			String look = offset == text.getCharCount() ? null : look(text.getStyleRangeAtOffset(offset));
			if (offset == text.getCharCount() || !look.equals(current)) {
				if (current != null && !current.isEmpty()) {
					stretches.add(start + "-" + offset + ": " + current);
				}
				current = look;
				start = offset;
			}
		}
		return stretches;
	}

	private static String look(StyleRange style) {
		if (style == null) {
			return "";
		}
		return (style.background == null ? "" : "fill " + style.background.getRGB()) + (style.underline ? " underlined" : "")
				+ (style.borderStyle != 0 ? " boxed" : "") + (style.fontStyle != 0 ? " font " + style.fontStyle : "");
	}

	/** Every line of the Claims view, indented by depth, everything expanded. */
	private List<String> claimsViewLines() {
		claims.viewer().expandAll();
		List<String> lines = new ArrayList<>();
		for (TreeItem item : claims.viewer().getTree().getItems()) {
			addLines(item, "", lines);
		}
		return lines;
	}

	private static void addLines(TreeItem item, String indent, List<String> lines) {
		lines.add(indent + item.getText());
		for (TreeItem child : item.getItems()) {
			addLines(child, indent + "  ", lines);
		}
	}
}
