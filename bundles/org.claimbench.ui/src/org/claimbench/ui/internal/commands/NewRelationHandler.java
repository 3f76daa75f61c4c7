package org.claimbench.ui.internal.commands;

import java.util.List;

import org.claimbench.model.claims.Claim;
import org.claimbench.model.claims.Document;
import org.claimbench.model.claims.RelationKind;
import org.claimbench.ui.internal.editor.AnnotationEditor;
import org.claimbench.ui.internal.editor.ElementText;
import org.claimbench.workspace.internal.model.AnnotationEdits;
import org.claimbench.workspace.internal.model.Span;
import org.claimbench.ui.internal.views.ClaimsView;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.ui.handlers.HandlerUtil;

/**
 * Annotate > New Relation: relates the selected claim (in the Claims view, or under the caret in the source
 * text) to another claim, by a relation kind the schema allows between their kinds. The target and the kind
 * come from a dialog, or from the command's parameters when a caller names them.
 */
public final class NewRelationHandler extends AbstractHandler {

	public static final String COMMAND = "org.claimbench.ui.newRelation";
	/** The name of the target claim. */
	public static final String TARGET = "org.claimbench.ui.newRelation.target";
	public static final String KIND = "org.claimbench.ui.newRelation.kind";

	private static final String TITLE = "New Relation";

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		if (!(HandlerUtil.getActiveEditor(event) instanceof AnnotationEditor editor)
				|| editor.session().document() == null) {
			return null;
		}
		Document document = editor.session().document();
		Claim source = sourceClaim(event, editor);
		if (source == null) {
			MessageDialog.openInformation(HandlerUtil.getActiveShell(event), TITLE,
					"Select the claim the relation starts at, in the source text or in the Claims view.");
			return null;
		}
		Claim target;
		RelationKind kind;
		if (event.getParameter(TARGET) != null) {
			target = document.getClaims().stream().filter(c -> event.getParameter(TARGET).equals(c.getName()))
					.findFirst().orElseThrow(() -> new ExecutionException("The document has no claim " + event.getParameter(TARGET)));
			List<RelationKind> allowed = RelationChoices.between(document, source, target);
			kind = SchemaChoices.elementNamed(allowed, event.getParameter(KIND));
			if (kind == null) {
				throw new ExecutionException("The schema allows no relation kind " + event.getParameter(KIND) + " from "
						+ source.getName() + " to " + target.getName());
			}
		} else {
			List<Claim> targets = RelationChoices.targets(document, source);
			if (targets.isEmpty()) {
				MessageDialog.openInformation(HandlerUtil.getActiveShell(event), TITLE, "The schema allows no relation from "
						+ ElementText.kindName(source.getKind()) + " claim " + source.getName() + " to another claim of the document.");
				return null;
			}
			NewRelationDialog dialog = new NewRelationDialog(HandlerUtil.getActiveShell(event), source, targets,
					t -> RelationChoices.between(document, source, t));
			if (dialog.open() != Window.OK) {
				return null;
			}
			target = dialog.target();
			kind = dialog.kind();
		}
		editor.apply(TITLE, AnnotationEdits.newRelation(kind, source, target));
		return null;
	}

	private static Claim sourceClaim(ExecutionEvent event, AnnotationEditor editor) {
		if (HandlerUtil.getActivePart(event) instanceof ClaimsView view) {
			return view.selectedClaim();
		}
		return Span.at(editor.session().document(), editor.sourceSelection().getOffset()).stream()
				.filter(span -> span.owner() instanceof Claim).map(span -> (Claim) span.owner()).findFirst().orElse(null);
	}
}
