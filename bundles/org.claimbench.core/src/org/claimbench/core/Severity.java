package org.claimbench.core;

/** How bad a diagnostic is, in the words the command line prints. */
public enum Severity {
	ERROR("error"), WARNING("warning"), INFO("info");

	private final String label;

	Severity(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}
