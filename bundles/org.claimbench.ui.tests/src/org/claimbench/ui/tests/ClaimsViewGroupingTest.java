package org.claimbench.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.claimbench.model.claims.Claim;
import org.claimbench.model.claims.Relation;
import org.claimbench.ui.internal.editor.AnnotationEditor;
import org.claimbench.ui.internal.views.ClaimGroup;
import org.claimbench.ui.internal.views.ClaimGrouping;
import org.claimbench.ui.internal.views.ClaimsView;
import org.claimbench.ui.internal.views.ParagraphGroup;
import org.eclipse.jface.action.ActionContributionItem;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.widgets.TreeItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The Claims view lists the gold sample's claims by paragraph of the statement when the specialist asks. */
class ClaimsViewGroupingTest {

	private AnnotationEditor editor;
	private ClaimsView view;

	@BeforeEach
	void openGoldSample() throws Exception {
		Workbench.page().closeAllEditors(false);
		editor = Workbench.open(GoldSample.create("gold-paragraphs"));
		view = (ClaimsView) Workbench.page().showView(ClaimsView.ID);
		Workbench.flush();
	}

	@AfterEach
	void groupByKindAgain() {
		view = (ClaimsView) Workbench.page().findView(ClaimsView.ID);
		if (view != null) {
			view.groupBy(ClaimGrouping.KIND);
		}
		Workbench.page().closeAllEditors(false);
	}

	/** Chooses the grouping in the view menu, as a click on its radio item does. */
	private void chooseInViewMenu(ClaimGrouping grouping) {
		for (ClaimGrouping other : ClaimGrouping.values()) {
			IAction item = ((ActionContributionItem) view.getViewSite().getActionBars().getMenuManager()
					.find("org.claimbench.ui.claimsView.groupBy." + other.name())).getAction();
			item.setChecked(other == grouping);
			item.run();
		}
		Workbench.flush();
	}

	/** Top-level labels, each with the names of the claims under it. */
	private Map<String, List<String>> tree() {
		view.viewer().expandAll();
		Map<String, List<String>> tree = new LinkedHashMap<>();
		for (TreeItem group : view.viewer().getTree().getItems()) {
			tree.put(group.getText(), Arrays.stream(group.getItems()).map(i -> ((Claim) i.getData()).getName()).toList());
		}
		return tree;
	}

	private TreeItem item(Object data) {
		for (TreeItem group : view.viewer().getTree().getItems()) {
			for (TreeItem claim : group.getItems()) {
				if (claim.getData() == data) {
					return claim;
				}
			}
		}
		throw new AssertionError("not in the tree: " + data);
	}

	@Test
	void claimsAreListedUnderTheParagraphTheirFirstQuoteStartsInInTextOrder() throws Exception {
		chooseInViewMenu(ClaimGrouping.PARAGRAPH);
		Workbench.page().activate(view);
		view.viewer().setSelection(new StructuredSelection(GoldSample.claim(editor, "progress")), true);
		Workbench.flush();
		assertTrue(view.viewer().getExpandedState(view.viewer().getTree().getItem(2).getData()),
				"the new groups are open, as after opening the view");
		Screenshot.saveIfAsked(view.getSite().getShell(), "claims-by-paragraph");

		Map<String, List<String>> tree = tree();
		List<String> headings = List.copyOf(tree.keySet());
		assertEquals(5, headings.size(), "the paragraph of the participants has no claim: " + headings);
		assertTrue(headings.get(0).startsWith("\u00B6 1 \u2014 Joint Statement of the U.S.-Japan"), headings.get(0));
		assertTrue(headings.get(2).startsWith("\u00B6 4 \u2014 The Ministers shared assessments of"), headings.get(2));
		assertTrue(headings.get(2).endsWith("\u2026 (6)"), "first words only, and the count: " + headings.get(2));
		assertEquals(List.of(List.of("meeting"), List.of("coordination", "progress"),
				List.of("securityEnvironment", "northKoreaThreat", "chinaThreat", "russiaThreat", "reinforcePosture",
						"manageThreats"),
				List.of("consultations", "capabilityDiscussions", "acmCoordination"),
				List.of("meetingSignificance", "exploreReinforcement")), List.copyOf(tree.values()));

		TreeItem assessment = item(GoldSample.claim(editor, "securityEnvironment"));
		List<String> motivated = Arrays.stream(assessment.getItems())
				.map(i -> assertInstanceOf(Relation.class, i.getData()).getTarget().getName()).toList();
		assertEquals(List.of("reinforcePosture", "manageThreats"), motivated, "relations stay under their source claim");

		chooseInViewMenu(ClaimGrouping.KIND);
		assertTrue(tree().keySet().stream().noneMatch(h -> h.startsWith("\u00B6")), tree().keySet().toString());
		assertEquals(List.of("northKoreaThreat", "chinaThreat", "russiaThreat"), tree().get("ThreatAssessment (3)"));
	}

	@Test
	void selectionFollowsTheEditorInBothDirectionsWhenGroupedByParagraph() throws Exception {
		chooseInViewMenu(ClaimGrouping.PARAGRAPH);
		String source = editor.session().sourceText();
		Workbench.select(editor, source.indexOf("China's accelerating"), 0);
		assertEquals("chinaThreat", view.selectedClaim().getName(), "a click in the text selects its claim");
		TreeItem selected = view.viewer().getTree().getSelection()[0];
		assertEquals(4, assertInstanceOf(ParagraphGroup.class, selected.getParentItem().getData()).paragraph().number());

		view.viewer().setSelection(new StructuredSelection(GoldSample.claim(editor, "progress")), true);
		Workbench.flush();
		assertEquals(source.indexOf("highlighted the steady progress"), editor.sourceWidget().getSelectionRange().x,
				"selecting a claim in the view reveals its words");
	}

	@Test
	void theChosenGroupingIsKeptWhenTheViewIsOpenedAgain() throws Exception {
		chooseInViewMenu(ClaimGrouping.PARAGRAPH);
		Workbench.page().hideView(view);
		Workbench.flush();
		view = (ClaimsView) Workbench.page().showView(ClaimsView.ID);
		Workbench.flush();
		assertEquals(ClaimGrouping.PARAGRAPH, view.grouping());
		assertTrue(((ClaimGroup) view.viewer().getTree().getItem(0).getData()) instanceof ParagraphGroup);
		assertTrue(((ActionContributionItem) view.getViewSite().getActionBars().getMenuManager()
				.find("org.claimbench.ui.claimsView.groupBy.PARAGRAPH")).getAction().isChecked(),
				"the view menu shows the grouping in use");
	}
}
