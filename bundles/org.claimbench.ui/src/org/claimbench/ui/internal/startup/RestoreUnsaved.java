package org.claimbench.ui.internal.startup;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Predicate;

import org.claimbench.ui.internal.editor.AnnotationEditor;
import org.claimbench.ui.internal.editor.BesideCopy;
import org.claimbench.workspace.internal.model.FileText;
import org.claimbench.workspace.internal.model.UnsavedJournal;
import org.claimbench.workspace.internal.model.UnsavedJournal.Entry;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Path;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.ide.IDE;

/**
 * At start, after a workbench that did not close (killed, crashed), offers the unsaved annotations it had kept.
 * Restored text opens in the annotation editor as unsaved edits. A file that changed on disk since its edits
 * began is never overwritten: its kept text is written beside it ({@code NAME.claims.recovered}) instead.
 */
public final class RestoreUnsaved implements Runnable {

	private static final String RESTORED = ": restored as unsaved annotations";

	private final UnsavedJournal journal;
	private final Predicate<List<String>> userRestores;
	private final Consumer<List<String>> tellUser;
	/** What happened to each kept file, one line each, told to the user unless all were restored. */
	private final List<String> report = new ArrayList<>();

	public RestoreUnsaved() {
		this(UnsavedJournal.ofWorkspace(), RestoreUnsaved::ask, RestoreUnsaved::tell);
	}

	/** {@code userRestores} is asked once with the kept files; {@code tellUser} hears what was done, when not all restored. */
	public RestoreUnsaved(UnsavedJournal journal, Predicate<List<String>> userRestores, Consumer<List<String>> tellUser) {
		this.journal = journal;
		this.userRestores = userRestores;
		this.tellUser = tellUser;
	}

	@Override
	public void run() {
		List<Entry> entries = journal.entries();
		if (entries.isEmpty()) {
			return;
		}
		boolean restore = userRestores.test(entries.stream().map(Entry::fullPath).toList());
		for (Entry entry : entries) {
			try {
				if (!restore || restore(entry)) {
					journal.remove(entry);
				}
			} catch (IOException | CoreException e) {
				ILog.of(getClass()).warn("Cannot restore the unsaved annotations of " + entry.fullPath(), e);
				report.add(entry.fullPath() + ": could not be restored (" + e.getMessage() + "); kept for a later start");
			}
		}
		if (restore && !report.stream().allMatch(line -> line.endsWith(RESTORED))) {
			tellUser.accept(report);
		}
	}

	private boolean restore(Entry entry) throws IOException, CoreException {
		IFile file = ResourcesPlugin.getWorkspace().getRoot().getFile(new Path(entry.fullPath()));
		if (!file.exists()) {
			report.add(entry.fullPath() + ": the file is gone; its unsaved annotations stay kept for a later start");
			return false;
		}
		if (!UnsavedJournal.editedFrom(entry, FileText.read(file))) {
			IFile copy = BesideCopy.write(file, "recovered", entry.text());
			report.add(entry.fullPath() + ": changed on disk since; the unsaved annotations are in " + copy.getName());
			return true;
		}
		IWorkbenchPage page = FirstStart.page();
		if (page == null) {
			return false;
		}
		AnnotationEditor editor = (AnnotationEditor) IDE.openEditor(page, file, AnnotationEditor.ID);
		editor.restoreUnsaved(entry.text());
		report.add(entry.fullPath() + RESTORED);
		return true;
	}

	private static void tell(List<String> report) {
		MessageDialog.openInformation(null, "Restore Unsaved Annotations", String.join("\n", report));
	}

	private static boolean ask(List<String> files) {
		return MessageDialog.open(MessageDialog.QUESTION, null, "Restore Unsaved Annotations",
				"ClaimBench did not close properly last time. Unsaved annotations were kept for:\n\n  "
						+ String.join("\n  ", files) + "\n\nRestore them? They open as unsaved edits; a file that changed "
						+ "since gets them in a copy beside it instead.",
				0, "Restore", "Discard") == 0;
	}
}
