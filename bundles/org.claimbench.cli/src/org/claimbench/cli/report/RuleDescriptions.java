package org.claimbench.cli.report;

import com.google.gson.JsonObject;

/**
 * How a SARIF rule describes an issue code to someone reading a code-scanning alert: a short
 * description made from the code's own words ({@code quoteMoved} reads "Quote moved"), and a link
 * to the code's row in the documentation's issue-code reference, which says what it means and how to fix it.
 */
final class RuleDescriptions {

	private static final String DOCUMENTATION = "The issue-code reference of the ClaimBench documentation (dsl.md, 'Issue codes')"
			+ " says what each code means and how to fix it; the message of each result names the place and the words.";

	private RuleDescriptions() {
	}

	static JsonObject rule(String code) {
		JsonObject rule = new JsonObject();
		rule.addProperty("id", code);
		rule.addProperty("name", code.substring(code.lastIndexOf('.') + 1));
		rule.add("shortDescription", text(words(code)));
		rule.add("fullDescription", text(words(code) + " (ClaimBench issue code " + code + ")."));
		rule.add("help", text(DOCUMENTATION));
		rule.addProperty("helpUri", Documentation.issueCode(code).toString());
		return rule;
	}

	/** "claimbench.quoteMoved" → "Quote moved". */
	static String words(String code) {
		String name = code.substring(code.lastIndexOf('.') + 1);
		String spaced = name.replaceAll("([a-z0-9])([A-Z])", "$1 $2").toLowerCase(java.util.Locale.ROOT);
		return spaced.isEmpty() ? code : Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
	}

	private static JsonObject text(String value) {
		JsonObject text = new JsonObject();
		text.addProperty("text", value);
		return text;
	}
}
