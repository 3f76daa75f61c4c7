package org.claimbench.core.network;

/** The networks a model can be exported as, named as users type them after {@code --network}. */
public enum NetworkKind {

	/** Actors and claims, with holding, membership and the relations between claims. */
	FULL("full"),
	/** Actors and concepts (claim kinds): who holds claims of which kind, by qualifier value. */
	TWO_MODE("two-mode"),
	/** Actors only, linked by agreement and conflict over the concepts they both hold claims of. */
	ACTORS("actors");

	private final String label;

	NetworkKind(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

	/** The kind with that label, or null. */
	public static NetworkKind ofLabel(String label) {
		for (NetworkKind kind : values()) {
			if (kind.label.equals(label)) {
				return kind;
			}
		}
		return null;
	}

	@Override
	public String toString() {
		return label;
	}
}
