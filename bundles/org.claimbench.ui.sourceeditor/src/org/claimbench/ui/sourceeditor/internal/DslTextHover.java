package org.claimbench.ui.sourceeditor.internal;

import java.io.IOException;
import java.util.Iterator;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextHover;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.Region;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.ui.texteditor.MarkerAnnotation;

/**
 * Hover over a name in the source editor: the language's ide hover service says what it denotes, with the
 * schema's description for kinds, attributes, enum members and actor kinds, as the language server does.
 * Over a problem marker it says nothing, and the Generic Editor's marker hover shows the problem instead.
 */
public final class DslTextHover implements ITextHover {

	@Override
	public String getHoverInfo(ITextViewer viewer, IRegion region) {
		IFile file = SourceDocuments.fileOf(viewer.getDocument());
		if (file == null || onMarker(viewer, region.getOffset())) {
			return null;
		}
		try {
			String text = LanguageServices.on(file, viewer.getDocument().get()).hover(region.getOffset());
			return text.isEmpty() ? null : MarkdownText.plain(text);
		} catch (CoreException | IOException | RuntimeException e) {
			return null;
		}
	}

	private static boolean onMarker(ITextViewer viewer, int offset) {
		IAnnotationModel model = viewer instanceof ISourceViewer source ? source.getAnnotationModel() : null;
		if (model == null) {
			return false;
		}
		for (Iterator<Annotation> it = model.getAnnotationIterator(); it.hasNext();) {
			Annotation annotation = it.next();
			Position position = model.getPosition(annotation);
			if (annotation instanceof MarkerAnnotation && position != null && position.includes(offset)) {
				return true;
			}
		}
		return false;
	}

	@Override
	public IRegion getHoverRegion(ITextViewer viewer, int offset) {
		return new Region(offset, 0);
	}
}
