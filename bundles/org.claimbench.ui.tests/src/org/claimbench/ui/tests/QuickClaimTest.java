package org.claimbench.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.claimbench.model.claims.Actor;
import org.claimbench.model.claims.Claim;
import org.claimbench.ui.internal.commands.QuickClaimHandler;
import org.claimbench.ui.internal.editor.AnnotationEditor;
import org.claimbench.workspace.tests.FixtureProject;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.keys.IBindingService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Quick Claim: one key, pick the kind from a list that shows each kind's colour, and the claim is made. */
class QuickClaimTest {

	@AfterEach
	void closeEditors() {
		Workbench.page().closeAllEditors(false);
	}

	@Test
	void theKindIsPickedFromTheListAndTheClaimGetsTheHoldersOfTheLastClaim() throws Exception {
		AnnotationEditor editor = Workbench.open(FixtureProject.create("quick-claim", FixtureProject.document()));
		String words = "continue discussions on deterrence capabilities";
		Workbench.select(editor, FixtureProject.at(words), words.length());
		List<String> rows = new ArrayList<>();
		Dialogs.whenOpen("Quick Claim", dialog -> {
			Table table = Dialogs.all(dialog, Table.class).get(0);
			// The list is filled by a job after the dialog opens: let it run until the rows are there.
			try {
				Workbench.flushUntil(() -> table.getItemCount() > 0, Duration.ofSeconds(10));
			} catch (InterruptedException e) {
				throw new IllegalStateException(e);
			}
			Arrays.stream(table.getItems()).map(TableItem::getText).forEach(rows::add);
			int threat = rows.indexOf(rows.stream().filter(r -> r.startsWith("ThreatAssessment")).findFirst().orElseThrow());
			table.setSelection(threat);
			table.notifyListeners(SWT.Selection, new Event());
			try {
				Screenshot.saveIfAsked(dialog, "quick-claim");
			} catch (Exception e) {
				throw new IllegalStateException(e);
			}
			dialog.getDefaultButton().notifyListeners(SWT.Selection, new Event());
		});
		Workbench.execute(QuickClaimHandler.COMMAND, Map.of());
		assertEquals(List.of("Reaffirmation  (Ctrl+Alt+2)", "ThreatAssessment  (Ctrl+Alt+1)"), rows,
				"the schema's claim kinds, each with the key that makes one at once");
		Claim made = editor.session().document().getClaims().get(editor.session().document().getClaims().size() - 1);
		assertEquals("ThreatAssessment", made.getKind().getName());
		assertEquals(words, made.getAnchors().get(0).getQuote());
		assertEquals(List.of("Kamikawa"), made.getHolders().stream().map(Actor::getName).toList(),
				"the holders of the claim made last");
		assertTrue(editor.isDirty());
		assertEquals("Ctrl+Alt+K", PlatformUI.getWorkbench().getService(IBindingService.class)
				.getBestActiveBindingFormattedFor(QuickClaimHandler.COMMAND));
	}
}
