package org.claimbench.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.claimbench.core.Diagnostic;
import org.claimbench.core.LoadedModel;
import org.claimbench.core.ModelLoader;
import org.claimbench.core.ModelValidator;
import org.claimbench.core.curation.CurationUnit;
import org.claimbench.ui.internal.curation.CurationEditor;
import org.eclipse.core.commands.operations.IOperationHistory;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Table;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.part.ISetSelectionTarget;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Curate Versions... on the sample's two coders' versions: the disputed units are listed, each coder's version of
 * one can be taken with a button or a key, undo takes a decision back, and Save writes a curated gold beside the
 * versions that records whose version each disputed unit took and validates without errors.
 */
class CurationEditorTest {

	private static final String COMMAND = "org.claimbench.ui.curateVersions";
	private static final String GOLD = "us-japan-edd-2024.gold.claims";
	private static final int FIRST = 0;
	private static final int CODER_B = 1;

	private IProject project;

	@AfterEach
	void deleteProject() throws Exception {
		Workbench.page().closeAllEditors(false);
		if (project != null) {
			project.delete(true, null);
		}
	}

	/** Opens curation as a user does: the coder's file selected in the Project Explorer, then the command. */
	private CurationEditor open(String name) throws Exception {
		IFile first = GoldSample.create(name);
		project = first.getProject();
		IViewPart explorer = Workbench.page().showView(IPageLayout.ID_PROJECT_EXPLORER);
		Workbench.page().activate(explorer);
		((ISetSelectionTarget) explorer).selectReveal(new StructuredSelection(project.getFile("us-japan-edd-2024.coder-b.claims")));
		Workbench.flush();
		Object editor = Workbench.execute(COMMAND, Map.of());
		assertTrue(editor instanceof CurationEditor, "the command opens the curation editor: " + editor);
		return (CurationEditor) editor;
	}

