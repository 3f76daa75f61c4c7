package org.claimbench.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;

import org.claimbench.ui.internal.editor.AnnotationEditor;
import org.claimbench.ui.internal.network.NetworkView;
import org.claimbench.ui.internal.network.PlacedNetwork;
import org.claimbench.ui.internal.views.ClaimsView;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.SWT;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPartReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The sample project's claim graph: laid out without boxes on top of each other; a click picks a claim. */
class NetworkViewTest {

	@AfterEach
	void closeEditors() {
		Workbench.page().closeAllEditors(false);
		Workbench.page().hideView(Workbench.page().findView(NetworkView.ID));
	}

	@Test
	void theSampleIsLaidOutAndAClickOnAClaimSelectsItInTheClaimsView() throws Exception {
		Workbench.page().closeAllEditors(false);
		AnnotationEditor editor = Workbench.open(GoldSample.create("network-view"));
		ClaimsView claims = (ClaimsView) Workbench.page().showView(ClaimsView.ID);
		NetworkView view = (NetworkView) Workbench.page().showView(NetworkView.ID);
		Workbench.page().activate(editor);
		assertTrue(Workbench.flushUntil(() -> !view.canvas().network().nodes().isEmpty(), Duration.ofSeconds(60)), view.message());

		List<PlacedNetwork.Node> nodes = view.canvas().network().nodes();
		int claimsOfTheSeries = editor.session().document().getClaims().size() + 7;
		assertTrue(nodes.stream().filter(n -> "claim".equals(n.type())).count() >= claimsOfTheSeries,
				"the claims of both statements are nodes: " + nodes.size());
		for (int i = 0; i < nodes.size(); i++) {
			for (int j = i + 1; j < nodes.size(); j++) {
				assertTrue(!nodes.get(i).overlaps(nodes.get(j)), nodes.get(i) + " overlaps " + nodes.get(j));
			}
		}
		assertTrue(view.canvas().network().edges().stream().anyMatch(e -> "reaffirms".equals(e.label())),
				"the relation across the two statements is drawn");
		assertTrue(view.message().contains("actors") && view.message().contains("claims"), view.message());
		Screenshot.maximize(editor.getSite().getShell());
		IWorkbenchPartReference reference = Workbench.page().getReference(view);
		Workbench.page().setPartState(reference, IWorkbenchPage.STATE_MAXIMIZED);
		Workbench.flush();
		view.canvas().fitWidth();
		Screenshot.saveIfAsked(editor.getSite().getShell(), "network-view");
		Workbench.page().setPartState(reference, IWorkbenchPage.STATE_RESTORED);
		Workbench.flush();

		PlacedNetwork.Node meeting = nodes.stream().filter(n -> "meeting".equals(n.label())).findFirst().orElseThrow();
		click(view, meeting);
		assertTrue(Workbench.flushUntil(() -> claims.selectedClaim() != null && "meeting".equals(claims.selectedClaim().getName()),
				Duration.ofSeconds(5)), "the Claims view shows the claim clicked: " + claims.selectedClaim());
		assertEquals(editor, Workbench.page().getActiveEditor());
	}

	/** Presses the mouse where the node is drawn, scrolled into view first, as a user's click would. */
	private static void click(NetworkView view, PlacedNetwork.Node node) {
		Point centre = view.canvas().centreOf(node);
		view.canvas().scroller().setOrigin(Math.max(0, centre.x - 100), Math.max(0, centre.y - 100));
		Workbench.flush();
		Canvas canvas = view.canvas().control();
		Event press = new Event();
		press.button = 1;
		press.x = centre.x;
		press.y = centre.y;
		canvas.notifyListeners(SWT.MouseDown, press);
		Workbench.flush();
	}
}
