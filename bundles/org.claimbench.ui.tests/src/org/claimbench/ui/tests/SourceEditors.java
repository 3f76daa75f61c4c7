package org.claimbench.ui.tests;

import java.util.Arrays;
import java.util.List;

import org.claimbench.ui.sourceeditor.internal.SourceEditor;
import org.claimbench.workspace.internal.validation.ProblemMarkers;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.ui.ide.IDE;

/** Opening files in the ClaimBench Source Editor and waiting for what its background check shows. */
final class SourceEditors {

	private SourceEditors() {
	}

	static SourceEditor open(IFile file) throws Exception {
		String id = "claims".equals(file.getFileExtension()) ? SourceEditor.CLAIMS_ID : SourceEditor.ID;
		SourceEditor editor = (SourceEditor) IDE.openEditor(Workbench.page(), file, id);
		settle(editor);
		return editor;
	}

	/** Waits for the markers, colours and outline of the editor's current text. */
	static void settle(SourceEditor editor) throws InterruptedException {
		Workbench.flush();
		editor.awaitAnalysis();
		Workbench.flush();
	}

	static IDocument document(SourceEditor editor) {
		return editor.getDocumentProvider().getDocument(editor.getEditorInput());
	}

	static List<IMarker> markersWithCode(IFile file, String code) throws CoreException {
		return Arrays.stream(file.findMarkers(ProblemMarkers.TYPE, true, IResource.DEPTH_ZERO))
				.filter(marker -> code.equals(marker.getAttribute(ProblemMarkers.CODE, ""))).toList();
	}
}
