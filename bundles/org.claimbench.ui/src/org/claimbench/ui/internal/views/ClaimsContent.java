package org.claimbench.ui.internal.views;

import java.util.List;

import org.claimbench.model.claims.Claim;
import org.claimbench.model.claims.Document;
import org.claimbench.model.claims.Relation;
import org.claimbench.ui.internal.model.AnnotationSession;
import org.eclipse.jface.viewers.ITreeContentProvider;

/**
 * The Claims view's tree for an annotation session: groups as the chosen grouping makes them, claims under
 * them, and under each claim the relations it starts.
 */
final class ClaimsContent implements ITreeContentProvider {

	private ClaimGrouping grouping;
	private List<? extends ClaimGroup> groups = List.of();

	ClaimsContent(ClaimGrouping grouping) {
		this.grouping = grouping;
	}

	ClaimGrouping grouping() {
		return grouping;
	}

	/** Takes effect at the viewer's next refresh. */
	void setGrouping(ClaimGrouping grouping) {
		this.grouping = grouping;
	}

	@Override
	public Object[] getElements(Object input) {
		groups = input instanceof AnnotationSession session ? grouping.groups(session.document(), session.sourceText())
				: List.of();
		return groups.toArray();
	}

	@Override
	public Object[] getChildren(Object parent) {
		if (parent instanceof Claim claim) {
			return outgoing(claim).toArray();
		}
		return parent instanceof ClaimGroup group ? group.claims().toArray() : new Object[0];
	}

	/** A claim's relations sit under it, the claim they start at. */
	private static List<Relation> outgoing(Claim claim) {
		return claim.eContainer() instanceof Document document
				? document.getRelations().stream().filter(r -> r.getSource() == claim).toList()
				: List.of();
	}

	@Override
	public Object getParent(Object element) {
		if (element instanceof Relation relation) {
			return relation.getSource();
		}
		return groups.stream().filter(group -> group.claims().contains(element)).findFirst().orElse(null);
	}

	@Override
	public boolean hasChildren(Object element) {
		return element instanceof ClaimGroup group && !group.claims().isEmpty()
				|| element instanceof Claim claim && !outgoing(claim).isEmpty();
	}
}
