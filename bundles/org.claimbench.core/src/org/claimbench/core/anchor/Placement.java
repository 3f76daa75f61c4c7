package org.claimbench.core.anchor;

import java.util.List;

/**
 * Where an anchor was placed in the changed text, or why it was not.
 *
 * @param offset the new offset when placed, otherwise the old one (left as it was)
 * @param occurrences where the quote occurs in the changed text with matching context (the first few)
 * @param count how many such occurrences there are
 * @param contextChanged the quote still occurs, but nowhere with the anchor's prefix and suffix
 */
public record Placement(Status status, int offset, List<Integer> occurrences, int count, boolean contextChanged) {

	public enum Status {
		/** Found at its old offset. */
		UNCHANGED,
		/** Found at a new offset. */
		MOVED,
		/** The quote (with its context) occurs nowhere in the changed text. */
		NOT_FOUND,
		/**
		 * The quote occurs, but nothing confirms which occurrence the anchor meant, or (when it occurs once)
		 * something the anchors know speaks against the one occurrence.
		 */
		AMBIGUOUS;
	}

	public boolean placed() {
		return status == Status.UNCHANGED || status == Status.MOVED;
	}
}
