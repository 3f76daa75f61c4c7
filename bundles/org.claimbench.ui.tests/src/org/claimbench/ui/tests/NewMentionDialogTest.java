package org.claimbench.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.claimbench.model.claims.Actor;
import org.claimbench.ui.internal.commands.NewMentionHandler;
import org.claimbench.ui.internal.editor.AnnotationEditor;
import org.claimbench.workspace.tests.FixtureProject;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Pressing Enter in the New Actor Mention dialog makes the mention the selected words suggest. */
class NewMentionDialogTest {

	private static final String SOURCE = FixtureProject.SOURCE;

	@AfterEach
	void closeEditors() {
		Workbench.page().closeAllEditors(false);
	}

	/** Opens the dialog on the words, notes what it proposes, and presses Enter. */
	private static List<String> proposalForAndEnter(AnnotationEditor editor, String words, int offset) throws Exception {
		Workbench.select(editor, offset, words.length());
		List<String> proposed = new ArrayList<>();
		Dialogs.whenOpen("New Actor Mention", dialog -> {
			Button existing = Dialogs.all(dialog, Button.class).stream().filter(b -> b.getText().startsWith("Existing"))
					.findFirst().orElseThrow();
			proposed.add(existing.getSelection() ? "existing" : "new");
			proposed.add(Dialogs.all(dialog, Combo.class).get(0).getText());
			proposed.add(Dialogs.all(dialog, Text.class).stream().filter(Text::isEnabled).map(Text::getText).findFirst().orElse(""));
			Button ok = dialog.getDefaultButton();
			ok.notifyListeners(SWT.Selection, new Event());
		});
		Workbench.execute(NewMentionHandler.COMMAND, Map.of());
		return proposed;
	}

	private static Actor actor(AnnotationEditor editor, String name) {
		return editor.session().document().getActors().stream().filter(a -> name.equals(a.getName())).findFirst()
				.orElseThrow(() -> new AssertionError("no actor " + name + " in " + editor.session().text()));
	}

	@Test
	void wordsNamingAnActorPreselectItEvenWhenItIsNotTheFirst() throws Exception {
		AnnotationEditor editor = Workbench.open(FixtureProject.create("mention-existing", FixtureProject.document()));
		List<String> proposed = proposalForAndEnter(editor, "Kamikawa", SOURCE.indexOf("Kamikawa"));
		assertEquals("existing", proposed.get(0));
		assertEquals("Kamikawa", proposed.get(1), "the actor named by the words, not the first in the list");
		assertEquals(2, actor(editor, "Kamikawa").getAnchors().size(), "Enter adds the mention to Kamikawa");
		assertEquals(1, actor(editor, "Ministers").getAnchors().size());
	}

	@Test
	void wordsMatchingNoActorProposeANewActorLabelledWithThem() throws Exception {
		AnnotationEditor editor = Workbench.open(FixtureProject.create("mention-new", FixtureProject.document()));
		int actorsBefore = editor.session().document().getActors().size();
		List<String> proposed = proposalForAndEnter(editor, "North Korea", FixtureProject.at("North Korea"));
		assertEquals("new", proposed.get(0), "no actor is named North Korea: a new one is proposed");
		assertEquals(actorsBefore + 1, editor.session().document().getActors().size());
		Actor made = actor(editor, "NorthKorea");
		assertEquals("North Korea", made.getLabel(), "the words become the new actor's label");
		assertTrue(actor(editor, "Ministers").getAnchors().size() == 1, "no actor got a wrong mention");
	}
}
