package org.claimbench.ui.internal.editor;

import org.eclipse.core.runtime.ListenerList;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.jface.text.TextSelection;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.ISelectionProvider;
import org.eclipse.jface.viewers.SelectionChangedEvent;
import org.eclipse.swt.custom.StyledText;

/** Publishes the selected words of the source text to the workbench as a text selection. */
final class SourceSelectionProvider implements ISelectionProvider {

	private final StyledText text;
	private final IDocument document;
	private final ListenerList<ISelectionChangedListener> listeners = new ListenerList<>();

	SourceSelectionProvider(StyledText text, IDocument document) {
		this.text = text;
		this.document = document;
	}

	@Override
	public ITextSelection getSelection() {
		var range = text.getSelectionRange();
		return new TextSelection(document, range.x, range.y);
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
