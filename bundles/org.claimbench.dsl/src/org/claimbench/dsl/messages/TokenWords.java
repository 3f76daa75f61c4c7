package org.claimbench.dsl.messages;

import org.antlr.runtime.Token;

/** Names tokens the way a specialist reads the file: "a name", "the string \"…\"", "the end of the file". */
final class TokenWords {

	private static final int LONGEST_TEXT = 40;

	private TokenWords() {
	}

	/** What the parser wanted, from its token name: "a name", "':'", "a quoted string". */
	static String expected(String tokenName) {
		if (tokenName == null) {
			return "something else";
		}
		return switch (tokenName) {
			case "RULE_ID" -> "a name";
			case "RULE_INT" -> "a whole number";
			case "RULE_STRING" -> "a quoted string";
			case "RULE_DATE" -> "a date (YYYY-MM-DD)";
			case "EOF" -> "the end of the file";
			default -> tokenName.startsWith("RULE_") || tokenName.startsWith("<") ? "something else" : tokenName;
		};
	}

	/** The token the parser found: "'Ministrs'", "the string \"the Ministers\"", "the end of the file". */
	static String found(Token token) {
		if (token == null || token.getType() == Token.EOF || token.getText() == null) {
			return "the end of the file";
		}
		String text = token.getText();
		if (text.startsWith("\"") || text.startsWith("'")) {
			return "the string " + shortened(text);
		}
		return "'" + shortened(text) + "'";
	}

	/** A piece of the file in one line, long text cut with an ellipsis. */
	static String shortened(String text) {
		String line = text.replace("\r", "\\r").replace("\n", "\\n").replace("\t", "\\t");
		return line.length() > LONGEST_TEXT ? line.substring(0, LONGEST_TEXT - 1) + "…" : line;
	}
}
