package org.claimbench.ui.internal.views;

import java.util.List;
import java.util.Objects;

import org.claimbench.model.claims.Claim;
import org.claimbench.model.claims.Relation;
import org.claimbench.ui.internal.editor.AnnotationEditor;
import org.claimbench.ui.internal.editor.AnnotationSelection;
import org.claimbench.ui.internal.editor.ElementText;
import org.claimbench.workspace.internal.model.AnnotationDelta;
import org.claimbench.workspace.internal.model.Span;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.jface.viewers.IColorProvider;
import org.eclipse.jface.viewers.IElementComparer;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IPropertyListener;
import org.eclipse.ui.ISelectionListener;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.contexts.IContextService;
import org.eclipse.ui.part.ViewPart;

/**
 * Lists the claims of the active annotation editor by kind or by paragraph of the source text (the view menu
 * chooses), each with the relations it starts. Selecting a claim reveals its words in the editor; selecting
 * words in the editor selects the claim anchored there.
 */
public final class ClaimsView extends ViewPart {

	public static final String ID = "org.claimbench.ui.claimsView";

	private TreeViewer viewer;
	private final ClaimsContent content = new ClaimsContent(ClaimGrouping.remembered());
	private ActiveAnnotationEditor active;
	private boolean syncing;
	private Text filterText;
	private AnnotationEditor undoEditor;
	private final IPropertyListener colours = (source, property) -> {
		if (property == AnnotationEditor.PROP_COLOURS && !viewer.getControl().isDisposed()) {
			viewer.refresh(true);
		}
	};
	private final ClaimFilter filter = new ClaimFilter();

	private final ISelectionListener editorSelection = (part, selection) -> {
		if (part != null && part == editor() && selection instanceof AnnotationSelection chosen
				&& chosen.element() instanceof Claim claim && !syncing) {
			select(claim);
		} else if (part != null && part == editor() && selection instanceof ITextSelection text && !syncing) {
			List<Span> spans = Span.at(editor().session().document(), text.getOffset());
			spans.stream().filter(span -> span.owner() instanceof Claim).findFirst()
					.ifPresent(span -> select((Claim) span.owner()));
		}
	};

	@Override
	public void createPartControl(Composite parent) {
		GridLayoutFactory.fillDefaults().spacing(0, 2).applyTo(parent);
		filterText = new Text(parent, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL);
		filterText.setMessage("Filter by kind, holder or words");
		filterText.setToolTipText("Shows the claims whose kind, name, holders or quotes contain every word typed");
		GridDataFactory.fillDefaults().grab(true, false).applyTo(filterText);
		viewer = new TreeViewer(parent, SWT.SINGLE | SWT.H_SCROLL | SWT.V_SCROLL);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(viewer.getControl());
		filterText.addModifyListener(e -> filter());
		// Claims are found by identity, through a hash table: edits add and remove single items among thousands.
		viewer.setComparer(new IElementComparer() {
			@Override
			public boolean equals(Object a, Object b) {
				return a == b;
			}

			@Override
			public int hashCode(Object element) {
				return System.identityHashCode(element);
			}
		});
		viewer.setUseHashlookup(true);
		viewer.setContentProvider(content);
		viewer.setLabelProvider(new GroupLabels());
		viewer.setAutoExpandLevel(TreeViewer.ALL_LEVELS);
		viewer.addSelectionChangedListener(event -> {
			if (!syncing && editor() != null && event.getStructuredSelection().getFirstElement() instanceof Claim claim
					&& !claim.getAnchors().isEmpty()) {
				syncing = true;
				try {
					editor().reveal(new Span(claim, claim.getAnchors().get(0)));
				} finally {
					syncing = false;
				}
			}
		});
		getSite().setSelectionProvider(viewer);
		MenuManager menu = new MenuManager("#ClaimsView", ID);
		menu.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
		viewer.getControl().setMenu(menu.createContextMenu(viewer.getControl()));
		getSite().registerContextMenu(ID, menu, viewer);
		GroupingMenu.fill(getViewSite().getActionBars().getMenuManager(), content.grouping(), this::groupBy);
		// Delete and the other annotation keys work here too, on the claim selected in the view.
		getSite().getService(IContextService.class).activateContext(AnnotationEditor.CONTEXT_ID);
		getSite().getPage().addSelectionListener(editorSelection);
		active = new ActiveAnnotationEditor(getSite().getPage(), this::refresh, this::update);
		refresh();
	}

