package org.claimbench.ui.sourceeditor.internal;

import java.util.List;

import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.views.contentoutline.ContentOutlinePage;

/** The outline of the editor's text: schema elements, or a document's actors, claims and relations. Selecting one reveals it. */
final class SourceOutlinePage extends ContentOutlinePage {

	private final SourceEditor editor;
	private List<OutlineItem> items = List.of();

	SourceOutlinePage(SourceEditor editor) {
		this.editor = editor;
	}

	@Override
	public void createControl(Composite parent) {
		super.createControl(parent);
		TreeViewer viewer = getTreeViewer();
		viewer.setContentProvider(new ITreeContentProvider() {
			@Override
			public Object[] getElements(Object input) {
				return items.toArray();
			}

			@Override
			public Object[] getChildren(Object parent) {
				return ((OutlineItem) parent).children().toArray();
			}

			@Override
			public Object getParent(Object element) {
				return null;
			}

			@Override
			public boolean hasChildren(Object element) {
				return !((OutlineItem) element).children().isEmpty();
			}
		});
		viewer.setLabelProvider(new LabelProvider() {
			@Override
			public String getText(Object element) {
				OutlineItem item = (OutlineItem) element;
				return item.label() + " : " + item.type();
			}
		});
		viewer.setInput(items);
		viewer.addSelectionChangedListener(event -> {
			if (event.getSelection() instanceof IStructuredSelection selection
					&& selection.getFirstElement() instanceof OutlineItem item) {
				editor.selectAndReveal(item.offset(), item.length());
			}
		});
	}

	void show(List<OutlineItem> outline) {
		items = outline;
		TreeViewer viewer = getTreeViewer();
		if (viewer != null && !viewer.getControl().isDisposed()) {
			viewer.setInput(items);
		}
	}

	List<OutlineItem> items() {
		return items;
	}
}
