package org.claimbench.ui.internal.editor;

import org.claimbench.model.claims.DocumentElement;
import org.eclipse.core.runtime.ListenerList;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.jface.text.TextSelection;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.ISelectionProvider;
import org.eclipse.jface.viewers.SelectionChangedEvent;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Point;

/** Publishes the selected words of the source text to the workbench as a text selection. */
final class SourceSelectionProvider implements ISelectionProvider {

	private final StyledText text;
	private final IDocument document;
	private final ListenerList<ISelectionChangedListener> listeners = new ListenerList<>();

	SourceSelectionProvider(StyledText text, IDocument document) {
		this.text = text;
		this.document = document;
	}

	/** The element chosen for the selection it came with; forgotten once the selection changes. */
	private DocumentElement chosen;
	private Point chosenRange;

	@Override
	public ITextSelection getSelection() {
		Point range = text.getSelectionRange();
		int caret = text.getCaretOffset();
		if (caret != range.x && caret != range.x + range.y) {
			// A click moves the caret before the widget drops the old selection, and the caret event comes in
			// between: the old selection then still names the claim clicked before.
			range = new Point(caret, 0);
		}
		DocumentElement element = chosen != null && range.equals(chosenRange) ? chosen : null;
		return new AnnotationSelection(document, range.x, range.y, element);
	}

	/** Selects the words and tells the views which claim or actor they stand for. */
	void select(int offset, int length, DocumentElement element) {
		chosen = element;
		chosenRange = new Point(offset, length);
		setSelection(new TextSelection(document, offset, length));
	}

	@Override
	public void setSelection(ISelection selection) {
		if (selection instanceof ITextSelection textSelection) {
			text.setSelectionRange(textSelection.getOffset(), textSelection.getLength());
			text.showSelection();
			fire();
		}
	}

	void fire() {
		SelectionChangedEvent event = new SelectionChangedEvent(this, getSelection());
		listeners.forEach(listener -> listener.selectionChanged(event));
	}

	@Override
	public void addSelectionChangedListener(ISelectionChangedListener listener) {
		listeners.add(listener);
	}

	@Override
	public void removeSelectionChangedListener(ISelectionChangedListener listener) {
		listeners.remove(listener);
	}
}
