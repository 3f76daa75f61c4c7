package org.claimbench.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.claimbench.ui.internal.editor.AnnotationEditor;
import org.claimbench.ui.internal.editor.FileConflictBar;
import org.claimbench.ui.internal.editor.VersionsCompareInput;
import org.claimbench.workspace.internal.model.FileText;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.Path;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Event;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The file changes on disk (a git pull, the command line) while the annotation editor holds unsaved annotations:
 * the editor says so in a bar that does not block, and whichever version the user takes, the other is kept beside
 * the file.
 */
class FileConflictBarTest {

	private static final String PROJECT = "file-conflict";

	private IFile claims;
	private AnnotationEditor editor;
	private String unsaved;
	private String onDisk;

	@BeforeEach
	void unsavedAnnotationsThenAChangeOnDisk() throws Exception {
		claims = GoldSample.create(PROJECT);
		editor = Workbench.open(claims);
		int offset = editor.session().sourceText().indexOf("reiterated the need");
		Workbench.select(editor, offset, "reiterated the need".length());
		Workbench.execute("org.claimbench.ui.newClaim", Map.of("org.claimbench.ui.newClaim.kind", "Need",
				"org.claimbench.ui.newClaim.holders", "Ministers"));
		unsaved = editor.session().text();
		onDisk = FileText.read(claims) + "// a teammate's change, pulled from git\n";
		claims.setContents(new ByteArrayInputStream(onDisk.getBytes(StandardCharsets.UTF_8)), IResource.FORCE, null);
		Workbench.flush();
	}

	@AfterEach
	void closeEditors() {
		Workbench.page().closeAllEditors(false);
	}

	private void press(String label) {
		Button button = Dialogs.all(editor.sourceWidget().getParent(), Button.class).stream()
				.filter(b -> label.equals(b.getText()) && b.isVisible()).findFirst()
				.orElseThrow(() -> new AssertionError("no button " + label + " is shown"));
		button.notifyListeners(SWT.Selection, new Event());
		Workbench.flush();
	}

	private IFile beside(String suffix) {
		return claims.getParent().getFile(new Path(claims.getName() + "." + suffix));
	}

	@Test
	void theBarSaysWhatHappenedAndKeepingMineKeepsTheFilesVersionBesideIt() throws Exception {
		assertTrue(editor.hasFileConflict(), "the editor shows the conflict");
		assertTrue(editor.fileConflictMessage().startsWith(claims.getName() + " changed on disk"), editor.fileConflictMessage());
		assertEquals(unsaved, editor.session().text(), "nothing is dropped before the user chooses");
		Screenshot.saveIfAsked(editor.getSite().getShell(), "file-conflict-bar");

		press(FileConflictBar.KEEP_MINE);

		assertFalse(editor.hasFileConflict());
		assertEquals(onDisk, FileText.read(beside("on-disk")), "the file's version is kept beside it");
		assertEquals(unsaved, editor.session().text());
		assertTrue(editor.isDirty(), "the annotations are still to be saved");
		editor.doSave(null);
		assertEquals(unsaved, FileText.read(claims), "saving writes the kept annotations");
		assertFalse(editor.isDirty());
	}

	@Test
	void takingTheFilesVersionShowsItAndKeepsTheUnsavedAnnotationsBesideIt() throws Exception {
		press(FileConflictBar.TAKE_FILE);

		assertFalse(editor.hasFileConflict());
		assertEquals(onDisk, editor.session().text(), "the editor shows the file's version");
		assertFalse(editor.isDirty(), "nothing is left unsaved");
		assertEquals(unsaved, FileText.read(beside("unsaved")), "the unsaved annotations are kept beside the file");
		assertEquals(onDisk, FileText.read(claims), "the file is untouched");
	}

	@Test
	void savingBeforeChoosingStillKeepsTheFilesVersionBesideIt() throws Exception {
		editor.doSave(null);

		assertEquals(unsaved, FileText.read(claims));
		assertEquals(onDisk, FileText.read(beside("on-disk")), "saving chose these annotations, and the file's version was kept");
		assertFalse(editor.hasFileConflict());
	}

	@Test
	void compareOpensBothVersionsSideBySideAndTheBarWaits() throws Exception {
		press(FileConflictBar.COMPARE);

		assertTrue(Workbench.page().getActiveEditor().getEditorInput() instanceof VersionsCompareInput,
				"a compare editor shows the two versions");
		assertTrue(editor.hasFileConflict(), "comparing chooses nothing");
		assertFalse(beside("on-disk").exists());
		assertFalse(beside("unsaved").exists());
	}
}
