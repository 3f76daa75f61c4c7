package org.claimbench.core.curation;

import org.claimbench.model.claims.Claim;

/**
 * What the curator decided for one unit: nothing yet, one coder's version, the unit left out of the gold, or a
 * claim the curator put together from the versions.
 */
public record Choice(Kind kind, int coder, Claim edited) {

	public enum Kind {
		OPEN, TAKE, LEAVE_OUT, EDITED
	}

	public static final Choice OPEN = new Choice(Kind.OPEN, -1, null);
	public static final Choice LEAVE_OUT = new Choice(Kind.LEAVE_OUT, -1, null);

	public static Choice take(int coder) {
		return new Choice(Kind.TAKE, coder, null);
	}

	/** A claim made from the versions (detached; its references may point into any version). */
	public static Choice edited(Claim claim) {
		return new Choice(Kind.EDITED, -1, claim);
	}

	public boolean isSettled() {
		return kind != Kind.OPEN;
	}
}
