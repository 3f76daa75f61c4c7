package org.claimbench.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.claimbench.model.claims.Claim;
import org.claimbench.model.claims.Relation;
import org.claimbench.ui.internal.editor.AnnotationEditor;
import org.claimbench.ui.internal.editor.RelationArcs;
import org.claimbench.ui.internal.editor.ShowRelationsHandler;
import org.claimbench.ui.internal.views.ClaimsView;
import org.eclipse.jface.bindings.keys.KeySequence;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.keys.IBindingService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Relations drawn over the source text: an arc from the source claim's words to the target claim's. */
class RelationArcsTest {

	@AfterEach
	void closeEditors() throws Exception {
		if (!ShowRelationsHandler.shownNow()) {
			Workbench.execute(ShowRelationsHandler.COMMAND, Map.of());
		}
		Workbench.page().closeAllEditors(false);
	}

	@Test
	void eachRelationWithAClaimOnScreenIsAnArcFromTheSourceWordsToTheTargetWords() throws Exception {
		AnnotationEditor editor = Workbench.open(GoldSample.create("gold-arcs"));
		Screenshot.maximize(editor.getSite().getShell());
		Workbench.flush();
		StyledText text = editor.sourceWidget();
		List<RelationArcs.Arc> arcs = editor.relationArcs().arcs();

		List<Relation> expected = editor.session().document().getRelations().stream()
				.filter(r -> onScreen(text, r.getSource()) || onScreen(text, r.getTarget())).toList();
		assertFalse(expected.isEmpty(), "the sample's first screen holds related claims");
		assertEquals(expected, arcs.stream().map(RelationArcs.Arc::relation).toList());
		for (RelationArcs.Arc arc : arcs) {
			assertMeets(text, arc.relation().getSource(), arc.from(), arc.relation() + " starts at its source's words");
			assertMeets(text, arc.relation().getTarget(), arc.to(), arc.relation() + " ends at its target's words");
			assertEquals(arc.relation().getKind().getName(), arc.label());
		}

		ClaimsView claims = (ClaimsView) Workbench.page().showView(ClaimsView.ID);
		claims.viewer().expandAll();
		Relation motivated = expected.get(0);
		claims.viewer().setSelection(new StructuredSelection(motivated), true);
		Workbench.flush();
		assertSame(motivated, editor.relationArcs().chosen(), "the relation chosen in the Claims view is highlighted");
		Screenshot.saveIfAsked(editor.getSite().getShell(), "relation-arcs");

		claims.viewer().setSelection(new StructuredSelection(motivated.getSource()), true);
		Workbench.flush();
		assertNull(editor.relationArcs().chosen(), "choosing a claim highlights no relation");
	}

	@Test
	void choosingARelationOffScreenScrollsItsSourceWordsIntoView() throws Exception {
		AnnotationEditor editor = Workbench.open(GoldSample.create("gold-arcs-reveal"));
		StyledText text = editor.sourceWidget();
		Relation last = editor.session().document().getRelations().stream()
				.filter(r -> r.getSource().getAnchors().get(0).getOffset() > text.getCharCount() / 2).findFirst()
				.orElseThrow(() -> new AssertionError("the sample relates a claim in the second half of the text"));
		assertFalse(onScreen(text, last.getSource()), "the editor opens at the top, far from that claim");

		ClaimsView claims = (ClaimsView) Workbench.page().showView(ClaimsView.ID);
		claims.viewer().expandAll();
		claims.viewer().setSelection(new StructuredSelection(last), true);
		Workbench.flush();

		assertSame(last, editor.relationArcs().chosen());
		assertTrue(onScreen(text, last.getSource()), "the chosen relation's source words are shown");
		Screenshot.saveIfAsked(editor.getSite().getShell(), "relation-reveal");
	}

	@Test
	void showRelationsHidesAndShowsTheArcsAndTheLinesCloseUpWhileHidden() throws Exception {
		AnnotationEditor editor = Workbench.open(GoldSample.create("gold-arcs-toggle"));
		StyledText text = editor.sourceWidget();
		assertTrue(editor.relationArcs().shown());
		int spread = text.getLineSpacing();
		assertFalse(editor.relationArcs().arcs().isEmpty());

		Workbench.execute(ShowRelationsHandler.COMMAND, Map.of());
		assertFalse(editor.relationArcs().shown());
		assertTrue(editor.relationArcs().arcs().isEmpty(), "no arcs while hidden");
		assertTrue(text.getLineSpacing() < spread, "the room for arcs is given back to the text");

		Workbench.execute(ShowRelationsHandler.COMMAND, Map.of());
		assertTrue(editor.relationArcs().shown());
		assertEquals(spread, text.getLineSpacing());
		assertFalse(editor.relationArcs().arcs().isEmpty());

		KeySequence keys = KeySequence.getInstance("M1+M3+L");
		IBindingService bindings = PlatformUI.getWorkbench().getService(IBindingService.class);
		assertEquals(ShowRelationsHandler.COMMAND, bindings.getPerfectMatch(keys).getParameterizedCommand().getId());
		assertNull(bindings.getConflictsFor(keys), "no other command claims Ctrl+Alt+L");
	}

	private static boolean onScreen(StyledText text, Claim claim) {
		int offset = claim.getAnchors().get(0).getOffset();
		int y = text.getLocationAtOffset(offset).y;
		int bottom = text.getLocationAtOffset(claim.getAnchors().get(0).end()).y + text.getLineHeight(offset);
		return bottom > 0 && y < text.getClientArea().height;
	}

	/** The point lies on top of the claim's first words: at their line's top, within their width. */
	private static void assertMeets(StyledText text, Claim claim, Point point, String message) {
		int offset = claim.getAnchors().get(0).getOffset();
		int end = claim.getAnchors().get(0).end();
		assertEquals(text.getLocationAtOffset(offset).y, point.y, message);
		Rectangle first = text.getTextBounds(offset, offset);
		Rectangle last = text.getTextBounds(end - 1, end - 1);
		if (first.y == last.y) {
			assertEquals(first.x + (last.x + last.width - first.x) / 2, point.x, 1, message);
		} else {
			assertTrue(point.x >= first.x, message);
		}
	}
}
