package org.claimbench.ui.sourceeditor.internal;

import org.eclipse.core.filebuffers.FileBuffers;
import org.eclipse.core.filebuffers.ITextFileBuffer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.IPath;
import org.eclipse.jface.text.IDocument;

/**
 * The workspace file behind a document. The Generic Editor creates hovers, reconcilers and processors without
 * telling them which file they serve; the file buffer that holds the document knows.
 */
final class SourceDocuments {

	private SourceDocuments() {
	}

	/** The file whose buffer holds the document, or null (a document not opened from the workspace). */
	static IFile fileOf(IDocument document) {
		if (document == null) {
			return null;
		}
		ITextFileBuffer buffer = FileBuffers.getTextFileBufferManager().getTextFileBuffer(document);
		IPath location = buffer == null ? null : buffer.getLocation();
		if (location == null || location.segmentCount() < 2) {
			return null;
		}
		IFile file = ResourcesPlugin.getWorkspace().getRoot().getFile(location);
		return DslLanguage.of(file) == null ? null : file;
	}
}
