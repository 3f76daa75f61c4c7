package org.claimbench.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.claimbench.ui.internal.editor.AnnotationEditor;
import org.claimbench.ui.internal.views.ClaimsView;
import org.eclipse.swt.widgets.TreeItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Words typed into the Claims view's filter box keep the claims of that kind, holder or wording. */
class ClaimsFilterTest {

	private AnnotationEditor editor;
	private ClaimsView claims;

	@BeforeEach
	void open() throws Exception {
		Workbench.page().closeAllEditors(false);
		editor = Workbench.open(GoldSample.create("claims-filter"));
		claims = (ClaimsView) Workbench.page().showView(ClaimsView.ID);
		Workbench.flush();
	}

	@AfterEach
	void closeEditors() {
		claims.filterField().setText("");
		Workbench.page().closeAllEditors(false);
	}

	private List<String> shownClaims() {
		claims.viewer().expandAll();
		List<String> names = new ArrayList<>();
		for (TreeItem group : claims.viewer().getTree().getItems()) {
			for (TreeItem claim : group.getItems()) {
				names.add(claim.getText());
			}
		}
		return names;
	}

	private List<String> type(String words) {
		claims.filterField().setText(words);
		Workbench.flush();
		return shownClaims();
	}

	@Test
	void typingAKindAHolderOrQuotedWordsKeepsOnlyThoseClaims() throws Exception {
		int all = shownClaims().size();
		assertEquals(editor.session().document().getClaims().size(), all);

		List<String> threats = type("threatassessment");
		assertEquals(3, threats.size(), threats.toString());
		assertTrue(threats.stream().allMatch(t -> t.contains("Threat")), threats.toString());

		List<String> nuclear = type("nuclear");
		assertTrue(!nuclear.isEmpty() && nuclear.size() < all, nuclear.toString());
		assertTrue(nuclear.stream().anyMatch(t -> t.contains("northKoreaThreat")), nuclear.toString());
		Screenshot.saveIfAsked(claims.getSite().getShell(), "claims-filter");

		List<String> byHolderAndWords = type("ministers north korea");
		assertTrue(byHolderAndWords.stream().anyMatch(t -> t.contains("northKoreaThreat")), byHolderAndWords.toString());
		assertTrue(byHolderAndWords.stream().noneMatch(t -> t.contains("chinaThreat")), "every word must match: " + byHolderAndWords);

		assertEquals(List.of(), type("sanctions zebra"), "nothing matches every word");
		assertEquals(0, claims.viewer().getTree().getItemCount(), "and no empty heading stays");
		assertEquals(all, type("").size(), "clearing the box shows every claim again");
	}
}
