package org.claimbench.ui.sourceeditor.internal;

import org.claimbench.workspace.internal.validation.SavedFileValidationJob;
import org.eclipse.core.filebuffers.FileBuffers;
import org.eclipse.core.filebuffers.ITextFileBuffer;
import org.eclipse.core.filebuffers.ITextFileBufferManager;
import org.eclipse.core.filebuffers.LocationKind;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.Status;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.ui.statushandlers.StatusManager;

/**
 * A quick fix's edit of the marked text, made in the file's shared text buffer: an open source editor shows
 * the change (and keeps it unsaved if it had unsaved edits); otherwise the file is saved and validated again.
 */
final class MarkedFileEdit {

	/** Changes the document around the marked region [start, end); throws when the text no longer fits. */
	interface Edit {
		void apply(IDocument document, int start, int end) throws BadLocationException, CoreException;
	}

	private MarkedFileEdit() {
	}

	/** @param what what the fix does, for the message when the file changed since it was checked */
	static void run(IMarker marker, String what, Edit edit) {
		if (!(marker.getResource() instanceof IFile file)) {
			return;
		}
		IPath path = file.getFullPath();
		ITextFileBufferManager buffers = FileBuffers.getTextFileBufferManager();
		try {
			buffers.connect(path, LocationKind.IFILE, null);
			try {
				ITextFileBuffer buffer = buffers.getTextFileBuffer(path, LocationKind.IFILE);
				boolean hadUnsavedEdits = buffer.isDirty();
				edit.apply(buffer.getDocument(), marker.getAttribute(IMarker.CHAR_START, -1), marker.getAttribute(IMarker.CHAR_END, -1));
				if (!hadUnsavedEdits) {
					buffer.commit(null, true);
					new SavedFileValidationJob(file).schedule();
				}
			} finally {
				buffers.disconnect(path, LocationKind.IFILE, null);
			}
		} catch (CoreException e) {
			StatusManager.getManager().handle(e.getStatus(), StatusManager.SHOW | StatusManager.LOG);
		} catch (BadLocationException e) {
			StatusManager.getManager().handle(Status.error(what + " was not done: " + file.getName()
					+ " changed since it was checked.", e), StatusManager.SHOW | StatusManager.LOG);
		}
	}

	static CoreException changed(IFile file, String what, String found) {
		return new CoreException(Status.error(what + " was not done: " + file.getName()
				+ " changed since it was checked (found \"" + found + "\")."));
	}
}
