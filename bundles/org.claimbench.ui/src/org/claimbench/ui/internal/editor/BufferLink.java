package org.claimbench.ui.internal.editor;

import org.claimbench.workspace.internal.model.AnnotationSession;
import org.eclipse.core.filebuffers.FileBuffers;
import org.eclipse.core.filebuffers.IFileBuffer;
import org.eclipse.core.filebuffers.IFileBufferListener;
import org.eclipse.core.filebuffers.ITextFileBuffer;
import org.eclipse.core.filebuffers.ITextFileBufferManager;
import org.eclipse.core.filebuffers.LocationKind;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.DocumentEvent;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IDocumentListener;
import org.eclipse.swt.widgets.Display;

/**
 * Keeps an annotation session and its file's shared text buffer (the document the source editor edits) in
 * agreement before anything is saved: the session's text goes into the buffer once it has been written,
 * text typed into the buffer comes back into the session after a pause, and saving commits the buffer, so
 * both editors show, and write, the same text.
 * <p>
 * Everything but the buffer's own notifications runs on the UI thread.
 */
final class BufferLink {

	/** Typing in quick succession is parsed once, after the last key. */
	static final int TAKE_DELAY_MILLIS = 400;

	private final AnnotationSession session;
	private final Display display;
	private final Runnable taken;
	private final Runnable dirtyChanged;
	private final IPath path;
	private final ITextFileBuffer buffer;
	private final IDocument document;
	private final Runnable take = this::takeTyped;
	private final DocumentChanges documentChanges = new DocumentChanges();
	private final BufferChanges bufferChanges = new BufferChanges();
	/** Our own replace is under way: the document change it makes is not typing. */
	private boolean pushing;
	/**
	 * A clean buffer takes the file's new contents: not typing either, the session reloads from the file itself.
	 * A dirty one being reverted is the user dropping the shared text, which the session takes like typing.
	 */
	private volatile boolean reloading;
	/** Text was typed into the buffer and the session has not taken it yet. */
	private boolean typed;
	private boolean disposed;

	private BufferLink(AnnotationSession session, Display display, Runnable taken, Runnable dirtyChanged,
			ITextFileBuffer buffer) {
		this.session = session;
		this.display = display;
		this.taken = taken;
		this.dirtyChanged = dirtyChanged;
		this.path = session.file().getFullPath();
		this.buffer = buffer;
		this.document = buffer.getDocument();
	}

	/**
	 * Connects to the file's buffer, shared with every text editor open on the file. {@code taken} runs after the
	 * session took typed text, {@code dirtyChanged} when the buffer becomes dirty or clean.
	 */
	static BufferLink connect(AnnotationSession session, Display display, Runnable taken, Runnable dirtyChanged)
			throws CoreException {
		ITextFileBufferManager manager = FileBuffers.getTextFileBufferManager();
		IPath path = session.file().getFullPath();
		manager.connect(path, LocationKind.IFILE, null);
		BufferLink link = new BufferLink(session, display, taken, dirtyChanged, manager.getTextFileBuffer(path, LocationKind.IFILE));
		link.document.addDocumentListener(link.documentChanges);
		manager.addFileBufferListener(link.bufferChanges);
		return link;
	}

	/** Whether the buffer holds text the file does not. */
	boolean isBufferDirty() {
		return buffer.isDirty();
	}

	/**
	 * Puts the session's text into the buffer if it is written already (so this never serializes) and typed text
	 * is not waiting to be taken (which would be overwritten).
	 */
	void pushWritten() {
		String text = session.writtenText();
		if (disposed || typed || text == null) {
			return;
		}
		String current = document.get();
		if (!current.equals(text)) {
			replaceDifference(current, text);
		}
		if (!session.isDirty() && buffer.isDirty() && text.equals(session.savedText())) {
			// Undone back to what the file holds: the source editor must not offer to save it.
			buffer.setDirty(false);
		}
	}

