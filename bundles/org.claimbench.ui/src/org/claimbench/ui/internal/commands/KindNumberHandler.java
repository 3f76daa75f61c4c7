package org.claimbench.ui.internal.commands;

import java.util.List;

import org.claimbench.model.claims.ClaimKind;
import org.claimbench.ui.internal.editor.KindKeys;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;

/**
 * Ctrl+Alt+1 to 9: a claim of the n-th kind of the legend on the selected words, without a dialog. Like Quick
 * Claim, it gets the holders of the claim made last, which Claim Details shows to change.
 */
public final class KindNumberHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		int number;
		try {
			number = Integer.parseInt(event.getParameter(KindKeys.NUMBER));
		} catch (NumberFormatException e) {
			throw new ExecutionException("The kind's number is missing or not a number: " + event.getParameter(KindKeys.NUMBER));
		}
		AnnotationTarget target = AnnotationTarget.of(event, "New Claim");
		if (target == null) {
			return null;
		}
		List<ClaimKind> kinds = SchemaChoices.claimKinds(target.editor().session().document());
		if (number < 1 || number > kinds.size()) {
			target.editor().getEditorSite().getActionBars().getStatusLineManager().setErrorMessage("No claim was made: the schema has "
					+ kinds.size() + (kinds.size() == 1 ? " claim kind" : " claim kinds") + ", none numbered " + number);
			return null;
		}
		target.makeClaimHeldAsLast(kinds.get(number - 1));
		return null;
	}
}
