package org.claimbench.core.anchor;

/** What an anchor says about its words: the quote, where it was, and the optional context around it. */
public record AnchorSpan(String quote, int offset, String prefix, String suffix) {

	public boolean hasContext() {
		return (prefix != null && !prefix.isEmpty()) || (suffix != null && !suffix.isEmpty());
	}
}