	/** Replaces only the stretch between the common start and end, so the source editor keeps its caret and undo. */
	private void replaceDifference(String current, String text) {
		int shorter = Math.min(current.length(), text.length());
		int start = 0;
		while (start < shorter && current.charAt(start) == text.charAt(start)) {
			start++;
		}
		int tail = 0;
		while (tail < shorter - start && current.charAt(current.length() - 1 - tail) == text.charAt(text.length() - 1 - tail)) {
			tail++;
		}
		pushing = true;
		try {
			document.replace(start, current.length() - tail - start, text.substring(start, text.length() - tail));
		} catch (BadLocationException e) {
			throw new IllegalStateException("The offsets were computed from the document's own text", e);
		} finally {
			pushing = false;
		}
	}

	/** Whether text typed in another editor waits for its pause before the session takes it. */
	boolean hasTypedText() {
		return typed && !disposed;
	}

	/** Gives the session the text typed into the buffer, now rather than after the pause. */
	void takeTyped() {
		if (disposed || !typed) {
			return;
		}
		typed = false;
		display.timerExec(-1, take);
		String text = document.get();
		if (text.equals(session.writtenText())) {
			return;
		}
		session.replaceText(text);
		taken.run();
	}

	/**
	 * Writes the session's text to the file through the buffer, so every editor on it becomes clean together.
	 * Typed text not taken yet is taken first: it is the newest.
	 */
	void save(IProgressMonitor monitor) throws CoreException {
		takeTyped();
		String text = session.text();
		pushWritten();
		if (!document.get().equals(session.savedText()) && !buffer.isDirty()) {
			// The buffer read the file before it changed on disk; writing the same text must still reach the file.
			buffer.setDirty(true);
		}
		if (buffer.isDirty()) {
			buffer.commit(monitor, true);
		}
		session.saved(text);
	}

	void disconnect() {
		if (disposed) {
			return;
		}
		disposed = true;
		display.timerExec(-1, take);
		document.removeDocumentListener(documentChanges);
		ITextFileBufferManager manager = FileBuffers.getTextFileBufferManager();
		manager.removeFileBufferListener(bufferChanges);
		try {
			manager.disconnect(path, LocationKind.IFILE, null);
		} catch (CoreException e) {
			ILog.of(getClass()).warn("Cannot release the text buffer of " + path, e);
		}
	}

	private void onUiThread(Runnable runnable) {
		if (Display.getCurrent() == display) {
			runnable.run();
		} else if (!display.isDisposed()) {
			display.asyncExec(runnable);
		}
	}

	private final class DocumentChanges implements IDocumentListener {

		@Override
		public void documentAboutToBeChanged(DocumentEvent event) {
		}

		@Override
		public void documentChanged(DocumentEvent event) {
			if (pushing || reloading) {
				return;
			}
			onUiThread(() -> {
				if (!disposed) {
					typed = true;
					display.timerExec(TAKE_DELAY_MILLIS, take);
				}
			});
		}
	}

	private final class BufferChanges implements IFileBufferListener {

		@Override
		public void bufferContentAboutToBeReplaced(IFileBuffer changed) {
			if (changed == buffer) {
				reloading = !changed.isDirty();
			}
		}

		@Override
		public void bufferContentReplaced(IFileBuffer changed) {
			if (changed == buffer) {
				reloading = false;
			}
		}

		@Override
		public void dirtyStateChanged(IFileBuffer changed, boolean isDirty) {
			if (changed == buffer) {
				onUiThread(() -> {
					if (!disposed) {
						dirtyChanged.run();
					}
				});
			}
		}

		@Override
		public void bufferCreated(IFileBuffer created) {
		}

		@Override
		public void bufferDisposed(IFileBuffer disposedBuffer) {
		}

		@Override
		public void stateChanging(IFileBuffer changing) {
		}

		@Override
		public void stateValidationChanged(IFileBuffer changed, boolean isStateValidated) {
		}

		@Override
		public void underlyingFileMoved(IFileBuffer moved, IPath target) {
		}

		@Override
		public void underlyingFileDeleted(IFileBuffer deleted) {
		}

		@Override
		public void stateChangeFailed(IFileBuffer failed) {
			if (failed == buffer) {
				// A reload that failed half-way must not leave typing ignored.
				reloading = false;
			}
		}
	}
}
