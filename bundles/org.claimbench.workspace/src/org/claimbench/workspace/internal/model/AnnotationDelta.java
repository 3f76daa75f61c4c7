package org.claimbench.workspace.internal.model;

import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;

/**
 * What one change of an annotation document touched, so views update only that: the claims, actors and
 * relations it added, removed or changed, and the source ranges whose highlighting may differ. A delta of
 * everything means the whole model was replaced (the text was reparsed).
 */
public record AnnotationDelta(Set<EObject> added, Set<EObject> removed, Set<EObject> changed, List<Range> ranges,
		boolean everything) {

	/** A stretch of the source text, start inclusive, end exclusive. */
	public record Range(int start, int end) {
	}

	public static final AnnotationDelta EVERYTHING = new AnnotationDelta(Set.of(), Set.of(), Set.of(), List.of(), true);
	public static final AnnotationDelta NOTHING = new AnnotationDelta(Set.of(), Set.of(), Set.of(), List.of(), false);

	public boolean isEmpty() {
		return !everything && added.isEmpty() && removed.isEmpty() && changed.isEmpty();
	}

	/** The delta of undoing this change: what it added is removed again, and the other way round. */
	public AnnotationDelta inverse() {
		return everything ? this : new AnnotationDelta(removed, added, changed, ranges, false);
	}
}
