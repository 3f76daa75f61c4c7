package org.claimbench.ui.sourceeditor.internal;

import java.io.IOException;
import java.util.Iterator;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.text.DefaultInformationControl;
import org.eclipse.jface.text.IInformationControlCreator;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextHover;
import org.eclipse.jface.text.ITextHoverExtension;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.Region;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.swt.SWT;
import org.eclipse.ui.editors.text.EditorsUI;
import org.eclipse.ui.texteditor.MarkerAnnotation;

/**
 * Hover over a name in the source editor: the language's ide hover service says what it denotes, with the
 * schema's description for kinds, attributes, enum members and actor kinds, as the language server does.
 * Over a problem marker it says nothing, and the Generic Editor's marker hover shows the problem instead.
 */
public final class DslTextHover implements ITextHover, ITextHoverExtension {

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

	/**
	 * The platform's information control, given the tooltip colours explicitly: without a theme the Generic Editor's
	 * default hover was drawn with no background over the text beneath it.
	 */
	@Override
	public IInformationControlCreator getHoverControlCreator() {
		return parent -> {
			// No presenter: the hover text is plain, with its line breaks (the default presenter reads it as HTML).
			DefaultInformationControl control = new DefaultInformationControl(parent, EditorsUI.getTooltipAffordanceString(),
					(DefaultInformationControl.IInformationPresenter) null);
			control.setBackgroundColor(parent.getDisplay().getSystemColor(SWT.COLOR_INFO_BACKGROUND));
			control.setForegroundColor(parent.getDisplay().getSystemColor(SWT.COLOR_INFO_FOREGROUND));
			return control;
		};
	}

	@Override
	public IRegion getHoverRegion(ITextViewer viewer, int offset) {
		return new Region(offset, 0);
	}
}
