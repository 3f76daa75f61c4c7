package org.claimbench.ui.internal.views;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.claimbench.model.claims.Claim;
import org.claimbench.model.claims.Relation;
import org.claimbench.workspace.internal.model.AnnotationDelta;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.widgets.Tree;

/**
 * Brings the Claims view's tree from the groups it shows to the groups of the document after an edit by
 * adding, removing and updating only the items that differ: at thousands of claims, rebuilding the tree
 * per edit took seconds.
 */
final class ClaimsTreeUpdate {

	private ClaimsTreeUpdate() {
	}

	/**
	 * Updates the shown groups (the viewer's input, changed in place) to the fresh ones. False when the groups
	 * changed order, which only a rebuild shows.
	 */
	static boolean apply(TreeViewer viewer, List<ClaimGroup> shown, List<ClaimGroup> fresh, AnnotationDelta delta) {
		Map<Object, ClaimGroup> shownByKey = new HashMap<>();
		shown.forEach(group -> shownByKey.put(group.key(), group));
		List<Object> kept = fresh.stream().map(ClaimGroup::key).filter(shownByKey::containsKey).toList();
		List<Object> remaining = shown.stream().map(ClaimGroup::key).filter(kept::contains).toList();
		if (!kept.equals(remaining)) {
			return false;
		}
		Tree tree = viewer.getTree();
		tree.setRedraw(false);
		try {
			for (ClaimGroup group : List.copyOf(shown)) {
				if (!kept.contains(group.key())) {
					shown.remove(group);
					viewer.remove(group);
				}
			}
			for (int i = 0; i < fresh.size(); i++) {
				ClaimGroup group = shownByKey.get(fresh.get(i).key());
				if (group == null) {
					group = fresh.get(i);
					shown.add(i, group);
					viewer.insert(viewer.getInput(), group, i);
					viewer.expandToLevel(group, TreeViewer.ALL_LEVELS);
				} else {
					updateClaims(viewer, group, fresh.get(i).claims());
				}
			}
			updateRelations(viewer, delta);
			for (Object element : delta.changed()) {
				if (element instanceof Claim || element instanceof Relation) {
					viewer.update(element, null);
				}
			}
		} finally {
			tree.setRedraw(true);
		}
		return true;
	}

	/** Removes the claims gone from the group, inserts the new ones where the document has them. */
	private static void updateClaims(TreeViewer viewer, ClaimGroup group, List<Claim> now) {
		Set<Claim> nowSet = Collections.newSetFromMap(new IdentityHashMap<>());
		nowSet.addAll(now);
		Set<Claim> before = Collections.newSetFromMap(new IdentityHashMap<>());
		before.addAll(group.claims());
		List<Claim> gone = group.claims().stream().filter(c -> !nowSet.contains(c)).toList();
		if (!gone.isEmpty()) {
			group.claims().removeAll(gone);
			viewer.remove(gone.toArray());
		}
		List<Claim> claims = group.claims();
		for (int i = 0; i < now.size(); i++) {
			Claim claim = now.get(i);
			if (!before.contains(claim)) {
				claims.add(i, claim);
				viewer.insert(group, claim, i);
				viewer.expandToLevel(claim, TreeViewer.ALL_LEVELS);
			}
		}
		if (!gone.isEmpty() || claims.size() != before.size()) {
			viewer.update(group, null);
		}
	}

	private static void updateRelations(TreeViewer viewer, AnnotationDelta delta) {
		List<Object> removed = new ArrayList<>();
		for (Object element : delta.removed()) {
			if (element instanceof Relation) {
				removed.add(element);
			}
		}
		viewer.remove(removed.toArray());
		for (Object element : delta.added()) {
			if (element instanceof Relation relation && relation.getSource() != null) {
				viewer.add(relation.getSource(), relation);
				viewer.setExpandedState(relation.getSource(), true);
			}
		}
	}
}
