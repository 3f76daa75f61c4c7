package org.claimbench.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

import org.claimbench.ui.internal.editor.AnnotationEditor;
import org.claimbench.ui.internal.series.SuggestLinksHandler;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;

/**
 * Annotate > Suggest Links on a statement that reuses the words of an earlier one: the claim whose quote repeats
 * an earlier claim's is offered; accepting it writes a relation to that claim of the other statement, which Undo
 * takes back; dismissing leaves the document as it was.
 */
class SuggestLinksTest {

	private static final String BEFORE = "The leaders condemned the missile launches and called for restraint. "
			+ "They agreed to expand trade and investment between the two countries.\n";
	private static final String AFTER = "The leaders again condemned the missile launches and called for restraint by all parties. "
			+ "They agreed to expand trade and investment between the two countries further. They met in Tokyo.\n";
	private static final String CONDEMNED = "condemned the missile launches and called for restraint";
	private static final String LINKED = "(?s).*\\brelation restates condemnAgain -> d2022\\.condemn\\b.*";

	private AnnotationEditor editor;

	@BeforeEach
	void openTheLaterStatement(TestInfo test) throws Exception {
		// A project per test: a dismissed suggestion stays dismissed for the rest of the workbench's run.
		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject("suggest-" + test.getTestMethod().orElseThrow().getName());
		if (project.exists()) {
			project.delete(true, true, null);
		}
		project.create(null);
		project.open(null);
		write(project, "s.cbschema", """
				schema s
				actor kind State
				claim kind Condemnation is Assessment
				claim kind Plan is Intent
				relation kind restates from Assessment to Assessment
				""");
		write(project, "actors.claims", "register allies schema s\nactor Leaders : State\n");
		write(project, "d2022.txt", BEFORE);
		write(project, "d2023.txt", AFTER);
		write(project, "d2022.claims", """
				document d2022 date 2022-05-01 source "d2022.txt" schema s
				claim condemn : Condemnation by Leaders { quote "%s" at %d }
				""".formatted(CONDEMNED, BEFORE.indexOf(CONDEMNED)));
		String again = CONDEMNED + " by all parties";
		String trade = "agreed to expand trade and investment between the two countries further";
		write(project, "d2023.claims", """
				document d2023 date 2023-05-01 source "d2023.txt" schema s
				claim condemnAgain : Condemnation by Leaders { quote "%s" at %d }
				claim moreTrade : Plan by Leaders { quote "%s" at %d }
				""".formatted(again, AFTER.indexOf(again), trade, AFTER.indexOf(trade)));
		editor = Workbench.open(project.getFile("d2023.claims"));
	}

	@AfterEach
	void closeEditors() {
		Workbench.page().closeAllEditors(false);
	}

	@Test
	void acceptingWritesARelationToTheEarlierStatementsClaimAndUndoRemovesIt() throws Exception {
		List<String> offered = new ArrayList<>();
		AtomicBoolean acceptableWithoutClaim = new AtomicBoolean(true);
		AtomicBoolean done = new AtomicBoolean();
		Dialogs.whenOpen("Suggested Links", dialog -> {
			Table table = Dialogs.all(dialog, Table.class).get(0);
			Arrays.stream(table.getItems()).map(item -> item.getText(0) + " -> " + item.getText(1)).forEach(offered::add);
			int trade = rowOf(table, "moreTrade");
			table.setSelection(trade);
			table.notifyListeners(SWT.Selection, new Event());
			acceptableWithoutClaim.set(button(dialog, "&Accept").isEnabled());
			table.setSelection(rowOf(table, "condemnAgain"));
			table.notifyListeners(SWT.Selection, new Event());
			press(button(dialog, "&Accept"));
			done.set(true);
		});
		Workbench.execute(SuggestLinksHandler.COMMAND, Map.of());
		assertTrue(Workbench.flushUntil(done::get, Duration.ofSeconds(30)), "the suggestions are offered");

		assertEquals(List.of("condemnAgain -> d2022.condemn", "moreTrade -> d2022. (no claim there yet)"), offered);
		assertFalse(acceptableWithoutClaim.get(), "a passage the earlier statement has no claim at cannot be linked to");
		assertTrue(editor.session().text().matches(LINKED), editor.session().text());
		assertTrue(editor.isDirty());

		PlatformUI.getWorkbench().getOperationSupport().getOperationHistory().undo(editor.undoContext(), null, null);
		Workbench.flush();
		assertFalse(editor.session().text().matches(LINKED), "Undo takes the relation back: " + editor.session().text());
		assertFalse(editor.isDirty());
	}

	@Test
	void dismissingLeavesTheDocumentAsItWas() throws Exception {
		String before = editor.session().text();
		AtomicBoolean done = new AtomicBoolean();
		List<Integer> rows = new ArrayList<>();
		Dialogs.whenOpen("Suggested Links", dialog -> {
			Table table = Dialogs.all(dialog, Table.class).get(0);
			table.setSelection(rowOf(table, "condemnAgain"));
			table.notifyListeners(SWT.Selection, new Event());
			press(button(dialog, "&Dismiss"));
			rows.add(table.getItemCount());
			done.set(true);
		});
		Workbench.execute(SuggestLinksHandler.COMMAND, Map.of());
		assertTrue(Workbench.flushUntil(done::get, Duration.ofSeconds(30)), "the suggestions are offered");

		assertEquals(List.of(1), rows, "the dismissed suggestion leaves the list");
		assertEquals(before, editor.session().text());
		assertFalse(editor.isDirty(), "nothing to save");
	}

	@Test
	void theAnnotateMenuOffersSuggestLinksWithItsKey() {
		Menu bar = Workbench.page().getWorkbenchWindow().getShell().getMenuBar();
		MenuItem annotate = Arrays.stream(bar.getItems()).filter(item -> item.getText().replace("&", "").equals("Annotate"))
				.findFirst().orElseThrow(() -> new AssertionError("the menu bar has an Annotate menu"));
		annotate.getMenu().notifyListeners(SWT.Show, new Event());
		Workbench.flush();
		List<String> items = Arrays.stream(annotate.getMenu().getItems()).filter(item -> (item.getStyle() & SWT.SEPARATOR) == 0)
				.map(item -> item.getText().replace("&", "")).toList();
		annotate.getMenu().notifyListeners(SWT.Hide, new Event());
		Workbench.flush();
		String entry = items.stream().filter(item -> item.startsWith("Suggest Links...")).findFirst()
				.orElseThrow(() -> new AssertionError("no Suggest Links in " + items));
		assertTrue(entry.endsWith("\tCtrl+Alt+S"), entry);
		int relations = items.indexOf(items.stream().filter(i -> i.startsWith("Show Relations")).findFirst().orElseThrow());
		assertEquals(1, Math.abs(items.indexOf(entry) - relations), "in the relations group, beside Show Relations: " + items);
	}

	private static int rowOf(Table table, String claim) {
		TableItem[] items = table.getItems();
		for (int i = 0; i < items.length; i++) {
			if (items[i].getText(0).equals(claim)) {
				return i;
			}
		}
		throw new AssertionError(claim + " is not offered");
	}

	private static Button button(Shell dialog, String label) {
		return Dialogs.all(dialog, Button.class).stream().filter(b -> label.equals(b.getText())).findFirst()
				.orElseThrow(() -> new AssertionError("no button " + label));
	}

	private static void press(Button button) {
		button.notifyListeners(SWT.Selection, new Event());
	}

	private static void write(IProject project, String name, String text) throws Exception {
		IFile file = project.getFile(name);
		file.create(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), IResource.FORCE, null);
	}
}
