package org.claimbench.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.claimbench.model.claims.Claim;
import org.claimbench.model.claims.Relation;
import org.claimbench.ui.internal.commands.DeleteAnnotationHandler;
import org.claimbench.ui.internal.commands.NewRelationHandler;
import org.claimbench.ui.internal.editor.AnnotationEditor;
import org.claimbench.ui.internal.views.ClaimsView;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A specialist relates two claims of the gold sample, sees the relation under its source claim and deletes it. */
class NewRelationTest {

	private static final String NEW_RELATION = "(?s).*\\brelation motivates securityEnvironment -> capabilityDiscussions\\b.*";

	private AnnotationEditor editor;
	private ClaimsView claims;

	@BeforeEach
	void openGoldSample() throws Exception {
		editor = Workbench.open(GoldSample.create("gold-relations"));
		claims = (ClaimsView) Workbench.page().showView(ClaimsView.ID);
		Workbench.flush();
	}

	@AfterEach
	void closeEditors() {
		Workbench.page().closeAllEditors(false);
	}

	private void selectInClaimsView(Object element) {
		claims.viewer().setSelection(new StructuredSelection(element), true);
		Workbench.page().activate(claims);
		Workbench.flush();
	}

	private Claim claim(String name) {
		return GoldSample.claim(editor, name);
	}

	@Test
	void newRelationFromTheSelectedClaimIsWrittenListedUnderItAndDeletable() throws Exception {
		selectInClaimsView(claim("securityEnvironment"));
		Workbench.execute(NewRelationHandler.COMMAND,
				Map.of(NewRelationHandler.TARGET, "capabilityDiscussions", NewRelationHandler.KIND, "motivates"));

		assertTrue(editor.session().text().matches(NEW_RELATION), editor.session().text());
		assertTrue(editor.isDirty());
		List<String> under = childLabels("securityEnvironment");
		assertTrue(under.contains("motivates \u2192 capabilityDiscussions"), under.toString());

		Relation created = editor.session().document().getRelations().stream()
				.filter(r -> r.getTarget() == claim("capabilityDiscussions")).findFirst().orElseThrow();
		selectInClaimsView(created);
		Workbench.execute(DeleteAnnotationHandler.COMMAND, Map.of());
		assertFalse(editor.session().text().matches(NEW_RELATION), "Delete on the relation removes it");
		assertFalse(childLabels("securityEnvironment").contains("motivates \u2192 capabilityDiscussions"));
		assertEquals(2, editor.session().document().getClaims().stream()
				.filter(c -> Set.of("securityEnvironment", "capabilityDiscussions").contains(c.getName())).count(),
				"the claims at the relation's ends stay");
	}

	@Test
	void relationKindTheSchemaDoesNotAllowBetweenTheKindsIsRefused() throws Exception {
		String before = editor.session().text();
		selectInClaimsView(claim("securityEnvironment"));
		// reaffirms relates intents and commitments only; the source is an assessment.
		assertThrows(ExecutionException.class, () -> Workbench.execute(NewRelationHandler.COMMAND,
				Map.of(NewRelationHandler.TARGET, "capabilityDiscussions", NewRelationHandler.KIND, "reaffirms")));
		assertEquals(before, editor.session().text());
		assertNull(PlatformUI.getWorkbench().getOperationSupport().getOperationHistory()
				.getUndoOperation(editor.undoContext()), "nothing to undo");
	}

	private List<String> childLabels(String claimName) {
		claims.viewer().expandAll();
		for (TreeItem group : claims.viewer().getTree().getItems()) {
			for (TreeItem item : group.getItems()) {
				if (item.getText().startsWith(claimName + " ")) {
					return Arrays.stream(item.getItems()).map(TreeItem::getText).toList();
				}
			}
		}
		throw new AssertionError(claimName + " is not listed");
	}
}
