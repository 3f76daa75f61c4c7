package org.claimbench.workspace.internal.model;

import java.io.IOException;
import java.util.function.Consumer;
import java.util.function.Function;

import org.claimbench.dsl.source.SourceLoad;
import org.claimbench.dsl.source.SourceProblem;
import org.claimbench.dsl.source.SourceTexts;
import org.claimbench.model.claims.Document;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ListenerList;
import org.eclipse.emf.ecore.change.ChangeDescription;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.resource.SaveOptions;
import org.eclipse.xtext.resource.XtextResource;

/**
 * One open annotation document: the live model parsed from its DSL text, and the source text it annotates.
 * Edits change the model in place and are recorded for undo; the DSL text is written from the model by the
 * serializer and formatter only when someone asks for it (save, validation), once per state of the model.
 * <p>
 * Model changes happen on the UI thread; {@link #text()} may be called from a background job. Both hold
 * the session's lock, so the serializer never reads a model that is being changed.
 */
public final class AnnotationSession {

	private final IFile file;
	private final XtextResource resource;
	private final Object lock = new Object();
	private volatile SourceLoad source;
	private final ListenerList<Consumer<AnnotationDelta>> deltaListeners = new ListenerList<>();
	private DeltaRecorder recorder;
	private volatile ModelState state;
	private volatile ModelState savedState;
	private volatile String savedText;

	private AnnotationSession(IFile file, XtextResource resource, String text) {
		this.file = file;
		this.resource = resource;
		this.state = new ModelState(text);
		this.savedState = state;
		this.savedText = text;
		reloadSource();
	}

	public static AnnotationSession open(IFile file) throws CoreException, IOException {
		String text = FileText.read(file);
		return new AnnotationSession(file, new ProjectModelLoader().load(file, text), text);
	}

	public IFile file() {
		return file;
	}

