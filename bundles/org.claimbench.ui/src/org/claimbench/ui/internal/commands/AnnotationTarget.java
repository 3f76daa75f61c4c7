package org.claimbench.ui.internal.commands;

import java.util.ArrayList;
import java.util.List;

import org.claimbench.model.claims.Actor;
import org.claimbench.model.claims.Claim;
import org.claimbench.model.claims.ClaimKind;
import org.claimbench.ui.internal.editor.AnnotationEditor;
import org.claimbench.workspace.internal.model.AnnotationEdits;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.handlers.HandlerUtil;

/** The annotation editor a command acts on and the words selected in it. */
record AnnotationTarget(AnnotationEditor editor, int offset, String quote) {

	/** The target, or null after telling the user why there is none. */
	static AnnotationTarget of(ExecutionEvent event, String action) throws ExecutionException {
		IEditorPart part = HandlerUtil.getActiveEditorChecked(event);
		if (!(part instanceof AnnotationEditor editor) || editor.session().document() == null) {
			return null;
		}
		ITextSelection selection = editor.sourceSelection();
		if (selection.getLength() == 0) {
			MessageDialog.openInformation(HandlerUtil.getActiveShell(event), action,
					"Select the words in the source text first.");
			return null;
		}
		String quote = editor.session().sourceText().substring(selection.getOffset(),
				selection.getOffset() + selection.getLength());
		return new AnnotationTarget(editor, selection.getOffset(), quote);
	}

	/**
	 * Makes a claim of the words held by the holders of the claim made last in the document (the same speakers
	 * usually go on), which Claim Details shows to change.
	 */
	void makeClaimHeldAsLast(ClaimKind kind) {
		List<Claim> claims = editor.session().document().getClaims();
		List<Actor> holders = new ArrayList<>();
		for (int i = claims.size() - 1; i >= 0 && holders.isEmpty(); i--) {
			holders.addAll(claims.get(i).getHolders());
		}
		makeClaim(kind, holders);
	}

	/** Makes a claim of the words and selects it: the claim just made is the one Claim Details and the Claims view show. */
	void makeClaim(ClaimKind kind, List<Actor> holders) {
		if (editor.apply("New Claim", AnnotationEdits.newClaim(kind, holders, offset, quote))) {
			List<Claim> claims = editor.session().document().getClaims();
			editor.select(claims.get(claims.size() - 1));
		}
	}
}
