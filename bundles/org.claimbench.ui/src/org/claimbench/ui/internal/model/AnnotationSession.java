package org.claimbench.ui.internal.model;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

import org.claimbench.model.claims.Document;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.ListenerList;
import org.eclipse.core.runtime.Path;
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
	private final String sourceText;
	private final String sourceProblem;
	private final ListenerList<Runnable> listeners = new ListenerList<>();
	private volatile String text;
	private volatile String savedText;

	private AnnotationSession(IFile file, XtextResource resource, String text) {
		this.file = file;
		this.resource = resource;
		this.text = text;
		this.savedText = text;
		String problem = null;
		String source = "";
		Document document = document();
		if (document == null || document.getSource() == null) {
			problem = "The annotation document names no source text.";
		} else {
			IFile sourceFile = file.getParent().getFile(new Path(document.getSource()));
			try {
				source = FileText.read(sourceFile);
			} catch (CoreException | IOException e) {
				problem = "Cannot read the source text " + sourceFile.getFullPath() + ": " + e.getMessage();
			}
		}
		this.sourceText = source;
		this.sourceProblem = problem;
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

	public String sourceText() {
		return sourceText;
	}

	/** Why the source text could not be shown, or null. */
	public String sourceProblem() {
		return sourceProblem;
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

	public void addChangeListener(Runnable listener) {
		listeners.add(listener);
	}

	public void removeChangeListener(Runnable listener) {
		listeners.remove(listener);
	}
}
