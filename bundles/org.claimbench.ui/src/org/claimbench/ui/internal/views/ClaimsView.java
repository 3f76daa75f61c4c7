package org.claimbench.ui.internal.views;

import java.util.List;
import java.util.Objects;

import org.claimbench.model.claims.Claim;
import org.claimbench.ui.internal.editor.AnnotationEditor;
import org.claimbench.ui.internal.editor.ElementText;
import org.claimbench.ui.internal.model.Span;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.jface.viewers.IColorProvider;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.ISelectionListener;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.contexts.IContextService;
import org.eclipse.ui.part.ViewPart;

/**
 * Lists the claims of the active annotation editor by kind. Selecting a claim reveals its words in the
 * editor; selecting words in the editor selects the claim anchored there.
 */
public final class ClaimsView extends ViewPart {

	public static final String ID = "org.claimbench.ui.claimsView";

	private TreeViewer viewer;
	private AnnotationEditor editor;
	private boolean syncing;
	private final Runnable onChange = this::refresh;

	private final IPartListener2 editorTracker = new IPartListener2() {
		@Override
		public void partActivated(IWorkbenchPartReference ref) {
			if (ref.getPart(false) instanceof AnnotationEditor activated) {
				track(activated);
			}
		}

		@Override
		public void partClosed(IWorkbenchPartReference ref) {
			if (ref.getPart(false) == editor) {
				track(null);
			}
		}
	};

	private final ISelectionListener editorSelection = (part, selection) -> {
		if (part == editor && selection instanceof ITextSelection text && !syncing) {
			List<Span> spans = Span.at(editor.session().document(), text.getOffset());
			spans.stream().filter(span -> span.owner() instanceof Claim).findFirst()
					.ifPresent(span -> select((Claim) span.owner()));
		}
	};

	@Override
	public void createPartControl(Composite parent) {
		viewer = new TreeViewer(parent, SWT.SINGLE | SWT.H_SCROLL | SWT.V_SCROLL);
		viewer.setContentProvider(new GroupContent());
		viewer.setLabelProvider(new GroupLabels());
		viewer.setAutoExpandLevel(TreeViewer.ALL_LEVELS);
		viewer.addSelectionChangedListener(event -> {
			if (!syncing && editor != null && event.getStructuredSelection().getFirstElement() instanceof Claim claim
					&& !claim.getAnchors().isEmpty()) {
				syncing = true;
				try {
					editor.reveal(new Span(claim, claim.getAnchors().get(0)));
				} finally {
					syncing = false;
				}
			}
		});
		getSite().setSelectionProvider(viewer);
		// Delete and the other annotation keys work here too, on the claim selected in the view.
		getSite().getService(IContextService.class).activateContext(AnnotationEditor.CONTEXT_ID);
		getSite().getPage().addPartListener(editorTracker);
		getSite().getPage().addSelectionListener(editorSelection);
		IEditorPart active = getSite().getPage().getActiveEditor();
		track(active instanceof AnnotationEditor annotationEditor ? annotationEditor : null);
	}

	private void track(AnnotationEditor next) {
		if (next == editor) {
			return;
		}
		if (editor != null) {
			editor.session().removeChangeListener(onChange);
		}
		editor = next;
		if (editor != null) {
			editor.session().addChangeListener(onChange);
		}
		refresh();
	}

	private void refresh() {
		if (viewer.getControl().isDisposed()) {
			return;
		}
		String selected = selectedClaim() == null ? null : selectedClaim().getName();
		viewer.setInput(editor == null ? List.of() : KindGroup.of(editor.session().document()));
		setContentDescription(editor == null ? "No annotation document is active." : editor.getPartName());
		if (selected != null && editor != null) {
			editor.session().document().getClaims().stream().filter(c -> Objects.equals(c.getName(), selected))
					.findFirst().ifPresent(this::select);
		}
	}

	private void select(Claim claim) {
		syncing = true;
		try {
			viewer.setSelection(new StructuredSelection(claim), true);
		} finally {
			syncing = false;
		}
	}

	/** The claim selected in the view, or null. */
	public Claim selectedClaim() {
		Object first = viewer.getStructuredSelection().getFirstElement();
		return first instanceof Claim claim ? claim : null;
	}

	public TreeViewer viewer() {
		return viewer;
	}

	@Override
	public void setFocus() {
		viewer.getControl().setFocus();
	}

	@Override
	public void dispose() {
		getSite().getPage().removePartListener(editorTracker);
		getSite().getPage().removeSelectionListener(editorSelection);
		if (editor != null) {
			editor.session().removeChangeListener(onChange);
		}
		super.dispose();
	}

	private static final class GroupContent implements ITreeContentProvider {
		private List<?> groups = List.of();

		@Override
		public void inputChanged(Viewer v, Object oldInput, Object newInput) {
			groups = newInput instanceof List<?> list ? list : List.of();
		}

		@Override
		public Object[] getElements(Object input) {
			return ((List<?>) input).toArray();
		}

		@Override
		public Object[] getChildren(Object parent) {
			return parent instanceof KindGroup group ? group.claims().toArray() : new Object[0];
		}

		@Override
		public Object getParent(Object element) {
			return groups.stream().filter(g -> g instanceof KindGroup group && group.claims().contains(element))
					.findFirst().orElse(null);
		}

		@Override
		public boolean hasChildren(Object element) {
			return element instanceof KindGroup group && !group.claims().isEmpty();
		}
	}

	private final class GroupLabels extends LabelProvider implements IColorProvider {
		@Override
		public String getText(Object element) {
			if (element instanceof KindGroup group) {
				return group.kind() + " (" + group.claims().size() + ")";
			}
			return element instanceof Claim claim ? ElementText.claimLabel(claim) : String.valueOf(element);
		}

		@Override
		public Color getForeground(Object element) {
			return null;
		}

		@Override
		public Color getBackground(Object element) {
			return element instanceof KindGroup group && editor != null ? editor.colours().colour(group.kind()) : null;
		}
	}
}
