package org.claimbench.cli.report;

import com.google.gson.JsonObject;

/**
 * How a SARIF rule describes an issue code to someone reading a code-scanning alert: a short
 * description made from the code's own words ({@code quoteMoved} reads "Quote moved"), and where
 * the documentation explains every code.
 */
final class RuleDescriptions {

	private static final String DOCUMENTATION = "The ClaimBench user documentation (dsl.md, 'What validation checks', and the"
			+ " sections it links) explains each issue code; the message of each result says what to do.";

	private RuleDescriptions() {
	}

	static JsonObject rule(String code) {
		JsonObject rule = new JsonObject();
		rule.addProperty("id", code);
		rule.addProperty("name", code.substring(code.lastIndexOf('.') + 1));
		rule.add("shortDescription", text(words(code)));
		rule.add("fullDescription", text(words(code) + " (ClaimBench issue code " + code + ")."));
		rule.add("help", text(DOCUMENTATION));
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
