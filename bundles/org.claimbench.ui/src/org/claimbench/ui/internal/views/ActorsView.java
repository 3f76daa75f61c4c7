package org.claimbench.ui.internal.views;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

import org.claimbench.dsl.naming.GroupMembers;
import org.claimbench.model.claims.Actor;
import org.claimbench.model.claims.Document;
import org.claimbench.ui.internal.editor.AnnotationEditor;
import org.claimbench.workspace.internal.model.AnnotationEdits;
import org.claimbench.workspace.internal.model.VisibleActors;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnViewerEditor;
import org.eclipse.jface.viewers.ColumnViewerEditorActivationEvent;
import org.eclipse.jface.viewers.ColumnViewerEditorActivationStrategy;
import org.eclipse.jface.viewers.EditingSupport;
import org.eclipse.jface.viewers.FocusCellOwnerDrawHighlighter;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.TableViewerEditor;
import org.eclipse.jface.viewers.TableViewerFocusCellManager;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.part.ViewPart;

/**
 * The actors of the active annotation editor's document: kind, label, aliases, group members and how often the
 * text mentions each. Name, label, aliases and members are edited in place (click a cell, or F2 on the selected
 * row); each edit is one undoable change of the document, as if made in the source editor.
 */
public final class ActorsView extends ViewPart {

	public static final String ID = "org.claimbench.ui.actorsView";
	/** Column titles, in order; the editable ones are edited under these names. */
	public static final String NAME = "Name";
	public static final String KIND = "Kind";
	public static final String LABEL = "Label";
	public static final String ALIASES = "Aliases";
	public static final String MEMBERS = "Members";
	public static final String MENTIONS = "Mentions";

	private TableViewer viewer;
	private Label header;
	private Label problem;
	private ActiveAnnotationEditor active;
	private AnnotationEditor undoEditor;

