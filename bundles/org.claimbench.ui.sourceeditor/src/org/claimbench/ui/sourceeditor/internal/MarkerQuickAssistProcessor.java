package org.claimbench.ui.sourceeditor.internal;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.eclipse.core.resources.IMarker;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.quickassist.IQuickAssistInvocationContext;
import org.eclipse.jface.text.quickassist.IQuickAssistProcessor;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.ui.IMarkerResolution;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.texteditor.MarkerAnnotation;

/**
 * Quick Fix (Ctrl+1) in the source editor: proposes the marker resolutions the Problems view offers, for the
 * markers on the caret's line. The Generic Editor's own processor already proposes those of a marker whose
 * text holds the caret; this one adds the others on the line, so that the caret may be anywhere on it.
 */
public final class MarkerQuickAssistProcessor implements IQuickAssistProcessor {

	@Override
	public String getErrorMessage() {
		return null;
	}

	@Override
	public boolean canFix(Annotation annotation) {
		return annotation instanceof MarkerAnnotation marker && !annotation.isMarkedDeleted()
				&& IDE.getMarkerHelpRegistry().hasResolutions(marker.getMarker());
	}

	@Override
	public boolean canAssist(IQuickAssistInvocationContext context) {
		return false;
	}

	@Override
	public ICompletionProposal[] computeQuickAssistProposals(IQuickAssistInvocationContext context) {
		List<ICompletionProposal> proposals = new ArrayList<>();
		for (IMarker marker : markersOnLine(context.getSourceViewer(), context.getOffset())) {
			for (IMarkerResolution resolution : IDE.getMarkerHelpRegistry().getResolutions(marker)) {
				proposals.add(new MarkerResolutionProposal(marker, resolution));
			}
		}
		return proposals.toArray(ICompletionProposal[]::new);
	}

	/** The markers whose text, as the editor shows it now, touches the offset's line. */
	private List<IMarker> markersOnLine(ISourceViewer viewer, int offset) {
		IAnnotationModel model = viewer.getAnnotationModel();
		List<IMarker> markers = new ArrayList<>();
		if (model == null || offset < 0) {
			return markers;
		}
		IRegion line;
		try {
			line = viewer.getDocument().getLineInformationOfOffset(offset);
		} catch (BadLocationException e) {
			return markers;
		}
		for (Iterator<Annotation> it = model.getAnnotationIterator(); it.hasNext();) {
			Annotation annotation = it.next();
			Position position = model.getPosition(annotation);
			if (canFix(annotation) && position != null && !position.isDeleted()
					&& position.getOffset() <= line.getOffset() + line.getLength()
					&& position.getOffset() + position.getLength() >= line.getOffset()
					&& !offeredByTheGenericEditor(position, offset)) {
				markers.add(((MarkerAnnotation) annotation).getMarker());
			}
		}
		return markers;
	}

	/** The Generic Editor proposes a marker's fixes when the caret lies in its text (or on its line, for a marker without text). */
	private static boolean offeredByTheGenericEditor(Position position, int offset) {
		return position.getLength() == 0 || (offset >= position.getOffset() && offset <= position.getOffset() + position.getLength());
	}
}
