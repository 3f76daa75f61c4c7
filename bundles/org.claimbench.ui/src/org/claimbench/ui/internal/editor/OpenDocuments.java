package org.claimbench.ui.internal.editor;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.claimbench.model.claims.Claim;
import org.claimbench.model.claims.Document;
import org.claimbench.model.claims.DocumentElement;
import org.claimbench.workspace.internal.model.AnnotationSession;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.ide.IDE;

/**
 * The annotation editors of a page, as the views that read a whole project see them: the unsaved documents to
 * read instead of their files, and the way to show one claim or actor in its statement's editor.
 */
public final class OpenDocuments {

	private OpenDocuments() {
	}

	/** The sessions of the project's annotation editors that hold unsaved edits, by file; call on the UI thread. */
	public static Map<IFile, AnnotationSession> unsaved(IWorkbenchPage page, IProject project) {
		Map<IFile, AnnotationSession> sessions = new LinkedHashMap<>();
		for (IEditorReference reference : page.getEditorReferences()) {
			if (reference.getEditor(false) instanceof AnnotationEditor editor && editor.isDirty()
					&& editor.session().file().getProject().equals(project)) {
				sessions.put(editor.session().file(), editor.session());
			}
		}
		return sessions;
	}

	/** Their texts, written now; may be called from a job (each session writes under its own lock). */
	public static Map<IFile, String> texts(Map<IFile, AnnotationSession> sessions) {
		Map<IFile, String> texts = new LinkedHashMap<>();
		sessions.forEach((file, session) -> texts.put(file, session.text()));
		return texts;
	}

	/**
	 * Opens (or brings up) the file's annotation editor and selects the element of that name and type there, so
	 * that the Claims view and the detail panel show it. Returns the editor, or null when the file has no such element.
	 */
	public static AnnotationEditor reveal(IWorkbenchPage page, IFile file, Class<? extends DocumentElement> type, String name)
			throws PartInitException {
		AnnotationEditor editor = (AnnotationEditor) IDE.openEditor(page, file, AnnotationEditor.ID);
		DocumentElement element = named(editor.session().document(), type, name);
		if (element != null) {
			editor.select(element);
		}
		return element == null ? null : editor;
	}

	/** The document's claim or actor of that name, or null. */
	public static DocumentElement named(Document document, Class<? extends DocumentElement> type, String name) {
		if (document == null || name == null) {
			return null;
		}
		List<? extends DocumentElement> elements = type == Claim.class ? document.getClaims() : document.getActors();
		for (DocumentElement element : elements) {
			if (name.equals(element.getName())) {
				return element;
			}
		}
		return null;
	}
}
