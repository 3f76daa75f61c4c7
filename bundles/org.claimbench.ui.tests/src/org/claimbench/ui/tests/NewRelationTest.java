package org.claimbench.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
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
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
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

	@Test
	void dialogListsTheOtherClaimsAndOnlyTheRelationKindsAllowedTowardsTheChosenOne() throws Exception {
		selectInClaimsView(claim("securityEnvironment"));
		List<String> targets = new ArrayList<>();
		List<String> kinds = new ArrayList<>();
		Dialogs.whenOpen("New Relation", dialog -> {
			Table table = find(dialog, Table.class);
			Arrays.stream(table.getItems()).map(TableItem::getText).forEach(targets::add);
			int row = targets.indexOf(targets.stream().filter(t -> t.contains("capabilityDiscussions")).findFirst()
					.orElseThrow());
			table.select(row);
			table.notifyListeners(SWT.Selection, new Event());
			Combo combo = find(dialog, Combo.class);
			kinds.addAll(Arrays.asList(combo.getItems()));
			combo.select(kinds.indexOf("elaborates"));
			combo.notifyListeners(SWT.Selection, new Event());
			Button ok = (Button) dialog.getDefaultButton();
			ok.notifyListeners(SWT.Selection, new Event());
		});
		Workbench.execute(NewRelationHandler.COMMAND, Map.of());

		assertFalse(targets.stream().anyMatch(t -> t.contains("securityEnvironment")), "a claim is no target of itself");
		assertEquals(editor.session().document().getClaims().size() - 1, targets.size(), targets.toString());
		// From an assessment to an intent: reaffirms, implements and evaluates start at other kinds.
		assertEquals(List.of("motivates", "elaborates", "restates"), kinds);
		assertTrue(editor.session().text()
				.matches("(?s).*\\brelation elaborates securityEnvironment -> capabilityDiscussions\\b.*"),
				editor.session().text());
	}

	private static <T extends Control> T find(Composite parent, Class<T> type) {
		for (Control child : parent.getChildren()) {
			if (type.isInstance(child)) {
				return type.cast(child);
			}
			if (child instanceof Composite composite && find(composite, type) != null) {
				return find(composite, type);
			}
		}
		return null;
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
