package org.claimbench.ui.internal.series;

import java.util.List;

import org.claimbench.core.series.LinkSuggestions.Suggestion;
import org.claimbench.model.claims.Claim;
import org.claimbench.model.claims.Document;
import org.claimbench.model.claims.RelationKind;
import org.claimbench.ui.internal.commands.RelationChoices;
import org.claimbench.ui.internal.editor.AnnotationEditor;
import org.claimbench.ui.internal.editor.ElementText;
import org.claimbench.ui.internal.editor.OpenDocuments;
import org.claimbench.workspace.internal.model.AnnotationEdits;
import org.claimbench.workspace.internal.model.ProjectDocuments;
import org.claimbench.workspace.internal.model.ProjectModelLoader;
import org.eclipse.core.resources.IFile;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;

/**
 * Writes an accepted suggestion into the active statement as a relation of the first linking kind the schema
 * allows between the two claims ({@code relation reaffirms reinforcePosture -> us_japan_2023.strengthenCapacity}),
 * as one undoable change of the annotation editor.
 */
final class LinkAcceptance {

	static final String LABEL = "Accept Suggested Link";

	private LinkAcceptance() {
	}

	/** Makes the relation; returns null when it was made, else why not, in words for the user. */
	static String accept(AnnotationEditor editor, Suggestion suggestion) {
		if (suggestion.earlierClaim() == null) {
			return "The earlier statement has no claim at these words yet: code it there first, then link to it.";
		}
		Document document = editor.session().document();
		Claim claim = (Claim) OpenDocuments.named(document, Claim.class, suggestion.claim().getName());
		Claim earlier = earlierClaim(document, suggestion);
		if (claim == null || earlier == null) {
			return "The claims have changed since the suggestions were made; suggest links again.";
		}
		List<RelationKind> allowed = RelationChoices.between(document, claim, earlier).stream()
				.filter(kind -> SeriesTracking.LINK_KINDS.contains(kind.getName())).toList();
		RelationKind kind = SeriesTracking.LINK_KINDS.stream()
				.flatMap(name -> allowed.stream().filter(k -> k.getName().equals(name))).findFirst().orElse(null);
		if (kind == null) {
			return "The schema allows neither " + String.join(" nor ", SeriesTracking.LINK_KINDS) + " from a "
					+ ElementText.kindName(claim.getKind()) + " to a " + ElementText.kindName(earlier.getKind())
					+ "; relate them with Annotate > New Relation.";
		}
		return editor.apply(LABEL, AnnotationEdits.newRelation(kind, claim, earlier)) ? null
				: "The relation was not made; the status line says why.";
	}

	/** The earlier claim as the editor's own model links to it: its statement loaded into the editor's resource set. */
	private static Claim earlierClaim(Document document, Suggestion suggestion) {
		IFile file = ProjectDocuments.fileOf(suggestion.earlierStatement());
		ResourceSet set = document.eResource().getResourceSet();
		if (file == null || set == null) {
			return null;
		}
		Resource resource;
		try {
			resource = set.getResource(ProjectModelLoader.uri(file), true);
		} catch (RuntimeException e) {
			return null;
		}
		return resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof Document earlier) ? null
				: (Claim) OpenDocuments.named(earlier, Claim.class, suggestion.earlierClaim().getName());
	}
}
