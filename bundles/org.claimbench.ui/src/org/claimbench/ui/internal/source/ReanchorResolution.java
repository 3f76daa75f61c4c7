package org.claimbench.ui.internal.source;

import org.claimbench.ui.internal.validation.SavedFileValidationJob;
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
import org.eclipse.ui.IMarkerResolution;
import org.eclipse.ui.statushandlers.StatusManager;

/**
 * Rewrites the {@code at N} offset of an anchor whose quote moved. It edits the file's shared text buffer, so an
 * open source editor shows the change (and keeps it unsaved if it had unsaved edits); otherwise it saves.
 */
final class ReanchorResolution implements IMarkerResolution {

	private final int newOffset;

	ReanchorResolution(int newOffset) {
		this.newOffset = newOffset;
	}

	@Override
	public String getLabel() {
		return "Re-anchor the quote at offset " + newOffset;
	}

	@Override
	public void run(IMarker marker) {
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
				IDocument document = buffer.getDocument();
				int start = marker.getAttribute(IMarker.CHAR_START, -1);
				int end = marker.getAttribute(IMarker.CHAR_END, -1);
				String old = document.get(start, end - start);
				if (!old.matches("\\d+")) {
					throw new CoreException(Status.error("The quote was not re-anchored: " + file.getName()
							+ " changed since it was checked (found \"" + old + "\" where the offset was)."));
				}
				document.replace(start, end - start, String.valueOf(newOffset));
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
			StatusManager.getManager().handle(Status.error("The quote was not re-anchored: " + file.getName()
					+ " changed since it was checked.", e), StatusManager.SHOW | StatusManager.LOG);
		}
	}
}
