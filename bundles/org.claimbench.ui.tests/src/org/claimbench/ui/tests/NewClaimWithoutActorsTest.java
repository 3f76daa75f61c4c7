package org.claimbench.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.claimbench.ui.internal.commands.NewClaimHandler;
import org.claimbench.ui.internal.editor.AnnotationEditor;
import org.claimbench.workspace.tests.FixtureProject;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** New Claim in a document without actors says how to give the claim the holder it needs. */
class NewClaimWithoutActorsTest {

	@AfterEach
	void closeEditors() {
		Workbench.page().closeAllEditors(false);
	}

	@Test
	void theDialogSaysHowToMakeTheFirstActor() throws Exception {
		AnnotationEditor editor = Workbench.open(FixtureProject.create("no-actors",
				"document edd source \"edd.txt\" schema deterrence\n"));
		String words = "North Korea's continued destabilizing behavior";
		Workbench.select(editor, FixtureProject.at(words), words.length());
		List<String> messages = new ArrayList<>();
		Dialogs.whenOpen("New Claim", dialog -> {
			Dialogs.all(dialog, Text.class).forEach(text -> messages.add(text.getText()));
			Dialogs.all(dialog, Label.class).forEach(label -> messages.add(label.getText()));
			try {
				Screenshot.saveIfAsked(dialog, "new-claim-no-actors");
			} catch (Exception e) {
				throw new IllegalStateException(e);
			}
			dialog.close();
		});
		Workbench.execute(NewClaimHandler.COMMAND, Map.of());
		assertTrue(messages.stream().anyMatch(m -> m.contains("no actors yet") && m.contains("New Actor Mention (Ctrl+Alt+M)")),
				"the dialog says how to make the first actor: " + messages);
		assertEquals(0, editor.session().document().getClaims().size(), "closing the dialog makes nothing");
	}
}
