package org.claimbench.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import org.claimbench.model.claims.Actor;
import org.claimbench.model.claims.Claim;
import org.claimbench.ui.internal.editor.AnnotationEditor;
import org.claimbench.ui.internal.views.ActorsView;
import org.claimbench.workspace.tests.FixtureProject;
import org.eclipse.core.resources.IFile;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.actions.ActionFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The Actors view: the document's actors at a glance, renamed and relabelled in place, undoably. */
class ActorsViewTest {

	@AfterEach
	void closeEditors() {
		Workbench.page().closeAllEditors(false);
	}

	@Test
	void listsEachActorWithKindLabelAliasesMembersAndMentions() throws Exception {
		AnnotationEditor editor = Workbench.open(GoldSample.create("gold-actors"));
		ActorsView view = showActors();
		Table table = view.viewer().getTable();
		TableItem ministers = row(table, "Ministers");
		assertEquals("Delegation", ministers.getText(column(table, ActorsView.KIND)));
		assertEquals("the Ministers", ministers.getText(column(table, ActorsView.LABEL)));
		assertEquals("Kamikawa, Kihara, Blinken, Austin", ministers.getText(column(table, ActorsView.MEMBERS)));
		Actor actor = actor(editor, "Ministers");
		assertEquals(String.valueOf(actor.getAnchors().size()), ministers.getText(column(table, ActorsView.MENTIONS)));
		assertTrue(actor.getAnchors().size() > 1, "the sample mentions the Ministers more than once");
		assertEquals(editor.session().document().getActors().size(), table.getItemCount());
		Screenshot.maximize(editor.getSite().getShell());
		view.viewer().setSelection(new StructuredSelection(actor), true);
		// Zoomed, the view shows every column for the picture; the next tests find the usual layout.
		IWorkbenchPartReference reference = Workbench.page().getReference(view);
		Workbench.page().toggleZoom(reference);
		try {
			Screenshot.saveIfAsked(editor.getSite().getShell(), "actors-view");
		} finally {
			Workbench.page().toggleZoom(reference);
		}
	}

	@Test
	void renamingAnActorRenamesItWhereverTheDocumentNamesItAndUndoTakesTheOldNameBack() throws Exception {
		IFile file = FixtureProject.create("actors-rename", FixtureProject.document());
		AnnotationEditor editor = Workbench.open(file);
		ActorsView view = showActors();
		Actor kamikawa = actor(editor, "Kamikawa");

		type(view, kamikawa, ActorsView.NAME, "KamikawaYoko");

		assertEquals("KamikawaYoko", kamikawa.getName());
		Claim ra = editor.session().document().getClaims().stream().filter(c -> c.getName().equals("ra")).findFirst().orElseThrow();
		assertEquals(List.of("KamikawaYoko"), ra.getHolders().stream().map(Actor::getName).toList());
		assertTrue(editor.session().text().contains("claim ra : Reaffirmation by KamikawaYoko"), editor.session().text());
		assertTrue(editor.isDirty());
		assertTrue(row(view.viewer().getTable(), "KamikawaYoko") != null);

		view.getViewSite().getActionBars().getGlobalActionHandler(ActionFactory.UNDO.getId()).run();
		Workbench.flush();
		assertEquals("Kamikawa", kamikawa.getName(), "Undo in the view gives the old name back");
		assertTrue(editor.session().text().contains("claim ra : Reaffirmation by Kamikawa {"), editor.session().text());
		assertFalse(editor.isDirty());

		view.getViewSite().getActionBars().getGlobalActionHandler(ActionFactory.REDO.getId()).run();
		editor.doSave(null);
		String saved = new String(file.getContents().readAllBytes(), StandardCharsets.UTF_8);
		assertTrue(saved.contains("actor KamikawaYoko : Official"), saved);
		assertTrue(saved.contains("by KamikawaYoko"), saved);
	}

