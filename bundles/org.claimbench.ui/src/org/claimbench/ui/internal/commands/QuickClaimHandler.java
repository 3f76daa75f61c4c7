package org.claimbench.ui.internal.commands;

import java.util.List;

import org.claimbench.model.claims.ClaimKind;
import org.claimbench.model.claims.Document;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.jface.window.Window;
import org.eclipse.ui.handlers.HandlerUtil;

/**
 * Annotate > Quick Claim: one key, type a few letters of the kind, Enter. The claim gets the holders of the
 * claim made last in the document (the same speakers usually go on), which Claim Details shows to change.
 */
public final class QuickClaimHandler extends AbstractHandler {

	public static final String COMMAND = "org.claimbench.ui.quickClaim";

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		AnnotationTarget target = AnnotationTarget.of(event, "Quick Claim");
		if (target == null) {
			return null;
		}
		Document document = target.editor().session().document();
		List<ClaimKind> kinds = SchemaChoices.claimKinds(document);
		KindPicker picker = new KindPicker(HandlerUtil.getActiveShell(event), target.quote(), kinds,
				target.editor().kindColors());
		if (picker.open() != Window.OK || picker.kind() == null) {
			return null;
		}
		target.makeClaimHeldAsLast(picker.kind());
		return null;
	}
}
