package org.claimbench.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.claimbench.ui.internal.editor.AnnotationEditor;
import org.claimbench.workspace.internal.model.FileText;
import org.claimbench.workspace.internal.model.UnsavedJournal;
import org.claimbench.ui.internal.startup.RestoreUnsaved;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Unsaved annotations outlive a workbench that dies: the editor keeps them in the workspace's journal after each
 * pause in editing, and the next start offers them back, never over a file that changed in between.
 */
class RestoreUnsavedTest {

	private final UnsavedJournal journal = UnsavedJournal.ofWorkspace();
	private IFile claims;
	private String saved;
	private String unsaved;

	@BeforeEach
	void unsavedClaimThenTheWorkbenchDies() throws Exception {
		claims = GoldSample.create("restore-unsaved");
		saved = FileText.read(claims);
		AnnotationEditor editor = Workbench.open(claims);
		int offset = editor.session().sourceText().indexOf("reiterated the need");
		Workbench.select(editor, offset, "reiterated the need".length());
		Workbench.execute("org.claimbench.ui.newClaim", Map.of("org.claimbench.ui.newClaim.kind", "Need",
				"org.claimbench.ui.newClaim.holders", "Ministers"));
		Workbench.awaitValidation(editor);
		unsaved = editor.session().text();
		UnsavedJournal.Entry kept = entry();
		assertEquals(unsaved, kept.text(), "the journal holds the editor's unsaved text after the pause");

		// A killed workbench never closes its editors: keep the entry as the kill would have left it.
		Path left = Files.createTempFile("journal-entry", ".unsaved");
		Files.copy(kept.stored(), left, StandardCopyOption.REPLACE_EXISTING);
		Workbench.page().closeAllEditors(false);
		assertTrue(journal.entries().stream().noneMatch(e -> e.fullPath().equals(claims.getFullPath().toString())),
				"closing an editor without saving drops its entry");
		Files.move(left, kept.stored());
	}

	@AfterEach
	void closeEditors() {
		Workbench.page().closeAllEditors(false);
		journal.forget(claims);
	}

	private UnsavedJournal.Entry entry() {
		return journal.entries().stream().filter(e -> e.fullPath().equals(claims.getFullPath().toString())).findFirst()
				.orElseThrow(() -> new AssertionError("no journal entry for " + claims.getFullPath()));
	}

	@Test
	void theNextStartOffersTheKeptAnnotationsAndRestoresThemAsUnsavedEdits() throws Exception {
		List<String> asked = new ArrayList<>();
		List<String> told = new ArrayList<>();
		new RestoreUnsaved(journal, files -> {
			asked.addAll(files);
			return true;
		}, told::addAll).run();
		Workbench.flush();

		assertEquals(List.of(claims.getFullPath().toString()), asked);
		AnnotationEditor editor = (AnnotationEditor) Workbench.page().getActiveEditor();
		assertEquals(claims, editor.session().file());
		assertEquals(unsaved, editor.session().text(), "the claim made before the crash is back");
		assertTrue(editor.isDirty(), "restored, not saved: the user decides");
		assertEquals(saved, FileText.read(claims), "the file is untouched");
		assertEquals(List.of(), told, "nothing to report when everything was restored");
	}

	@Test
	void theStartUpQuestionNamesTheKeptFilesAndRestoreOpensThem() throws Exception {
		List<String> question = new ArrayList<>();
		Dialogs.whenOpen("Restore Unsaved Annotations", dialog -> {
			Dialogs.all(dialog, Label.class).forEach(label -> question.add(label.getText()));
			try {
				Screenshot.saveIfAsked(dialog, "restore-unsaved");
			} catch (Exception e) {
				throw new IllegalStateException(e);
			}
			Dialogs.all(dialog, Button.class).stream().filter(b -> "Restore".equals(b.getText())).findFirst().orElseThrow()
					.notifyListeners(SWT.Selection, new Event());
		});
		new RestoreUnsaved().run();
		Workbench.flush();

		assertTrue(String.join("\n", question).contains(claims.getFullPath().toString()), question.toString());
		AnnotationEditor editor = (AnnotationEditor) Workbench.page().getActiveEditor();
		assertEquals(unsaved, editor.session().text(), "Restore brought the kept annotations back");
	}

	@Test
	void aFileChangedSinceKeepsItsTextAndGetsTheKeptAnnotationsBesideIt() throws Exception {
		String pulled = saved + "// a teammate's change, pulled after the crash\n";
		claims.setContents(new ByteArrayInputStream(pulled.getBytes(StandardCharsets.UTF_8)), IResource.FORCE, null);
		List<String> told = new ArrayList<>();
		new RestoreUnsaved(journal, files -> true, told::addAll).run();
		Workbench.flush();

		assertEquals(pulled, FileText.read(claims), "never restored over a file that changed in between");
		IFile recovered = claims.getParent().getFile(new org.eclipse.core.runtime.Path(claims.getName() + ".recovered"));
		assertEquals(unsaved, FileText.read(recovered), "the kept annotations are beside the file");
		assertEquals(1, told.size(), told.toString());
		assertTrue(told.get(0).contains("changed on disk since") && told.get(0).contains(recovered.getName()), told.get(0));
		assertTrue(journal.entries().stream().noneMatch(e -> e.fullPath().equals(claims.getFullPath().toString())),
				"the entry is done with");
	}

	@Test
	void declinedAnnotationsAreDroppedAndNothingOpens() throws Exception {
		new RestoreUnsaved(journal, files -> false, told -> {
		}).run();
		Workbench.flush();

		assertFalse(Workbench.page().getEditorReferences().length > 0, "no editor opened");
		assertEquals(saved, FileText.read(claims));
		assertTrue(journal.entries().stream().noneMatch(e -> e.fullPath().equals(claims.getFullPath().toString())));
	}
}
