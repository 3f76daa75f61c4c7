package org.claimbench.ui.sourceeditor.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import org.eclipse.core.resources.IFile;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.reconciler.DirtyRegion;
import org.eclipse.jface.text.reconciler.IReconcilingStrategy;
import org.eclipse.jface.text.reconciler.MonoReconciler;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.projection.ProjectionAnnotation;
import org.eclipse.jface.text.source.projection.ProjectionAnnotationModel;
import org.eclipse.jface.text.source.projection.ProjectionViewer;
import org.eclipse.swt.widgets.Display;

/**
 * Folding: the blocks in braces and the comments that span lines fold, as the language's ide folding service
 * (the one behind the language server's folding ranges) finds them on the text after each pause in typing.
 */
public final class BlockFoldingReconciler extends MonoReconciler {

	private final Strategy strategy;

	public BlockFoldingReconciler() {
		this(new Strategy());
	}

	private BlockFoldingReconciler(Strategy strategy) {
		super(strategy, false);
		this.strategy = strategy;
		setDelay(300);
	}

	@Override
	public void install(ITextViewer textViewer) {
		super.install(textViewer);
		strategy.viewer = textViewer instanceof ProjectionViewer projection ? projection : null;
	}

	@Override
	protected void initialProcess() {
		strategy.fold();
	}

	private static final class Strategy implements IReconcilingStrategy {

		private ProjectionViewer viewer;
		private IDocument document;

		@Override
		public void setDocument(IDocument document) {
			this.document = document;
		}

		@Override
		public void reconcile(DirtyRegion dirtyRegion, IRegion subRegion) {
			fold();
		}

		@Override
		public void reconcile(IRegion partition) {
			fold();
		}

		void fold() {
			IDocument current = document;
			IFile file = SourceDocuments.fileOf(current);
			if (viewer == null || file == null) {
				return;
			}
			String text = current.get();
			List<IRegion> regions;
			try {
				regions = LanguageServices.on(file, text).foldingRegions();
			} catch (Exception e) {
				return;
			}
			Display display = Display.getDefault();
			display.asyncExec(() -> update(current, text, regions));
		}

		private void update(IDocument current, String text, List<IRegion> regions) {
			ProjectionAnnotationModel model = viewer.getProjectionAnnotationModel();
			if (model == null || viewer.getDocument() != current || !current.get().equals(text)) {
				return;
			}
			Map<Position, Annotation> existing = new HashMap<>();
			for (Iterator<Annotation> it = model.getAnnotationIterator(); it.hasNext();) {
				Annotation annotation = it.next();
				existing.put(model.getPosition(annotation), annotation);
			}
			// Blocks that are still there keep their annotation, and so stay folded if the user folded them.
			Map<Annotation, Position> added = new HashMap<>();
			for (IRegion region : regions) {
				Position lines = wholeLines(current, region);
				if (lines != null && existing.remove(lines) == null) {
					added.put(new ProjectionAnnotation(), lines);
				}
			}
			List<Annotation> removed = new ArrayList<>(existing.values());
			model.modifyAnnotations(removed.toArray(Annotation[]::new), added, null);
		}

		/** Projection works on whole lines: from the block's first line to the end of its last. */
		private static Position wholeLines(IDocument document, IRegion region) {
			try {
				int first = document.getLineOfOffset(region.getOffset());
				int last = document.getLineOfOffset(region.getOffset() + region.getLength());
				if (last <= first) {
					return null;
				}
				int start = document.getLineOffset(first);
				IRegion lastLine = document.getLineInformation(last);
				int end = Math.min(document.getLength(), lastLine.getOffset() + lastLine.getLength() + 1);
				return new Position(start, end - start);
			} catch (BadLocationException e) {
				return null;
			}
		}
	}
}
