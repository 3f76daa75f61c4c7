package org.claimbench.workspace.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.claimbench.workspace.internal.model.UnsavedJournal;
import org.claimbench.workspace.internal.model.UnsavedJournal.Entry;
import org.eclipse.core.resources.IFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a workbench that dies leaves of an editor's unsaved text, and what the next start may offer back. */
class UnsavedJournalTest {

	@TempDir
	Path folder;

	@Test
	void theLastUnsavedTextOfAFileIsKeptWithWhatItWasEditedFrom() throws Exception {
		IFile file = FixtureProject.create("journal", FixtureProject.document());
		UnsavedJournal journal = new UnsavedJournal(folder);
		String saved = FixtureProject.document();
		journal.record(file, saved + "// first pause\n", saved);
		journal.record(file, saved + "// second pause\n", saved);

		List<Entry> entries = journal.entries();
		assertEquals(1, entries.size(), "one entry per file, the latest");
		Entry entry = entries.get(0);
		assertEquals(file.getFullPath().toString(), entry.fullPath());
		assertEquals(saved + "// second pause\n", entry.text());
		assertTrue(UnsavedJournal.editedFrom(entry, saved), "the file still holds what the edits began from");
		assertFalse(UnsavedJournal.editedFrom(entry, saved + "changed by git\n"),
				"a file changed since is never silently overwritten by the entry");
	}

	@Test
	void aSavedFileLeavesNoEntryAndForeignFilesAreSkipped() throws Exception {
		IFile file = FixtureProject.create("journal-saved", FixtureProject.document());
		UnsavedJournal journal = new UnsavedJournal(folder);
		journal.record(file, "edited", FixtureProject.document());
		Files.writeString(folder.resolve("notes.unsaved"), "not a journal entry", StandardCharsets.UTF_8);
		assertEquals(1, journal.entries().size(), "only the journal's own entries count");

		journal.forget(file);
		assertEquals(List.of(), journal.entries());
	}

	@Test
	void aWorkspaceWithoutAJournalHasNothingToRestore() {
		assertEquals(List.of(), new UnsavedJournal(folder.resolve("never-written")).entries());
	}
}
