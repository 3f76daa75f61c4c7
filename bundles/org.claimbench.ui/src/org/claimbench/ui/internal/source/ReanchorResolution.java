package org.claimbench.ui.internal.source;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.Region;
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

	/** The digits of an {@code at N} written here, a quoted string or a quoting keyword before them. */
	private static final Pattern OFFSET = Pattern.compile("\\d+|(?:\\b(?:quote|mention)\\s+)?\"(?:[^\"\\\\]|\\\\.)*\"(\\s+at\\s+(\\d+))?");

	/**
	 * Where the new offset goes within the marked text: the marker covers the offset when there is one; when the
	 * offset is missing (the document does not parse there) it covers the anchor, and the offset is inserted after
	 * the quote (a region of length 0). Null when the text is neither.
	 */
	static IRegion offsetRegion(String marked) {
		Matcher matcher = OFFSET.matcher(marked);
		if (!matcher.lookingAt()) {
			return null;
		}
		if (matcher.group().matches("\\d+")) {
			return new Region(0, matcher.end());
		}
		if (matcher.group(2) != null) {
			return new Region(matcher.start(2), matcher.end(2) - matcher.start(2));
		}
		return new Region(matcher.end(), 0);
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
				IRegion offset = offsetRegion(old);
				if (offset == null) {
					throw new CoreException(Status.error("The quote was not re-anchored: " + file.getName()
							+ " changed since it was checked (found \"" + old + "\" where the quote was)."));
				}
				document.replace(start + offset.getOffset(), offset.getLength(),
						(offset.getLength() == 0 ? " at " : "") + newOffset);
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
