package org.claimbench.ui.internal.commands;

import java.util.ArrayList;
import java.util.List;

import org.claimbench.model.claims.Actor;
import org.claimbench.model.claims.Claim;
import org.claimbench.model.claims.ClaimKind;
import org.claimbench.model.claims.Document;
import org.claimbench.workspace.internal.model.VisibleActors;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.jface.window.Window;
import org.eclipse.ui.handlers.HandlerUtil;

/**
 * Annotate > New Claim: a claim of a schema kind, held by actors of the document, anchored to the selected
 * words. The kind and holders come from a dialog, or from the command's parameters when a caller names them.
 */
public final class NewClaimHandler extends AbstractHandler {

	public static final String COMMAND = "org.claimbench.ui.newClaim";
	public static final String KIND = "org.claimbench.ui.newClaim.kind";
	/** Actor names separated by commas. */
	public static final String HOLDERS = "org.claimbench.ui.newClaim.holders";

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		AnnotationTarget target = AnnotationTarget.of(event, "New Claim");
		if (target == null) {
			return null;
		}
		Document document = target.editor().session().document();
		List<ClaimKind> kinds = SchemaChoices.claimKinds(document);
		ClaimKind kind;
		List<Actor> holders = new ArrayList<>();
		if (event.getParameter(KIND) != null) {
			kind = SchemaChoices.kindNamed(kinds, event.getParameter(KIND));
			if (kind == null) {
				throw new ExecutionException("The schema has no claim kind " + event.getParameter(KIND));
			}
			String names = event.getParameter(HOLDERS);
			for (String name : names == null || names.isBlank() ? new String[0] : names.split(",")) {
				Actor actor = SchemaChoices.actorNamed(document, name.trim());
				if (actor == null) {
					throw new ExecutionException("The document has no actor " + name.trim());
				}
				holders.add(actor);
			}
		} else {
			NewClaimDialog dialog = new NewClaimDialog(HandlerUtil.getActiveShell(event), target.quote(), kinds,
					VisibleActors.of(document));
			if (dialog.open() != Window.OK) {
				return null;
			}
			kind = dialog.kind();
			holders.addAll(dialog.holders());
		}
		target.makeClaim(kind, holders);
		return null;
	}
}
