package org.claimbench.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.claimbench.model.claims.Actor;
import org.claimbench.model.claims.Claim;
import org.claimbench.ui.internal.editor.AnnotationEditor;
import org.claimbench.ui.internal.editor.KindKeys;
import org.claimbench.workspace.tests.FixtureProject;
import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.core.commands.operations.IOperationHistory;
import org.eclipse.jface.bindings.Binding;
import org.eclipse.jface.bindings.keys.KeySequence;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.keys.IBindingService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Ctrl+Alt+1..9: a claim of the legend's n-th kind at once, the number shown next to the kind. */
class KindNumberKeysTest {

	@AfterEach
	void closeEditors() {
		Workbench.page().closeAllEditors(false);
	}

	@Test
	void theNumberedKeyMakesAClaimOfTheKindTheLegendNumbersSoAndUndoTakesItBack() throws Exception {
		AnnotationEditor editor = Workbench.open(FixtureProject.create("kind-keys", FixtureProject.document()));
		assertEquals(List.of("1\u2009ThreatAssessment", "2\u2009Reaffirmation"), legendTexts(editor),
				"the legend numbers the kinds in its order");

		String words = "continue discussions on deterrence capabilities";
		Workbench.select(editor, FixtureProject.at(words), words.length());
		int before = editor.session().document().getClaims().size();
		Workbench.execute(KindKeys.COMMAND, Map.of(KindKeys.NUMBER, "2"));

		List<Claim> claims = editor.session().document().getClaims();
		assertEquals(before + 1, claims.size());
		Claim made = claims.get(claims.size() - 1);
		assertEquals("Reaffirmation", made.getKind().getName(), "the second kind of the legend");
		assertEquals(words, made.getAnchors().get(0).getQuote());
		assertEquals(List.of("Kamikawa"), made.getHolders().stream().map(Actor::getName).toList(),
				"the holders of the claim made last, as Quick Claim gives");
		assertTrue(editor.isDirty());
		Screenshot.saveIfAsked(editor.getSite().getShell(), "kind-keys");

		IOperationHistory history = PlatformUI.getWorkbench().getOperationSupport().getOperationHistory();
		assertEquals("New Claim", history.getUndoOperation(editor.undoContext()).getLabel());
		history.undo(editor.undoContext(), null, null);
		Workbench.flush();
		assertEquals(before, editor.session().document().getClaims().size(), "undo takes the claim back");
		assertFalse(editor.isDirty());
	}

	@Test
	void aNumberPastTheLastKindMakesNothingAndSaysWhy() throws Exception {
		AnnotationEditor editor = Workbench.open(FixtureProject.create("kind-keys-past", FixtureProject.document()));
		String words = "continue discussions";
		Workbench.select(editor, FixtureProject.at(words), words.length());
		int before = editor.session().document().getClaims().size();
		Workbench.execute(KindKeys.COMMAND, Map.of(KindKeys.NUMBER, "7"));
		assertEquals(before, editor.session().document().getClaims().size());
		assertFalse(editor.isDirty());
	}

	@Test
	void ctrlAltAndADigitAreBoundToTheNumberedKindOnlyWhileAnnotating() throws Exception {
		Workbench.open(FixtureProject.create("kind-keys-bound", FixtureProject.document()));
		IBindingService bindings = PlatformUI.getWorkbench().getService(IBindingService.class);
		for (int n = 1; n <= KindKeys.KEYED_KINDS; n++) {
			KeySequence keys = KeySequence.getInstance("M1+M3+" + n);
			Binding bound = bindings.getPerfectMatch(keys);
			ParameterizedCommand command = bound == null ? null : bound.getParameterizedCommand();
			assertEquals(KindKeys.COMMAND, command == null ? null : command.getId(), keys.format());
			assertEquals(String.valueOf(n), command.getParameterMap().get(KindKeys.NUMBER));
			assertNull(bindings.getConflictsFor(keys), "no other command claims " + keys.format());
			assertEquals("Ctrl+Alt+" + n, KindKeys.keyFor(n - 1));
		}
	}

	private static List<String> legendTexts(AnnotationEditor editor) {
		return Arrays.stream(editor.legendControl().getChildren()).filter(Label.class::isInstance).map(Label.class::cast)
				.filter(label -> label.getData(AnnotationEditor.LEGEND_KIND) != null).map(label -> label.getText().strip())
				.toList();
	}
}