	@Override
	public void createPartControl(Composite parent) {
		GridLayoutFactory.fillDefaults().spacing(0, 2).applyTo(parent);
		header = new Label(parent, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, false).indent(2, 0).applyTo(header);
		problem = new Label(parent, SWT.WRAP);
		problem.setForeground(parent.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
		GridDataFactory.fillDefaults().grab(true, false).indent(2, 0).applyTo(problem);
		viewer = new TableViewer(parent, SWT.SINGLE | SWT.FULL_SELECTION | SWT.H_SCROLL | SWT.V_SCROLL | SWT.BORDER);
		viewer.getTable().setHeaderVisible(true);
		viewer.getTable().setLinesVisible(true);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(viewer.getControl());
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		editableByKeyboard();

		column(NAME, 150, Actor::getName, new Edit(NAME) {
			@Override
			protected void setValue(Object element, Object value) {
				rename((Actor) element, ((String) value).strip());
			}
		});
		column(KIND, 90, actor -> actor.getKind() == null || actor.getKind().eIsProxy() ? "" : actor.getKind().getName(), null);
		column(LABEL, 220, actor -> actor.getLabel() == null ? "" : actor.getLabel(), new Edit(LABEL) {
			@Override
			protected void setValue(Object element, Object value) {
				setLabel((Actor) element, (String) value);
			}
		});
		column(ALIASES, 240, actor -> String.join(", ", actor.getAliases()), new Edit(ALIASES) {
			@Override
			protected void setValue(Object element, Object value) {
				setAliases((Actor) element, (String) value);
			}
		});
		column(MEMBERS, 220, actor -> GroupMembers.describe(actor, Actor::getName),
				new Edit(MEMBERS) {
					@Override
					protected boolean canEdit(Object element) {
						return ((Actor) element).isGroup();
					}

					@Override
					protected void setValue(Object element, Object value) {
						setMembers((Actor) element, (String) value);
					}
				});
		column(MENTIONS, 70, actor -> String.valueOf(actor.getAnchors().size()), null);

		getSite().setSelectionProvider(viewer);
		active = new ActiveAnnotationEditor(getSite().getPage(), this::refresh);
		refresh();
	}

	/** F2 or Enter on a selected row edits its name; Tab moves to the next editable cell. */
	private void editableByKeyboard() {
		TableViewerFocusCellManager focus = new TableViewerFocusCellManager(viewer, new FocusCellOwnerDrawHighlighter(viewer));
		ColumnViewerEditorActivationStrategy activation = new ColumnViewerEditorActivationStrategy(viewer) {
			@Override
			protected boolean isEditorActivationEvent(ColumnViewerEditorActivationEvent event) {
				return event.eventType == ColumnViewerEditorActivationEvent.MOUSE_CLICK_SELECTION
						|| event.eventType == ColumnViewerEditorActivationEvent.PROGRAMMATIC
						|| event.eventType == ColumnViewerEditorActivationEvent.TRAVERSAL
						|| event.eventType == ColumnViewerEditorActivationEvent.KEY_PRESSED
								&& (event.keyCode == SWT.F2 || event.keyCode == SWT.CR);
			}
		};
		TableViewerEditor.create(viewer, focus, activation, ColumnViewerEditor.TABBING_HORIZONTAL
				| ColumnViewerEditor.TABBING_MOVE_TO_ROW_NEIGHBOR | ColumnViewerEditor.KEYBOARD_ACTIVATION);
	}

	private void column(String title, int width, Function<Actor, String> text, EditingSupport editing) {
		TableViewerColumn column = TextColumns.add(viewer, Actor.class, title, width, text);
		if (editing != null) {
			column.setEditingSupport(editing);
		}
	}

	/** A text cell editor over the column's text as shown. */
	private abstract class Edit extends EditingSupport {

		private final String column;

		Edit(String column) {
			super(viewer);
			this.column = column;
		}

		@Override
		protected CellEditor getCellEditor(Object element) {
			return new TextCellEditor(viewer.getTable());
		}

		@Override
		protected boolean canEdit(Object element) {
			return true;
		}

		@Override
		protected Object getValue(Object element) {
			problem(null);
			return ((ColumnLabelProvider) viewer.getLabelProvider(columnIndex())).getText(element);
		}

		private int columnIndex() {
			for (int i = 0; i < viewer.getTable().getColumnCount(); i++) {
				if (viewer.getTable().getColumn(i).getText().equals(column)) {
					return i;
				}
			}
			throw new IllegalStateException(column);
		}
	}

	private void refresh() {
		if (viewer.getControl().isDisposed()) {
			return;
		}
		AnnotationEditor editor = active.editor();
		if (editor != undoEditor) {
			undoEditor = editor;
			EditorUndo.connect(getViewSite(), editor);
			problem(null);
		}
		Document document = editor == null ? null : editor.session().document();
		header.setText(editor == null ? "No annotation editor is open." : editor.getPartName());
		viewer.setInput(document == null ? List.of() : List.copyOf(document.getActors()));
	}

	/** Renames the actor, refusing a name the language cannot write or another actor or claim has. */
	public boolean rename(Actor actor, String name) {
		if (name.equals(actor.getName())) {
			return true;
		}
		String why = ActorNames.problem((Document) actor.eContainer(), actor, name);
		if (why != null) {
			problem(why);
			return false;
		}
		return apply("Rename " + actor.getName() + " to " + name, AnnotationEdits.rename(actor, name));
	}

	public boolean setLabel(Actor actor, String label) {
		return apply("Set label of " + actor.getName(), AnnotationEdits.setLabel(actor, label));
	}

	/** Aliases as typed, separated by commas. */
	public boolean setAliases(Actor actor, String aliases) {
		List<String> next = new ArrayList<>();
		for (String alias : aliases.split(",")) {
			if (!alias.isBlank() && !next.contains(alias.strip())) {
				next.add(alias.strip());
			}
		}
		return apply("Set aliases of " + actor.getName(), AnnotationEdits.setAliases(actor, next));
	}

	/**
	 * Members named as typed, separated by commas; each must be another actor of the document, except "unnamed"
	 * (shown as "(unnamed)"), which stands for members the statement implies without naming them.
	 */
	public boolean setMembers(Actor group, String names) {
		Document document = (Document) group.eContainer();
		List<Actor> next = new ArrayList<>();
		boolean unnamed = false;
		for (String name : names.split("[,\\s]+")) {
			if (name.isBlank()) {
				continue;
			}
			if (name.equals("unnamed") || name.equals(GroupMembers.UNNAMED)) {
				unnamed = true;
				continue;
			}
			Actor member = VisibleActors.of(document).stream().filter(a -> name.equals(a.getName())).findFirst().orElse(null);
			if (member == null || member == group) {
				problem(member == null ? "The document has no actor " + name + "." : "A group cannot be its own member.");
				return false;
			}
			if (!next.contains(member)) {
				next.add(member);
			}
		}
		return apply("Set members of " + group.getName(), AnnotationEdits.setMembers(group, next, unnamed));
	}

	private boolean apply(String label, Consumer<Document> edit) {
		AnnotationEditor editor = active.editor();
		if (editor == null) {
			return false;
		}
		problem(null);
		boolean made = editor.apply(label, edit);
		// A refused or empty change leaves the document as it was: show it again.
		refresh();
		return made;
	}

	private void problem(String message) {
		problem.setText(message == null ? "" : message);
		((GridData) problem.getLayoutData()).exclude = message == null;
		problem.setVisible(message != null);
		problem.getParent().layout(true);
	}

	/** Why the last edit was refused, or the empty text. */
	public String problemMessage() {
		return problem.getText();
	}

	public TableViewer viewer() {
		return viewer;
	}

	@Override
	public void setFocus() {
		viewer.getControl().setFocus();
	}

	@Override
	public void dispose() {
		active.dispose();
		super.dispose();
	}
}