	@Test
	void aNameTheLanguageCannotWriteOrAnotherActorHasIsRefusedWithAReason() throws Exception {
		AnnotationEditor editor = Workbench.open(FixtureProject.create("actors-refused", FixtureProject.document()));
		ActorsView view = showActors();
		Actor kamikawa = actor(editor, "Kamikawa");

		type(view, kamikawa, ActorsView.NAME, "Ministers");
		assertEquals("Kamikawa", kamikawa.getName());
		assertEquals("The document has an actor Ministers already.", view.problemMessage());

		type(view, kamikawa, ActorsView.NAME, "Minister Kamikawa");
		assertEquals("Kamikawa", kamikawa.getName());
		assertTrue(view.problemMessage().contains("MinisterKamikawa"), view.problemMessage());

		type(view, kamikawa, ActorsView.NAME, "claim");
		assertTrue(view.problemMessage().contains("a word of the annotation language"), view.problemMessage());
		assertFalse(editor.isDirty());
	}

	@Test
	void labelAliasesAndMembersAreEditedInPlace() throws Exception {
		AnnotationEditor editor = Workbench.open(GoldSample.create("gold-actors-edit"));
		ActorsView view = showActors();
		Actor kamikawa = actor(editor, "Kamikawa");
		Actor ministers = actor(editor, "Ministers");

		type(view, kamikawa, ActorsView.LABEL, "Minister for Foreign Affairs Kamikawa Yoko");
		assertEquals("Minister for Foreign Affairs Kamikawa Yoko", kamikawa.getLabel());
		assertTrue(editor.session().text().contains("actor Kamikawa : Official \"Minister for Foreign Affairs Kamikawa Yoko\""));

		type(view, kamikawa, ActorsView.ALIASES, "Kamikawa, Foreign Minister Kamikawa");
		assertEquals(List.of("Kamikawa", "Foreign Minister Kamikawa"), kamikawa.getAliases());

		type(view, ministers, ActorsView.MEMBERS, "Kamikawa, Blinken");
		assertEquals(List.of("Kamikawa", "Blinken"), ministers.getMembers().stream().map(Actor::getName).toList());
		assertTrue(editor.session().text().contains("group Ministers : Delegation = Kamikawa, Blinken"));

		type(view, ministers, ActorsView.MEMBERS, "Kamikawa, Nobody");
		assertEquals("The document has no actor Nobody.", view.problemMessage());
		assertEquals(2, ministers.getMembers().size());

		// Members the statement implies without naming them are written 'unnamed', not invented as actors.
		type(view, ministers, ActorsView.MEMBERS, "Kamikawa, Blinken, unnamed");
		assertTrue(ministers.isUnnamedMembers());
		assertTrue(editor.session().text().contains("group Ministers : Delegation = Kamikawa, Blinken, unnamed"));
		type(view, ministers, ActorsView.MEMBERS, "Kamikawa, Blinken");
		assertFalse(ministers.isUnnamedMembers());
	}

	private static ActorsView showActors() throws Exception {
		ActorsView view = (ActorsView) Workbench.page().showView(ActorsView.ID);
		Workbench.flush();
		return view;
	}

	private static Actor actor(AnnotationEditor editor, String name) {
		return editor.session().document().getActors().stream().filter(a -> name.equals(a.getName())).findFirst()
				.orElseThrow(() -> new AssertionError("no actor " + name));
	}

	/** Edits the cell as a user does: the cell's editor opens, the words are typed, Enter takes them. */
	private static void type(ActorsView view, Actor actor, String columnTitle, String words) {
		Table table = view.viewer().getTable();
		view.viewer().editElement(actor, column(table, columnTitle));
		Workbench.flush();
		Text editor = Arrays.stream(table.getChildren()).filter(Text.class::isInstance).map(Text.class::cast)
				.filter(t -> !t.isDisposed() && t.isVisible()).findFirst()
				.orElseThrow(() -> new AssertionError("no cell editor opened on " + columnTitle));
		editor.setText(words);
		editor.notifyListeners(SWT.DefaultSelection, new Event());
		Workbench.flush();
	}

	private static int column(Table table, String title) {
		for (int i = 0; i < table.getColumnCount(); i++) {
			if (table.getColumn(i).getText().equals(title)) {
				return i;
			}
		}
		throw new AssertionError("no column " + title);
	}

	private static TableItem row(Table table, String name) {
		return Arrays.stream(table.getItems()).filter(item -> item.getText(0).equals(name)).findFirst()
				.orElseThrow(() -> new AssertionError("no row " + name));
	}
}
