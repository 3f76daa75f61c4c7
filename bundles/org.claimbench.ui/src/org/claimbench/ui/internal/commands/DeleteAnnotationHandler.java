package org.claimbench.ui.internal.commands;

import org.claimbench.model.claims.Claim;
import org.claimbench.model.claims.Relation;
import org.claimbench.ui.internal.editor.AnnotationEditor;
import org.claimbench.ui.internal.editor.ElementText;
import org.claimbench.workspace.internal.model.AnnotationEdits;
import org.claimbench.workspace.internal.model.Span;
import org.claimbench.ui.internal.views.ClaimsView;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.handlers.HandlerUtil;

/**
 * Annotate > Delete: removes the claim or relation selected in the Claims view, or else the innermost claim or mention
 * under the selection in the source text.
 */
public final class DeleteAnnotationHandler extends AbstractHandler {

	public static final String COMMAND = "org.claimbench.ui.deleteAnnotation";

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		IEditorPart part = HandlerUtil.getActiveEditor(event);
		if (!(part instanceof AnnotationEditor editor) || editor.session().document() == null) {
			return null;
		}
		Span target = null;
		IWorkbenchPart active = HandlerUtil.getActivePart(event);
		if (active instanceof ClaimsView view && view.selectedRelation() != null) {
			Relation relation = view.selectedRelation();
			editor.apply("Delete " + ElementText.relationLabel(relation), AnnotationEdits.delete(relation));
			return null;
		}
		if (active instanceof ClaimsView view && view.selectedClaim() != null) {
			Claim claim = view.selectedClaim();
			target = new Span(claim, claim.getAnchors().isEmpty() ? null : claim.getAnchors().get(0));
		} else {
			target = Span.at(editor.session().document(), editor.sourceSelection().getOffset()).stream().findFirst()
					.orElse(null);
		}
		if (target != null) {
			editor.apply("Delete " + target.owner().getName(), AnnotationEdits.delete(target));
		}
		return null;
	}
}
