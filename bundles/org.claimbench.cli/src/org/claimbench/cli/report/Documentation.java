package org.claimbench.cli.report;

import java.net.URI;

/**
 * Where ClaimBench's user documentation (the doc bundle's pages) is published, so that reports can
 * link to it: the user guide for the tool, and each issue code's row in the issue-code reference of
 * {@code dsl.md}, whose link target is the code itself.
 */
public final class Documentation {

	/** The folder holding {@code index.md} and {@code dsl.md}. */
	public static final URI BASE = URI.create("https://claimbench.org/doc/");

	private Documentation() {
	}

	public static URI userGuide() {
		return BASE.resolve("index.md");
	}

	/** The issue-code reference, at the row of {@code code}; the section itself for a diagnostic without one. */
	public static URI issueCode(String code) {
		String anchor = code == null || !code.contains(".") ? "issue-codes" : code;
		return BASE.resolve("dsl.md#" + anchor);
	}
}
