package org.claimbench.workspace.internal.model;

import org.eclipse.emf.ecore.change.ChangeDescription;

/**
 * One edit of the live model as EMF recorded it. Applying the description reverses the edit and turns the
 * description into its own reverse, so the same object undoes and redoes it in turn.
 */
public final class RecordedEdit {

	final ChangeDescription change;
	final AnnotationDelta delta;
	final ModelState stateBefore;
	final ModelState stateAfter;

	RecordedEdit(ChangeDescription change, AnnotationDelta delta, ModelState stateBefore, ModelState stateAfter) {
		this.change = change;
		this.delta = delta;
		this.stateBefore = stateBefore;
		this.stateAfter = stateAfter;
	}

	/** True when the edit changed nothing, e.g. a value set to what it was. */
	public boolean isEmpty() {
		return delta.isEmpty();
	}
}
