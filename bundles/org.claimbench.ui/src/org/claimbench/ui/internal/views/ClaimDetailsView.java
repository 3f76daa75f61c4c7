package org.claimbench.ui.internal.views;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.claimbench.dsl.naming.GroupMembers;
import org.claimbench.dsl.schema.SchemaQueries;
import org.claimbench.model.claims.Actor;
import org.claimbench.model.claims.AttributeDef;
import org.claimbench.model.claims.AttributeValue;
import org.claimbench.model.claims.Claim;
import org.claimbench.model.claims.Document;
import org.claimbench.model.claims.DocumentElement;
import org.claimbench.model.claims.Kind;
import org.claimbench.model.claims.Value;
import org.claimbench.ui.internal.editor.AnnotationEditor;
import org.claimbench.ui.internal.editor.AnnotationSelection;
import org.claimbench.ui.internal.editor.ElementText;
import org.claimbench.workspace.internal.model.AnnotationEdits;
import org.claimbench.workspace.internal.model.Span;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.ISelectionListener;
import org.eclipse.ui.part.ViewPart;

/**
 * Shows the claim or actor selected in the annotation editor or the Claims view: its kind, its holders (a
 * claim's can be checked and unchecked) and one field per attribute its kind allows, inherited ones included.
 * A changed field is one undoable change of the annotation editor, like the annotation commands make.
 */
public final class ClaimDetailsView extends ViewPart implements AttributeField.Owner {

	public static final String ID = "org.claimbench.ui.claimDetailsView";

	private ScrolledComposite scroller;
	private int laidOutWidth = -1;
	private Composite body;
	private Label title;
	private HoldersField holdersField;
	private Label holders;
	private Label problem;
	private Composite attributes;
	private final Map<String, AttributeField> fields = new LinkedHashMap<>();
	private final Map<String, Label> labels = new LinkedHashMap<>();
	private ActiveAnnotationEditor active;
	private AnnotationEditor undoEditor;
	/** The element shown, found again by name after every change: each change reparses the document. */
	private DocumentElement element;
	private Kind fieldsKind;

	private final ISelectionListener selectionListener = (part, selection) -> {
		if (active == null || active.editor() == null) {
			return;
		}
		if (part == active.editor() && selection instanceof AnnotationSelection chosen && chosen.element() != null) {
			show(chosen.element());
		} else if (part == active.editor() && selection instanceof ITextSelection text) {
			Span.at(active.editor().session().document(), text.getOffset()).stream().findFirst()
					.ifPresent(span -> show(span.owner()));
		} else if (part instanceof ClaimsView && selection instanceof IStructuredSelection structured
				&& structured.getFirstElement() instanceof Claim claim) {
			show(claim);
		}
	};