	/** The document's root, or null when the text does not even start like a document. */
	public Document document() {
		return resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof Document document)
				? null
				: document;
	}

	/** The source text as last loaded; empty when it could not be loaded. */
	public String sourceText() {
		return source.isLoaded() ? source.text().text() : "";
	}

	/** Why the source text could not be shown, or null. */
	public String sourceProblem() {
		return source.isLoaded() ? null : source.message();
	}

	/**
	 * Loads the source text again, through the loader validation and the command line use, so the editor
	 * refuses what they refuse (paths leaving the document's folder, text that is not UTF-8).
	 */
	public SourceLoad reloadSource() {
		Document document = document();
		source = document == null ? SourceLoad.failed(null, SourceProblem.NOT_DECLARED,
				"The annotation document names no source text.") : SourceTexts.load(document);
		return source;
	}

	/**
	 * The DSL text of the model as it is now: the file's text until the first edit, then what the serializer
	 * writes, formatted. Written at most once per state of the model.
	 */
	public String text() {
		synchronized (lock) {
			ModelState current = state;
			if (current.text == null) {
				current.text = resource.getSerializer().serialize(document(), SaveOptions.newBuilder().format().getOptions());
			}
			return current.text;
		}
	}

	/**
	 * Reads the live model from any thread, under the session's lock, so no edit changes it meanwhile; the reader
	 * must be quick (the UI thread waits for it when it edits) and must not change the model.
	 */
	public <T> T read(Function<XtextResource, T> reader) {
		synchronized (lock) {
			return reader.apply(resource);
		}
	}

	/** The DSL text of the model as it is now if it has been written already, else null; never serializes. */
	public String writtenText() {
		return state.text;
	}

	/** The text as the .claims file holds it. */
	public String savedText() {
		return savedText;
	}

	public boolean isDirty() {
		return state != savedState;
	}

	/**
	 * Applies an edit to the live model and records it; an edit that fails half-way is reversed and its error
	 * thrown. A document with syntax errors is refused as a whole. Call {@link #done(RecordedEdit)} once the
	 * edit is on the operation history.
	 */
	public RecordedEdit record(Consumer<Document> edit) {
		if (resource.getParseResult() != null && resource.getParseResult().hasSyntaxErrors()) {
			// The serializer writes only what parsed: editing now would silently drop the broken part.
			throw new IllegalStateException(file.getName() + " has syntax errors (see the Problems view); fix them first");
		}
		synchronized (lock) {
			if (recorder == null || recorder.document() != document()) {
				// A recorder stays attached to the whole model: attaching it per edit cost tens of ms at 10k anchors.
				if (recorder != null) {
					recorder.dispose();
				}
				recorder = new DeltaRecorder(document());
			}
			recorder.begin();
			try {
				edit.accept(document());
			} catch (RuntimeException e) {
				recorder.endRecording().apply();
				throw e;
			}
			ChangeDescription change = recorder.endRecording();
			AnnotationDelta delta = recorder.delta();
			return new RecordedEdit(change, delta, state, delta.isEmpty() ? state : new ModelState(null));
		}
	}

	/** The recorded edit is the model's state now; listeners hear of it. */
	public void done(RecordedEdit edit) {
		state = edit.stateAfter;
		changed(edit.delta);
	}

	/** Reverses an edit that never reached the operation history; nobody heard of it, so nobody is told. */
	public void discard(RecordedEdit edit) {
		synchronized (lock) {
			edit.change.applyAndReverse();
			state = edit.stateBefore;
		}
	}

	public void undo(RecordedEdit edit) {
		synchronized (lock) {
			edit.change.applyAndReverse();
			state = edit.stateBefore;
		}
		changed(edit.delta.inverse());
	}

	public void redo(RecordedEdit edit) {
		synchronized (lock) {
			edit.change.applyAndReverse();
			state = edit.stateAfter;
		}
		changed(edit.delta);
	}

	/**
	 * Replaces the DSL text and reparses it, a new model altogether; listeners hear of it. Text that is what the
	 * file holds leaves nothing unsaved.
	 */
	public void replaceText(String newText) {
		synchronized (lock) {
			try {
				resource.reparse(newText);
			} catch (IOException e) {
				throw new IllegalStateException("Reparsing " + file.getFullPath() + " failed", e);
			}
			EcoreUtil.resolveAll(resource);
			state = new ModelState(newText);
			if (newText.equals(savedText)) {
				savedState = state;
			}
		}
		changed(AnnotationDelta.EVERYTHING);
	}

	private void changed(AnnotationDelta delta) {
		deltaListeners.forEach(listener -> listener.accept(delta));
	}

	/**
	 * The file now holds the given text, written through the shared text buffer; when it is the model's text,
	 * nothing is unsaved any more.
	 */
	public void saved(String written) {
		savedText = written;
		if (written.equals(state.text)) {
			savedState = state;
		}
		changed(AnnotationDelta.NOTHING);
	}

	/**
	 * Takes the file's contents when they changed on disk (another editor saved it). Unsaved edits here
	 * are kept and the result says so; our own saves find nothing new.
	 */
	public Reload reloadFromDisk() throws CoreException, IOException {
		String onDisk = FileText.read(file);
		if (onDisk.equals(savedText)) {
			return Reload.UNCHANGED;
		}
		if (onDisk.equals(state.text)) {
			// The other editor saved the text both share: the edits here are in the file now.
			saved(onDisk);
			return Reload.SAVED_ELSEWHERE;
		}
		if (isDirty()) {
			savedText = onDisk;
			// No state of this model is what the file now holds.
			savedState = new ModelState(onDisk);
			return Reload.KEPT_UNSAVED_EDITS;
		}
		savedText = onDisk;
		replaceText(onDisk);
		savedState = state;
		return Reload.RELOADED;
	}

	/** Drops the unsaved edits for the text the file held when it was last read, as a revert does. */
	public void takeFileVersion() {
		if (!isDirty()) {
			return;
		}
		replaceText(savedText);
		savedState = state;
	}

	/** What {@link #reloadFromDisk()} did. */
	public enum Reload {
		UNCHANGED, RELOADED, SAVED_ELSEWHERE, KEPT_UNSAVED_EDITS
	}

	/** Hears what each change of the model touched; a save is an empty change. */
	public void addDeltaListener(Consumer<AnnotationDelta> listener) {
		deltaListeners.add(listener);
	}

	public void removeDeltaListener(Consumer<AnnotationDelta> listener) {
		deltaListeners.remove(listener);
	}
}
