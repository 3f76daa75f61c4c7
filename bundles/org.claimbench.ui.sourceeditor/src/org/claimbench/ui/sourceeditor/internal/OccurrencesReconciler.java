package org.claimbench.ui.sourceeditor.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.reconciler.IReconciler;
import org.eclipse.jface.text.reconciler.IReconcilingStrategy;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.jface.text.source.IAnnotationModelExtension;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.jface.viewers.IPostSelectionProvider;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.SelectionChangedEvent;
import org.eclipse.swt.widgets.Display;

/**
 * Mark Occurrences: when the caret rests on a name, the language's document highlight service finds its
 * declaration and uses in the file, and they are marked as the Generic Editor marks occurrences.
 */
public final class OccurrencesReconciler implements IReconciler {

	/** The Generic Editor's annotation type for occurrences, with its colours and preference. */
	public static final String ANNOTATION_TYPE = "org.eclipse.ui.genericeditor.text";

	private ISourceViewer viewer;
	private Annotation[] marked = new Annotation[0];
	private final ISelectionChangedListener onCaret = this::caretMoved;
	private Job job;

	@Override
	public void install(ITextViewer textViewer) {
		if (textViewer instanceof ISourceViewer source && textViewer instanceof IPostSelectionProvider selections) {
			viewer = source;
			selections.addPostSelectionChangedListener(onCaret);
		}
	}

	@Override
	public void uninstall() {
		if (viewer instanceof IPostSelectionProvider selections) {
			selections.removePostSelectionChangedListener(onCaret);
		}
		if (job != null) {
			job.cancel();
		}
		viewer = null;
	}

	private void caretMoved(SelectionChangedEvent event) {
		if (!(event.getSelection() instanceof ITextSelection selection) || viewer == null) {
			return;
		}
		IDocument document = viewer.getDocument();
		IFile file = SourceDocuments.fileOf(document);
		if (file == null) {
			return;
		}
		String text = document.get();
		int offset = selection.getOffset();
		if (job != null) {
			job.cancel();
		}
		Display display = viewer.getTextWidget().getDisplay();
		job = Job.create("Marking occurrences in " + file.getName(), (IProgressMonitor monitor) -> {
			List<IRegion> regions;
			try {
				regions = LanguageServices.on(file, text).occurrences(offset);
			} catch (Exception e) {
				regions = List.of();
			}
			List<IRegion> found = regions;
			if (!monitor.isCanceled()) {
				display.asyncExec(() -> mark(document, text, found));
			}
			return Status.OK_STATUS;
		});
		job.setSystem(true);
		job.schedule();
	}

	private void mark(IDocument document, String text, List<IRegion> regions) {
		if (viewer == null || viewer.getDocument() != document || !document.get().equals(text)) {
			return; // the text changed meanwhile: the next caret move marks again
		}
		IAnnotationModel model = viewer.getAnnotationModel();
		if (!(model instanceof IAnnotationModelExtension extension)) {
			return;
		}
		Map<Annotation, Position> added = new HashMap<>();
		for (IRegion region : regions) {
			added.put(new Annotation(ANNOTATION_TYPE, false, text.substring(region.getOffset(), region.getOffset() + region.getLength())),
					new Position(region.getOffset(), region.getLength()));
		}
		extension.replaceAnnotations(marked, added);
		marked = added.keySet().toArray(Annotation[]::new);
	}

	@Override
	public IReconcilingStrategy getReconcilingStrategy(String contentType) {
		return null;
	}

	/** The job that marks the occurrences of the caret's name; null before the caret first moved. */
	Job job() {
		return job;
	}
}
