package org.claimbench.ui.tests;

import static org.claimbench.workspace.tests.FixtureProject.at;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.claimbench.model.claims.Claim;
import org.claimbench.ui.internal.commands.DeleteAnnotationHandler;
import org.claimbench.ui.internal.commands.NewClaimHandler;
import org.claimbench.ui.internal.commands.NewMentionHandler;
import org.claimbench.ui.internal.editor.AnnotationEditor;
import org.claimbench.ui.internal.views.ClaimsView;
import org.claimbench.workspace.internal.model.FileText;
import org.claimbench.workspace.tests.FixtureProject;
import org.eclipse.core.commands.operations.IOperationHistory;
import org.eclipse.core.resources.IFile;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A specialist annotates a statement in the annotation editor. */
class AnnotationEditorTest {

	private IFile file;
	private AnnotationEditor editor;

	@BeforeEach
	void openFixture() throws Exception {
		file = FixtureProject.create("fixture", FixtureProject.document());
		editor = Workbench.open(file);
	}

	@AfterEach
	void closeEditors() {
		Workbench.page().closeAllEditors(false);
	}

	private RGB kindColour(String kind) {
		return editor.colours().colour(kind).getRGB();
	}

	private StyleRange styleAt(String words) {
		return editor.sourceWidget().getStyleRangeAtOffset(at(words));
	}

	@Test
	void sourceTextShowsEveryClaimInItsKindsColourAndMentionsUnderlined() {
		StyledText text = editor.sourceWidget();
		assertEquals(FixtureProject.SOURCE, text.getText());
		assertFalse(text.getEditable(), "the source text is read-only");

		RGB threat = styleAt("North Korea's continued").background.getRGB();
		RGB reaffirmation = styleAt("reaffirmed their intent").background.getRGB();
		assertEquals(kindColour("ThreatAssessment"), threat);
		assertEquals(kindColour("Reaffirmation"), reaffirmation);
		assertNotEquals(threat, reaffirmation, "two kinds, two colours");

		StyleRange ministers = styleAt("The Ministers");
		assertTrue(ministers.underline, "an actor mention is underlined");
		assertNull(ministers.background, "a mention outside claims is not filled like a claim");

		StyleRange kamikawa = styleAt("Minister Kamikawa");
		assertTrue(kamikawa.underline, "the mention inside a claim stays marked");
		assertEquals(reaffirmation, kamikawa.background.getRGB(), "the claim around the mention stays visible");

		assertNull(styleAt("Joint Statement"), "words nobody annotated are plain");
	}

	@Test
	void legendMapsEachKindOfTheSchemaToItsColour() {
		Composite legend = editor.legendControl();
		Map<String, RGB> entries = new HashMap<>();
		for (Control child : legend.getChildren()) {
			if (child instanceof Label label && label.getData(AnnotationEditor.LEGEND_KIND) != null) {
				entries.put((String) label.getData(AnnotationEditor.LEGEND_KIND), label.getBackground().getRGB());
			}
		}
		assertEquals(kindColour("ThreatAssessment"), entries.get("ThreatAssessment"));
		assertEquals(kindColour("Reaffirmation"), entries.get("Reaffirmation"));
	}

	@Test
	void hoverNamesTheClaimsKindHoldersAndAttributes() {
		StyledText text = editor.sourceWidget();
		var point = text.getLocationAtOffset(at("continued destabilizing"));
		text.notifyListeners(SWT.MouseHover, hoverEvent(point.x + 2, point.y + 2));
		String hover = text.getToolTipText();
		assertNotNull(hover, "hovering a claim shows it");
		assertTrue(hover.contains("ThreatAssessment claim nk"), hover);
		assertTrue(hover.contains("held by Ministers"), hover);
		assertTrue(hover.contains("valence: negative"), hover);
	}

	private static Event hoverEvent(int x, int y) {
		Event event = new Event();
		event.x = x;
		event.y = y;
		return event;
	}

