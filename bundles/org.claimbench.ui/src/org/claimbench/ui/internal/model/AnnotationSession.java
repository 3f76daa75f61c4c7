package org.claimbench.ui.internal.model;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

import org.claimbench.dsl.source.SourceLoad;
import org.claimbench.dsl.source.SourceProblem;
import org.claimbench.dsl.source.SourceTexts;
import org.claimbench.model.claims.Document;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.ListenerList;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.resource.SaveOptions;
import org.eclipse.xtext.resource.XtextResource;

/**
 * One open annotation document: its DSL text as last written by the serializer, the model parsed from it,
 * and the source text it annotates. Every change replaces the text and reparses it, so the model never
 * drifts from what Save writes.
 */
public final class AnnotationSession {

	private final IFile file;
	private final XtextResource resource;
	private volatile SourceLoad source;
	private final ListenerList<Runnable> listeners = new ListenerList<>();
	private volatile String text;
	private volatile String savedText;

	private AnnotationSession(IFile file, XtextResource resource, String text) {
		this.file = file;
		this.resource = resource;
		this.text = text;
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

	public String text() {
		return text;
	}

	/** The text as the .claims file holds it. */
	public String savedText() {
		return savedText;
	}

	public boolean isDirty() {
		return !text.equals(savedText);
	}

	/**
	 * Applies an edit to the model and returns the DSL text the serializer writes for it, formatted. When the
	 * serializer refuses the edited model, the model is restored from the current text and the error thrown.
	 * A document with syntax errors is refused as a whole.
	 */
	public String textAfter(Consumer<Document> edit) {
		if (resource.getParseResult() != null && resource.getParseResult().hasSyntaxErrors()) {
			// The serializer writes only what parsed: editing now would silently drop the broken part.
			throw new IllegalStateException(file.getName() + " has syntax errors (see the Problems view); fix them first");
		}
		try {
			edit.accept(document());
			return resource.getSerializer().serialize(document(), SaveOptions.newBuilder().format().getOptions());
		} catch (RuntimeException e) {
			replaceText(text);
			throw e;
		}
	}

	/** Replaces the DSL text and reparses it; listeners hear of it. */
	public void replaceText(String newText) {
		text = newText;
		try {
			resource.reparse(newText);
		} catch (IOException e) {
			throw new IllegalStateException("Reparsing " + file.getFullPath() + " failed", e);
		}
		EcoreUtil.resolveAll(resource);
		listeners.forEach(Runnable::run);
	}

	public void save(IProgressMonitor monitor) throws CoreException {
		file.setContents(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
				IResource.FORCE | IResource.KEEP_HISTORY, monitor);
		savedText = text;
		listeners.forEach(Runnable::run);
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
		if (isDirty()) {
			savedText = onDisk;
			return Reload.KEPT_UNSAVED_EDITS;
		}
		savedText = onDisk;
		replaceText(onDisk);
		return Reload.RELOADED;
	}

	/** What {@link #reloadFromDisk()} did. */
	public enum Reload {
		UNCHANGED, RELOADED, KEPT_UNSAVED_EDITS
	}

	public void addChangeListener(Runnable listener) {
		listeners.add(listener);
	}

	public void removeChangeListener(Runnable listener) {
		listeners.remove(listener);
	}
}
