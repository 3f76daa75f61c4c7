package org.claimbench.ui.internal.views;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.claimbench.model.claims.Claim;
import org.claimbench.model.claims.Document;
import org.claimbench.model.claims.Relation;
import org.claimbench.workspace.internal.model.AnnotationSession;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.Viewer;

/**
 * The Claims view's tree for an annotation session: groups as the chosen grouping makes them, claims under
 * them, and under each claim the relations it starts.
 */
final class ClaimsContent implements ITreeContentProvider {

	private ClaimGrouping grouping;
	private List<?> groups = List.of();
	private Map<Claim, List<Relation>> bySource;

	ClaimsContent(ClaimGrouping grouping) {
		this.grouping = grouping;
	}

	ClaimGrouping grouping() {
		return grouping;
	}

	/** Takes effect with the next input. */
	void setGrouping(ClaimGrouping grouping) {
		this.grouping = grouping;
	}

	/** The groups of the session's claims as the grouping makes them: the viewer's input, changed in place by edits. */
	List<ClaimGroup> groupsOf(AnnotationSession session) {
		return session == null ? new ArrayList<>() : new ArrayList<>(grouping.groups(session.document(), session.sourceText()));
	}

	@Override
	public void inputChanged(Viewer viewer, Object oldInput, Object newInput) {
		groups = newInput instanceof List<?> list ? list : List.of();
		bySource = null;
	}

	/** Relations were added or removed: the index by source is built again when next asked. */
	void relationsChanged() {
		bySource = null;
	}

	@Override
	public Object[] getElements(Object input) {
		return input instanceof List<?> list ? list.toArray() : new Object[0];
	}

	@Override
	public Object[] getChildren(Object parent) {
		if (parent instanceof Claim claim) {
			return outgoing(claim).toArray();
		}
		return parent instanceof ClaimGroup group ? group.claims().toArray() : new Object[0];
	}

	/** A claim's relations sit under it, the claim they start at; indexed once, not searched per claim. */
	private List<Relation> outgoing(Claim claim) {
		if (!(claim.eContainer() instanceof Document document)) {
			return List.of();
		}
		if (bySource == null) {
			bySource = new HashMap<>();
			for (Relation relation : document.getRelations()) {
				bySource.computeIfAbsent(relation.getSource(), c -> new ArrayList<>()).add(relation);
			}
		}
		return bySource.getOrDefault(claim, List.of());
	}

	@Override
	public Object getParent(Object element) {
		if (element instanceof Relation relation) {
			return relation.getSource();
		}
		return groups.stream().filter(g -> g instanceof ClaimGroup group && group.claims().contains(element))
				.findFirst().orElse(null);
	}

	@Override
	public boolean hasChildren(Object element) {
		return element instanceof ClaimGroup group && !group.claims().isEmpty()
				|| element instanceof Claim claim && !outgoing(claim).isEmpty();
	}
}