	private AnnotationEditor editor() {
		return active == null ? null : active.editor();
	}

	private void refresh() {
		if (viewer.getControl().isDisposed()) {
			return;
		}
		AnnotationEditor editor = editor();
		connectUndo(editor);
		String selected = selectedClaim() == null ? null : selectedClaim().getName();
		// Thousands of items are created at once: the tree draws once, after the last.
		viewer.getTree().setRedraw(false);
		try {
			viewer.setInput(content.groupsOf(editor == null ? null : editor.session()));
		} finally {
			viewer.getTree().setRedraw(true);
		}
		setContentDescription(editor == null ? "No annotation document is active." : editor.getPartName());
		if (selected != null && editor != null) {
			editor.session().document().getClaims().stream().filter(c -> Objects.equals(c.getName(), selected))
					.findFirst().ifPresent(this::select);
		}
	}

	/**
	 * Shows the claims the typed words select. The filter is on the viewer only while words are typed: a filtered
	 * tree ignores the positions that edits insert items at.
	 */
	private void filter() {
		boolean wasActive = filter.isActive();
		if (!filter.setText(filterText.getText())) {
			return;
		}
		viewer.getTree().setRedraw(false);
		try {
			if (filter.isActive() && !wasActive) {
				viewer.addFilter(filter);
			} else if (!filter.isActive()) {
				viewer.removeFilter(filter);
			} else {
				viewer.refresh();
			}
			viewer.expandAll();
		} finally {
			viewer.getTree().setRedraw(true);
		}
	}

	/** Undo and Redo here act on the followed document, e.g. on a claim just deleted in this view. */
	private void connectUndo(AnnotationEditor editor) {
		if (editor == undoEditor) {
			return;
		}
		if (undoEditor != null) {
			undoEditor.removePropertyListener(colours);
		}
		undoEditor = editor;
		if (editor != null) {
			// The kind headings wear the kinds' colours: a colour the user chose shows here too.
			editor.addPropertyListener(colours);
		}
		EditorUndo.connect(getViewSite(), editor);
	}

	/** Regroups the claims, keeping the selected one selected, and remembers the choice. */
	public void groupBy(ClaimGrouping grouping) {
		grouping.remember();
		if (grouping == content.grouping()) {
			return;
		}
		content.setGrouping(grouping);
		refresh();
	}

	public ClaimGrouping grouping() {
		return content.grouping();
	}

	/** Shows an edit of the followed document by changing only the items it touched. */
	private void update(AnnotationDelta delta) {
		if (viewer.getControl().isDisposed() || delta.isEmpty()) {
			return;
		}
		content.relationsChanged();
		@SuppressWarnings("unchecked")
		List<ClaimGroup> shown = viewer.getInput() instanceof List<?> list ? (List<ClaimGroup>) list : null;
		if (delta.everything() || editor() == null || shown == null || filter.isActive()
				|| !ClaimsTreeUpdate.apply(viewer, shown, content.groupsOf(editor().session()), delta)) {
			refresh();
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

	/** The box above the tree whose words filter the claims shown. */
	public Text filterField() {
		return filterText;
	}

	/** The claim selected in the view, or null. */
	public Claim selectedClaim() {
		Object first = viewer.getStructuredSelection().getFirstElement();
		return first instanceof Claim claim ? claim : null;
	}

	/** The relation selected in the view, or null. */
	public Relation selectedRelation() {
		Object first = viewer.getStructuredSelection().getFirstElement();
		return first instanceof Relation relation ? relation : null;
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
		getSite().getPage().removeSelectionListener(editorSelection);
		if (undoEditor != null) {
			undoEditor.removePropertyListener(colours);
		}
		active.dispose();
		super.dispose();
	}

	private final class GroupLabels extends LabelProvider implements IColorProvider {
		@Override
		public String getText(Object element) {
			if (element instanceof ClaimGroup group) {
				return group.label() + " (" + group.claims().size() + ")";
			}
			if (element instanceof Relation relation) {
				return ElementText.relationLabel(relation);
			}
			return element instanceof Claim claim ? ElementText.claimLabel(claim) : String.valueOf(element);
		}

		@Override
		public Color getForeground(Object element) {
			return null;
		}

		@Override
		public Color getBackground(Object element) {
			return element instanceof KindGroup group && editor() != null ? editor().colours().colour(group.kind()) : null;
		}
	}
}