	@Override
	public void createPartControl(Composite parent) {
		scroller = new ScrolledComposite(parent, SWT.V_SCROLL | SWT.H_SCROLL);
		scroller.setExpandHorizontal(true);
		scroller.setExpandVertical(true);
		body = new Composite(scroller, SWT.NONE);
		GridLayoutFactory.swtDefaults().margins(8, 8).applyTo(body);
		scroller.setContent(body);
		// Only a new width re-wraps the labels. A scroll bar that comes or goes also reports a resize; laying out
		// again for it could bring the other bar and so on, without end.
		scroller.addListener(SWT.Resize, e -> {
			if (scroller.getClientArea().width != laidOutWidth) {
				relayout();
			}
		});

		title = new Label(body, SWT.WRAP);
		title.setFont(JFaceResources.getBannerFont());
		GridDataFactory.fillDefaults().grab(true, false).applyTo(title);
		holdersField = new HoldersField(body, this::commitHolders);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(holdersField.control());
		holders = new Label(body, SWT.WRAP);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(holders);
		problem = new Label(body, SWT.WRAP);
		problem.setForeground(parent.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
		GridDataFactory.fillDefaults().grab(true, false).applyTo(problem);
		attributes = new Composite(body, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(2).spacing(12, 6).applyTo(attributes);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(attributes);

		getSite().getPage().addSelectionListener(selectionListener);
		active = new ActiveAnnotationEditor(getSite().getPage(), this::refresh);
		refresh();
	}

	/** Shows a claim or an actor of the active annotation editor's document. */
	public void show(DocumentElement next) {
		element = next;
		refresh();
	}

	/** Finds the shown element in the current document and shows its current values. */
	private void refresh() {
		if (body == null || body.isDisposed()) {
			return;
		}
		AnnotationEditor editor = active.editor();
		connectUndo(editor);
		Document document = editor == null ? null : editor.session().document();
		element = document == null || element == null ? null : current(document, element);
		Kind kind = element == null ? null : SchemaQueries.kindOf(element);
		if (kind != null && kind.eIsProxy()) {
			kind = null;
		}
		if (kind != fieldsKind) {
			createFields(kind);
		}
		showHeader(editor);
		if (element != null) {
			for (AttributeField field : fields.values()) {
				field.show(valueOf(element, field.attribute), document);
			}
		}
		relayout();
	}

	private static DocumentElement current(Document document, DocumentElement shown) {
		List<? extends DocumentElement> candidates = shown instanceof Claim ? document.getClaims() : document.getActors();
		return candidates.stream().filter(e -> Objects.equals(e.getName(), shown.getName())).findFirst().orElse(null);
	}

	private void createFields(Kind kind) {
		for (Control child : attributes.getChildren()) {
			child.dispose();
		}
		fields.clear();
		labels.clear();
		fieldsKind = kind;
		if (kind == null) {
			return;
		}
		for (AttributeDef attribute : SchemaQueries.allAttributes(kind)) {
			Label label = new Label(attributes, SWT.NONE);
			label.setText(attribute.getName() + (attribute.isRequired() ? " *" : ""));
			AttributeType type = AttributeType.of(attribute.getType());
			String typeName = (type == null ? "unknown type" : type.name()) + (attribute.isMany() ? "*" : "")
					+ (attribute.isRequired() ? ", required" : "");
			label.setToolTipText(attribute.getDescription() == null ? typeName : attribute.getDescription() + "\n(" + typeName + ")");
			GridDataFactory.swtDefaults().align(SWT.BEGINNING, attribute.isMany() ? SWT.BEGINNING : SWT.CENTER).applyTo(label);
			if (type == null) {
				Label unknown = new Label(attributes, SWT.NONE);
				unknown.setText("(the schema's type of this attribute does not resolve)");
				continue;
			}
			AttributeField field = AttributeField.create(attributes, attribute, type, this);
			field.control().setToolTipText(label.getToolTipText());
			GridDataFactory.fillDefaults().grab(true, false)
					.hint(SWT.DEFAULT, attribute.isMany() && !type.isChoice() ? 48 : SWT.DEFAULT)
					.applyTo(field.control());
			fields.put(attribute.getName(), field);
			labels.put(attribute.getName(), label);
		}
	}

	private void showHeader(AnnotationEditor editor) {
		problem.setText("");
		boolean claimShown = element instanceof Claim;
		((GridData) holdersField.control().getLayoutData()).exclude = !claimShown;
		holdersField.control().setVisible(claimShown);
		if (element == null) {
			title.setText(editor == null ? "No annotation document is active."
					: "Select a claim or an actor mention in the source text or the Claims view.");
			holders.setText("");
			setContentDescription(editor == null ? "" : editor.getPartName());
			return;
		}
		setContentDescription(editor.getPartName());
		if (element instanceof Claim claim) {
			title.setText(ElementText.kindName(claim.getKind()) + " claim " + claim.getName());
			holdersField.show(claim, editor.session().document());
			holders.setText(claim.getHolders().isEmpty() ? "No holder yet." : "");
		} else if (element instanceof Actor actor) {
			title.setText((actor.getKind() == null ? "" : ElementText.kindName(actor.getKind()) + " ")
					+ (actor.isGroup() ? "group " : "actor ") + actor.getName());
			holders.setText(actor.isGroup() ? "Members: " + GroupMembers.describe(actor, member -> member.eIsProxy() ? "?" : member.getName()) : "");
		}
		if (fields.isEmpty()) {
			holders.setText(holders.getText() + (holders.getText().isEmpty() ? "" : "\n")
					+ "Its kind has no attributes in the schema.");
		}
	}

	private static AttributeValue valueOf(DocumentElement element, AttributeDef attribute) {
		return element.getAttributes().stream()
				.filter(a -> a.getAttribute() != null && !a.getAttribute().eIsProxy()
						&& attribute.getName().equals(a.getAttribute().getName()))
				.findFirst().orElse(null);
	}

	private void relayout() {
		for (Label line : List.of(holders, problem)) {
			// An empty line would leave a gap between the holders and the attributes. A claim's holders line stays,
			// empty or not: checking the first holder must not move the fields below under the pointer.
			boolean shown = !line.getText().isEmpty() || line == holders && element instanceof Claim;
			((GridData) line.getLayoutData()).exclude = !shown;
			line.setVisible(shown);
		}
		body.layout(true, true);
		int width = scroller.getClientArea().width;
		laidOutWidth = width;
		scroller.setMinSize(body.computeSize(width > 0 ? width : SWT.DEFAULT, SWT.DEFAULT));
	}

	/** Undo and Redo here act on the followed editor's changes, the ones this view makes included. */
	private void connectUndo(AnnotationEditor editor) {
		if (editor == undoEditor) {
			return;
		}
		undoEditor = editor;
		EditorUndo.connect(getViewSite(), editor);
	}

	@Override
	public void commit(AttributeDef attribute, List<Value> values) {
		AnnotationEditor editor = active.editor();
		if (editor == null || element == null) {
			return;
		}
		editor.apply("Set " + attribute.getName() + " of " + element.getName(),
				AnnotationEdits.setAttribute(element, attribute, values));
		// A refused or empty change leaves the document as it was: show its values again.
		refresh();
	}

	private void commitHolders(List<Actor> next) {
		AnnotationEditor editor = active.editor();
		if (editor == null || !(element instanceof Claim claim)) {
			return;
		}
		editor.apply("Set holders of " + claim.getName(), AnnotationEdits.setHolders(claim, next));
		refresh();
	}

	@Override
	public void problem(String message) {
		problem.setText(message == null ? "" : message);
		relayout();
	}

	/** The field of an attribute by name, or null when the shown element's kind does not allow it. */
	public Control field(String attribute) {
		AttributeField field = fields.get(attribute);
		return field == null ? null : field.control();
	}

	/** The check boxes of the shown claim's holders, one per actor of the document. */
	public Composite holderBoxes() {
		return holdersField.boxes();
	}

	/** The text beside an attribute's field: its name, marked when the schema requires it. */
	public String label(String attribute) {
		Label label = labels.get(attribute);
		return label == null ? null : label.getText();
	}

	/** Why the last typed value was not taken, or the empty text. */
	public String problemMessage() {
		return problem.getText();
	}

	/** The attributes offered for the shown element, in schema order. */
	public List<String> attributeNames() {
		return List.copyOf(fields.keySet());
	}

	/** The element shown, or null. */
	public DocumentElement element() {
		return element;
	}

	@Override
	public void setFocus() {
		body.setFocus();
	}

	@Override
	public void dispose() {
		getSite().getPage().removeSelectionListener(selectionListener);
		active.dispose();
		super.dispose();
	}
}
