package org.claimbench.dsl.validation;

/**
 * The offset an anchor diagnostic suggests, read from its issue data, so that front ends without quick fixes
 * (a CI report, a script reading JSON) can offer it as a field instead of a number in a message.
 */
public final class SuggestedOffsets {

	private SuggestedOffsets() {
	}

	/** The offset the anchor's words stand at, or -1 when the issue suggests none. */
	public static int of(String code, String[] data) {
		if (code == null || data == null) {
			return -1;
		}
		int index = switch (code) {
			case IssueCodes.OFFSET_MISSING, IssueCodes.QUOTE_MOVED -> 0;
			case IssueCodes.QUOTE_NEAR_MISS, IssueCodes.CONTEXT_MISMATCH -> 1;
			default -> -1;
		};
		if (index < 0 || index >= data.length || data[index] == null || !data[index].matches("\\d{1,9}")) {
			return -1;
		}
		return Integer.parseInt(data[index]);
	}
}