	private static String read(IFile file) throws Exception {
		try (InputStream in = file.getContents(true)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	private static CurationUnit unit(CurationEditor editor, String label, int begin) {
		return editor.curation().disputed().stream()
				.filter(u -> u.row().label().startsWith(label) && (begin < 0 || u.begin() == begin)).findFirst()
				.orElseThrow(() -> new AssertionError("no disputed unit " + label));
	}

	private static void click(Button button) {
		assertTrue(button.isEnabled(), button.getText() + " is enabled");
		button.notifyListeners(SWT.Selection, new Event());
		Workbench.flush();
	}

	/** Presses a key on the unit table, as the curator does after picking a row with the arrow keys. */
	private static void press(Table table, char key) {
		table.setFocus();
		Event event = new Event();
		event.character = key;
		event.keyCode = key;
		table.notifyListeners(SWT.KeyDown, event);
		Workbench.flush();
	}

	private static List<String> rows(Table table) {
		List<String> rows = new ArrayList<>();
		for (int i = 0; i < table.getItemCount(); i++) {
			rows.add(table.getItem(i).getText(0) + " | " + table.getItem(i).getText(2) + " | " + table.getItem(i).getText(3));
		}
		return rows;
	}

	private List<Diagnostic> errorsOf(IFile file) {
		Path folder = project.getLocation().toPath();
		LoadedModel model = new ModelLoader().load(List.of(folder));
		return new ModelValidator().validate(model).stream().filter(Diagnostic::isError).toList();
	}

	@Test
	void takingAVersionOfEachDisputedUnitAndSavingWritesACuratedGold() throws Exception {
		CurationEditor editor = open("curating");
		Screenshot.maximize(editor.getSite().getShell());
		assertEquals(List.of("us-japan-edd-2024", "Coder B"), editor.curation().coders());
		assertEquals(5, editor.unitTable().getItemCount(), "at first only the units to decide are listed");
		editor.showOnlyToDecide(false);
		List<String> rows = rows(editor.unitTable());
		assertEquals(5, rows.stream().filter(r -> r.contains("| disputed |") || r.contains("| one coder only |")).count(), rows.toString());
		assertTrue(rows.contains("claim ThreatAssessment | disputed | to decide"), rows.toString());
		assertTrue(rows.contains("claim SignificanceAssessment | one coder only | to decide"), rows.toString());
		assertTrue(rows.stream().anyMatch(r -> r.startsWith("claim Meeting | agreed | accepted")), rows.toString());

		editor.showOnlyToDecide(true);

		editor.select(unit(editor, "ThreatAssessment", 976));
		click(editor.takeButtons().get(CODER_B));
		editor.select(unit(editor, "ThreatAssessment", 1046));
		if (System.getProperty("claimbench.screenshots") != null) {
			Workbench.page().setPartState(Workbench.page().getReference(editor), IWorkbenchPage.STATE_MAXIMIZED);
			Screenshot.saveIfAsked(editor.getSite().getShell(), "curation-editor");
			Workbench.page().setPartState(Workbench.page().getReference(editor), IWorkbenchPage.STATE_RESTORED);
		}
		press(editor.unitTable(), '1');
		assertEquals("us-japan-edd-2024's version", editor.decision(unit(editor, "ThreatAssessment", 1046)), "key 1 takes the first coder's");
		editor.select(unit(editor, "SignificanceAssessment", -1));
		click(editor.takeButtons().get(FIRST));
		editor.select(unit(editor, "motivates", -1));
		press(editor.unitTable(), '2');
		editor.select(unit(editor, "evaluates", -1));
		click(editor.takeButtons().get(FIRST));
		assertEquals(0, editor.curation().open());
		assertTrue(editor.isDirty());

		Workbench.page().saveEditor(editor, false);
		Workbench.flush();
		assertFalse(editor.isDirty(), "saved");
		IFile gold = project.getFile(GOLD);
		assertTrue(gold.exists(), "the gold is written beside the versions");
		String text = read(gold);
		assertTrue(text.startsWith("document us_japan_edd_2024_gold\n") && text.contains("\tstatus curated\n"), text);
		assertTrue(text.contains("claim chinaThreat : ThreatAssessment by Ministers from coder \"Coder B\" {"), text);
		assertTrue(text.contains("claim russiaThreat : ThreatAssessment by Ministers from coder \"us-japan-edd-2024\" {"), text);
		assertTrue(text.contains("claim meetingSignificance : SignificanceAssessment by Ministers from coder \"us-japan-edd-2024\" {"), text);
		assertTrue(text.contains("relation motivates securityEnvironment -> consultations from coder \"Coder B\" {"), text);
		assertTrue(text.contains("claim northKoreaThreat : ThreatAssessment by Ministers {"), "agreed units say nothing: " + text);
		assertEquals(List.of(), errorsOf(gold), "the gold validates like any document");
	}

	@Test
	void undoTakesADecisionBackUntilNothingIsLeftToSave() throws Exception {
		CurationEditor editor = open("undoing");
		CurationUnit china = unit(editor, "ThreatAssessment", 976);
		CurationUnit russia = unit(editor, "ThreatAssessment", 1046);
		editor.select(china);
		click(editor.takeButtons().get(CODER_B));
		editor.select(russia);
		click(editor.leaveOutButton());
		assertEquals("left out", editor.decision(russia));
		assertTrue(editor.isDirty());

		IOperationHistory history = PlatformUI.getWorkbench().getOperationSupport().getOperationHistory();
		assertEquals("Leave Out of claim ThreatAssessment", history.getUndoOperation(editor.undoContext()).getLabel());
		history.undo(editor.undoContext(), null, null);
		Workbench.flush();
		assertEquals("to decide", editor.decision(russia));
		assertEquals("Coder B's version", editor.decision(china));
		assertTrue(editor.isDirty());
		history.undo(editor.undoContext(), null, null);
		Workbench.flush();
		assertEquals("to decide", editor.decision(china));
		assertFalse(editor.isDirty(), "everything undone: nothing to save");
		assertTrue(rows(editor.unitTable()).contains("claim ThreatAssessment | disputed | to decide"));
		history.redo(editor.undoContext(), null, null);
		Workbench.flush();
		assertEquals("Coder B's version", editor.decision(china));
		assertTrue(editor.isDirty());
	}

	@Test
	void aClaimOnlyOneCoderHasCanBeLeftOutOrTaken() throws Exception {
		CurationEditor editor = open("one-coder");
		CurationUnit significance = unit(editor, "SignificanceAssessment", -1);
		editor.select(significance);
		assertFalse(editor.takeButtons().get(CODER_B).isEnabled(), "Coder B has no version to take");
		click(editor.leaveOutButton());
		Workbench.page().saveEditor(editor, false);
		Workbench.flush();
		IFile gold = project.getFile(GOLD);
		String text = read(gold);
		assertTrue(text.contains("\tstatus draft\n"), "four disputes are still open: " + text);
		assertFalse(text.contains("meetingSignificance"), text);
		assertEquals(List.of(), errorsOf(gold));

		click(editor.takeButtons().get(FIRST));
		Workbench.page().saveEditor(editor, false);
		Workbench.flush();
		text = read(gold);
		assertTrue(text.contains("claim meetingSignificance : SignificanceAssessment by Ministers from coder \"us-japan-edd-2024\" {"), text);
		assertNotNull(editor.curation().units());
	}

	@Test
	void editPutsOneCodersSpanTogetherWithAnothersAttribute() throws Exception {
		CurationEditor editor = open("editing");
		CurationUnit russia = unit(editor, "ThreatAssessment", 1046);
		editor.select(russia);
		List<String> parts = new ArrayList<>();
		Dialogs.whenOpen("Edit claim ThreatAssessment", dialog -> {
			List<Combo> combos = Dialogs.all(dialog, Combo.class);
			combos.forEach(c -> parts.add(c.getItem(c.getSelectionIndex())));
			// The parts: quoted words, kind, holders, then the attributes by name; trend is the one they differ on.
			Combo trend = combos.stream().filter(c -> c.getItem(1).equals("Coder B: continuing")).findFirst().orElseThrow();
			trend.select(1);
			ok(dialog);
		});
		click(editor.editButton());
		assertTrue(parts.contains("us-japan-edd-2024: growing"), parts.toString());
		assertEquals("edited", editor.decision(russia));

		String claim = savedRussiaClaim(editor);
		assertTrue(claim.startsWith("claim russiaThreat : ThreatAssessment by Ministers edited {"), claim);
		assertTrue(claim.contains("\ttrend continuing\n") && claim.contains("\tpartners NorthKorea\n"), claim);
		assertEquals(List.of(), errorsOf(project.getFile(GOLD)));
	}

	/** Saves the curation and returns the Russia claim as the gold has it. */
	private String savedRussiaClaim(CurationEditor editor) throws Exception {
		Workbench.page().saveEditor(editor, false);
		Workbench.flush();
		String text = read(project.getFile(GOLD));
		return text.substring(text.indexOf("claim russiaThreat"), text.indexOf("}", text.indexOf("claim russiaThreat")));
	}

	@Test
	void editTakesWhatTheCuratorTypesOnceTheSchemaAndTheTextAllowIt() throws Exception {
		CurationEditor editor = open("typing");
		Screenshot.maximize(editor.getSite().getShell());
		CurationUnit russia = unit(editor, "ThreatAssessment", 1046);
		editor.select(russia);
		List<String> problems = new ArrayList<>();
		List<Boolean> stayedOpen = new ArrayList<>();
		Dialogs.whenOpen("Edit claim ThreatAssessment", dialog -> {
			List<Combo> combos = Dialogs.all(dialog, Combo.class);
			List<Text> typed = Dialogs.all(dialog, Text.class);
			int trend = combos.indexOf(combos.stream().filter(c -> c.getItem(1).equals("Coder B: continuing")).findFirst().orElseThrow());
			// Neither coder saw the trend as deteriorating; the curator types it, misspelt first.
			typed.get(trend).setText("deteriorateing");
			ok(dialog);
			problems.add(problem(dialog));
			try {
				Screenshot.saveIfAsked(editor.getSite().getShell(), "curation-edit-typed");
			} catch (Exception e) {
				problems.add("no screenshot: " + e);
			}
			typed.get(trend).setText("deteriorating");
			// The curator narrows the span by hand, to the words the claim is about, with a typo first.
			typed.get(0).setText("Russias undermining of arms control");
			ok(dialog);
			problems.add(problem(dialog));
			stayedOpen.add(!dialog.isDisposed());
			typed.get(0).setText("Russia's undermining of arms control");
			ok(dialog);
		});
		click(editor.editButton());
		assertEquals(2, problems.size(), problems.toString());
		assertEquals("trend: \u201Cdeteriorateing\u201D is not a value of Trend; the schema allows improving, steady, continuing,"
				+ " growing, deteriorating", problems.get(0));
		assertTrue(problems.get(1).startsWith("quoted words: the source text has no \u201CRussias undermining of arms control\u201D"),
				problems.get(1));
		assertEquals(List.of(true), stayedOpen, "a value that does not fit keeps the dialog open");
		assertEquals("edited", editor.decision(russia));

		String claim = savedRussiaClaim(editor);
		assertTrue(claim.startsWith("claim russiaThreat : ThreatAssessment by Ministers edited {"), claim);
		assertTrue(claim.contains("\ttrend deteriorating\n"), claim);
		assertTrue(claim.contains("\tquote \"Russia's undermining of arms control\" at 1046"), claim);
		assertEquals(List.of(), errorsOf(project.getFile(GOLD)), "the typed values validate");

		IOperationHistory history = PlatformUI.getWorkbench().getOperationSupport().getOperationHistory();
		history.undo(editor.undoContext(), null, null);
		Workbench.flush();
		assertEquals("to decide", editor.decision(russia), "the typed edit is undone like any decision");
	}

	private static void ok(Shell dialog) {
		Dialogs.all(dialog, Button.class).stream().filter(b -> Integer.valueOf(IDialogConstants.OK_ID).equals(b.getData()))
				.findFirst().orElseThrow().notifyListeners(SWT.Selection, new Event());
	}

	/** The dialog's line that says why a typed value was not taken. */
	private static String problem(Shell dialog) {
		if (dialog.isDisposed()) {
			return "(closed)";
		}
		return Dialogs.all(dialog, Label.class).stream().map(Label::getText).filter(t -> t.contains(": ") && !t.startsWith("For each"))
				.filter(t -> t.contains("\u201C")).findFirst().orElse("(none)");
	}
}