	@Test
	void newClaimFromSelectedWordsIsWrittenAsDslListedUndoneSavedAndReopened() throws Exception {
		String words = "continue discussions";
		Workbench.select(editor, at(words), words.length());
		Workbench.execute(NewClaimHandler.COMMAND,
				Map.of(NewClaimHandler.KIND, "Reaffirmation", NewClaimHandler.HOLDERS, "Kamikawa"));

		String dsl = editor.session().text();
		assertTrue(dsl.matches("(?s).*claim reaffirmation : Reaffirmation by Kamikawa \\{\\s*quote \"continue discussions\" at "
				+ at(words) + "\\s*}.*"), dsl);
		assertTrue(editor.isDirty(), "an unsaved change marks the editor dirty");
		assertEquals(kindColour("Reaffirmation"), styleAt(words).background.getRGB(), "the new claim is highlighted");
		assertTrue(claimsViewLabels().stream().anyMatch(l -> l.contains("\u201Ccontinue discussions\u201D")),
				claimsViewLabels().toString());

		IOperationHistory history = PlatformUI.getWorkbench().getOperationSupport().getOperationHistory();
		history.undo(editor.undoContext(), null, null);
		assertFalse(editor.session().text().contains(words), "undo removes the claim");
		assertFalse(editor.isDirty(), "undo back to the saved text is not dirty");
		assertNull(styleAt(words), "its highlight is gone");
		history.redo(editor.undoContext(), null, null);
		assertTrue(editor.session().text().contains("\"" + words + "\""), "redo brings it back");

		editor.doSave(null);
		assertFalse(editor.isDirty());
		assertEquals(editor.session().text(), FileText.read(file), "Save writes the DSL text to the .claims file");
		Workbench.page().closeEditor(editor, false);

		AnnotationEditor reopened = Workbench.open(file);
		Claim claim = reopened.session().document().getClaims().stream()
				.filter(c -> words.equals(c.getAnchors().get(0).getQuote())).findFirst().orElseThrow();
		assertEquals("Reaffirmation", claim.getKind().getName());
		assertEquals("Kamikawa", claim.getHolders().get(0).getName());
	}

	@Test
	void newActorMentionFromSelectedWordsCreatesTheActorAndUnderlinesThem() throws Exception {
		String words = "North Korea";
		Workbench.select(editor, at(words), words.length());
		Workbench.execute(NewMentionHandler.COMMAND,
				Map.of(NewMentionHandler.NEW_ACTOR, "NorthKorea", NewMentionHandler.ACTOR_KIND, "State"));

		String dsl = editor.session().text();
		assertTrue(dsl.matches("(?s).*actor NorthKorea : State \\{\\s*mention \"North Korea\" at " + at(words) + "\\s*}.*"),
				dsl);
		StyleRange style = styleAt(words);
		assertTrue(style.underline, "the mention is underlined");
		assertEquals(kindColour("ThreatAssessment"), style.background.getRGB(), "the claim beneath stays visible");

		Workbench.select(editor, at("The Ministers"), 3);
		Workbench.execute(NewMentionHandler.COMMAND, Map.of(NewMentionHandler.ACTOR, "Ministers"));
		assertEquals(2, editor.session().document().getActors().get(0).getAnchors().size(),
				"an existing actor gets a second mention");
	}

	@Test
	void claimsViewAndEditorSelectEachOther() throws Exception {
		ClaimsView view = (ClaimsView) Workbench.page().showView(ClaimsView.ID);
		Workbench.flush();
		Claim nk = editor.session().document().getClaims().get(0);
		view.viewer().setSelection(new StructuredSelection(nk), true);
		Workbench.flush();
		var selected = editor.sourceWidget().getSelectionRange();
		assertEquals(at("North Korea's continued"), selected.x, "selecting a claim reveals its words");
		assertEquals(nk.getAnchors().get(0).getQuote().length(), selected.y);

		Workbench.select(editor, at("reaffirmed"), 0);
		assertNotNull(view.selectedClaim(), "placing the caret in a claim selects it in the view");
		assertEquals("ra", view.selectedClaim().getName());
	}

	@Test
	void deleteRemovesTheClaimSelectedInTheClaimsViewAndUndoRestoresIt() throws Exception {
		ClaimsView view = (ClaimsView) Workbench.page().showView(ClaimsView.ID);
		view.viewer().setSelection(new StructuredSelection(editor.session().document().getClaims().get(1)), true);
		Workbench.page().activate(view);
		Workbench.execute(DeleteAnnotationHandler.COMMAND, Map.of());

		assertEquals(List.of("nk"), editor.session().document().getClaims().stream().map(Claim::getName).toList());
		assertFalse(editor.session().text().contains("claim ra"), editor.session().text());
		assertNull(styleAt("reaffirmed their intent"), "the deleted claim's highlight is gone");
		PlatformUI.getWorkbench().getOperationSupport().getOperationHistory().undo(editor.undoContext(), null, null);
		assertTrue(editor.session().text().contains("claim ra"), editor.session().text());
	}

	private List<String> claimsViewLabels() throws Exception {
		ClaimsView view = (ClaimsView) Workbench.page().showView(ClaimsView.ID);
		Workbench.flush();
		view.viewer().expandAll();
		List<String> labels = new ArrayList<>();
		for (TreeItem group : view.viewer().getTree().getItems()) {
			labels.add(group.getText());
			Arrays.stream(group.getItems()).map(TreeItem::getText).forEach(labels::add);
		}
		return labels;
	}
}
