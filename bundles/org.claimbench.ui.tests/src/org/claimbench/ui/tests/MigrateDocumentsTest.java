package org.claimbench.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.claimbench.ui.internal.startup.SampleProject;
import org.eclipse.core.commands.operations.IOperationHistory;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.undo.WorkspaceUndoUtil;
import org.eclipse.ui.part.ISetSelectionTarget;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Project > Migrate Documents...: a preview of every changed word, Migrate writes the project's documents, and
 * Edit > Undo takes the whole migration back; a migration that would lose an annotation is not offered.
 */
class MigrateDocumentsTest {

	private static final String COMMAND = "org.claimbench.ui.migrateDocuments";

	private IProject project;

	@AfterEach
	void deleteProject() throws Exception {
		Workbench.page().closeAllEditors(false);
		if (project != null) {
			project.delete(true, null);
		}
	}

	private static String read(IFile file) throws Exception {
		try (InputStream in = file.getContents(true)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	private void edit(String file, String old, String replacement) throws Exception {
		IFile target = project.getFile(file);
		String text = read(target);
		assertTrue(text.contains(old), file + " lacks " + old);
		target.setContents(new ByteArrayInputStream(text.replace(old, replacement).getBytes(StandardCharsets.UTF_8)), IResource.NONE, null);
	}

	/** Selects the project in the Project Explorer, as a user does before a Project menu command. */
	private void selectProject() throws Exception {
		IViewPart explorer = Workbench.page().showView(IPageLayout.ID_PROJECT_EXPLORER);
		Workbench.page().activate(explorer);
		if (explorer instanceof ISetSelectionTarget target) {
			target.selectReveal(new StructuredSelection(project));
		}
		Workbench.flush();
	}

	private static List<String> items(Tree tree) {
		List<String> texts = new ArrayList<>();
		for (TreeItem item : tree.getItems()) {
			texts.add(item.getText());
			for (TreeItem child : item.getItems()) {
				texts.add("  " + child.getText());
			}
		}
		return texts;
	}

	private static String message(Shell dialog) {
		return String.join("\n", Dialogs.all(dialog, Text.class).stream().map(Text::getText).toList());
	}

	private static Button button(Shell dialog, int id) {
		return Dialogs.all(dialog, Button.class).stream().filter(b -> Integer.valueOf(id).equals(b.getData())).findFirst().orElseThrow();
	}

	@Test
	void thePreviewShowsEveryChangedWordMigrateWritesThemAndUndoTakesThemBack() throws Exception {
		IFile gold = SampleProject.create("migrating", null);
		project = gold.getProject();
		edit("deterrence.cbschema", "schema deterrence\n", "schema deterrence version 2\n");
		edit("deterrence.cbschema", "claim kind ThreatAssessment is", "claim kind ThreatJudgement is");
		edit("deterrence.cbschema", "addresses: ThreatAssessment*", "addresses: ThreatJudgement*");
		edit("deterrence.cbschema", "domains: ThreatDomain*", "threatDomains: ThreatDomain*");
		edit("deterrence.cbschema", "\nclaim kind Meeting is EventClaim", """

				changes in version 2 "Threats are judged, not assessed." {
					rename kind ThreatAssessment to ThreatJudgement
					rename attribute domains of ThreatJudgement to threatDomains
				}

				claim kind Meeting is EventClaim""");
		String before = read(gold);
		selectProject();

		List<String> shown = new ArrayList<>();
		List<String> messages = new ArrayList<>();
		Dialogs.whenOpen("Migrate Documents", dialog -> {
			shown.addAll(items(Dialogs.all(dialog, Tree.class).get(0)));
			messages.add(message(dialog));
			try {
				Screenshot.saveIfAsked(dialog, "migrate-documents");
			} catch (Exception e) {
				throw new AssertionError(e);
			}
			Button migrate = button(dialog, IDialogConstants.OK_ID);
			assertTrue(migrate.isEnabled());
			migrate.notifyListeners(SWT.Selection, new Event());
		});
		Object written = Workbench.execute(COMMAND, Map.of());

		assertTrue(shown.contains("us-japan-edd-2024.claims   version 1 → 2, 6 names"), shown.toString());
		assertTrue(shown.contains("  line 141: claim northKoreaThreat: kind ThreatAssessment → ThreatJudgement"), shown.toString());
		assertTrue(shown.contains("  line 146: claim northKoreaThreat: attribute domains → threatDomains"), shown.toString());
		assertTrue(messages.get(0).contains("4 of 4 documents change, 13 names in all"), messages.toString());
		assertEquals(4, written);
		String migrated = read(gold);
		assertTrue(migrated.contains("claim northKoreaThreat : ThreatJudgement by Ministers {"), migrated);
		assertTrue(migrated.contains("\tschema deterrence version 2\n"), migrated);

		IOperationHistory history = PlatformUI.getWorkbench().getOperationSupport().getOperationHistory();
		assertEquals("Migrate Documents of migrating", history.getUndoOperation(WorkspaceUndoUtil.getWorkspaceUndoContext()).getLabel());
		history.undo(WorkspaceUndoUtil.getWorkspaceUndoContext(), null, null);
		assertEquals(before, read(gold), "undo restores every document as it was");
		history.redo(WorkspaceUndoUtil.getWorkspaceUndoContext(), null, null);
		assertEquals(migrated, read(gold));
	}

	@Test
	void aMigrationThatWouldLoseValuesIsNotOfferedAndWritesNothing() throws Exception {
		IFile gold = SampleProject.create("losing", null);
		project = gold.getProject();
		edit("deterrence.cbschema", "schema deterrence\n", "schema deterrence version 2\n");
		edit("deterrence.cbschema", "domains: ThreatDomain*", "domains: ThreatDomain");
		edit("deterrence.cbschema", "\nclaim kind Meeting is EventClaim", """

				changes in version 2 {
					make attribute domains of ThreatAssessment single
				}

				claim kind Meeting is EventClaim""");
		String before = read(gold);
		selectProject();

		List<String> shown = new ArrayList<>();
		List<String> messages = new ArrayList<>();
		List<Boolean> offered = new ArrayList<>();
		Dialogs.whenOpen("Migrate Documents", dialog -> {
			shown.addAll(items(Dialogs.all(dialog, Tree.class).get(0)));
			messages.add(message(dialog));
			offered.add(button(dialog, IDialogConstants.OK_ID).isEnabled());
			button(dialog, IDialogConstants.CANCEL_ID).notifyListeners(SWT.Selection, new Event());
		});
		assertNull(Workbench.execute(COMMAND, Map.of()));

		assertEquals(List.of(false), offered);
		assertTrue(messages.get(0).contains("cannot be migrated without losing what they say"), messages.toString());
		assertTrue(shown.stream().anyMatch(s -> s.contains("claim russiaThreat (line 160) has 4 values for 'domains', which version 2 makes single")),
				shown.toString());
		assertEquals(before, read(gold));
		assertFalse(read(gold).contains("version 2"));
	}
}
