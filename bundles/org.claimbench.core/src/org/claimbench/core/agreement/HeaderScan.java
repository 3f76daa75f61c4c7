package org.claimbench.core.agreement;

import java.nio.file.Path;

/**
 * Which statement a coder's document belongs to, read from its header (up to {@code schema}) without parsing the
 * document: {@code agree} groups documents by statement before it loads any, and parsing each one twice cost as much
 * as measuring. Only a guess: the header of every parsed document is checked against it ({@link StatementStream}).
 */
public final class HeaderScan {

	/** The scan cannot tell; the document must be parsed to know. Compared by identity. */
	public static final String UNKNOWN = new String("unknown");

	private final String text;
	private int at;

	private HeaderScan(String text) {
		this.text = text;
	}

	/**
	 * As {@link Statement#keyOf(org.claimbench.model.claims.Document)} would say once the file is parsed: the source
	 * text's path, null for a register or curated document, or UNKNOWN.
	 */
	public static String keyOf(Path file, String text) {
		HeaderScan scan = new HeaderScan(text);
		String first = scan.next();
		if ("register".equals(first)) {
			return null;
		}
		if (!"document".equals(first) || isString(scan.next())) {
			return UNKNOWN;
		}
		String source = null;
		String status = null;
		for (String word = scan.next(); !"schema".equals(word); word = scan.next()) {
			String value = scan.next();
			if (word == null || value == null) {
				return UNKNOWN;
			}
			switch (word) {
				case "title", "place", "coder" -> {
					if (!isString(value)) {
						return UNKNOWN;
					}
				}
				case "date" -> {
				}
				case "source" -> {
					// Escapes would need the language's value converter: leave those few files to the parser.
					if (!isString(value) || value.indexOf('\\') >= 0) {
						return UNKNOWN;
					}
					source = value.substring(1, value.length() - 1);
				}
				case "status" -> status = value;
				default -> {
					return UNKNOWN;
				}
			}
		}
		if (source == null) {
			return UNKNOWN;
		}
		return "curated".equals(status) ? null : Statement.keyOf(file, source);
	}

	private static boolean isString(String token) {
		return token != null && (token.startsWith("\"") || token.startsWith("'"));
	}

	/** The next word or quoted string (quotes kept), skipping blanks and comments; null at the end or on a broken string. */
	private String next() {
		while (at < text.length()) {
			char c = text.charAt(at);
			if (Character.isWhitespace(c)) {
				at++;
			} else if (text.startsWith("//", at)) {
				int end = text.indexOf('\n', at);
				at = end < 0 ? text.length() : end + 1;
			} else if (text.startsWith("/*", at)) {
				int end = text.indexOf("*/", at + 2);
				at = end < 0 ? text.length() : end + 2;
			} else {
				break;
			}
		}
		if (at >= text.length()) {
			return null;
		}
		int start = at;
		char quote = text.charAt(at);
		if (quote == '"' || quote == '\'') {
			for (at++; at < text.length(); at++) {
				char c = text.charAt(at);
				if (c == '\\') {
					at++;
				} else if (c == quote) {
					at++;
					return text.substring(start, at);
				} else if (c == '\n' || c == '\r') {
					return null;
				}
			}
			return null;
		}
		while (at < text.length() && !Character.isWhitespace(text.charAt(at)) && text.charAt(at) != '"' && text.charAt(at) != '\''
				&& !text.startsWith("//", at) && !text.startsWith("/*", at)) {
			at++;
		}
		return text.substring(start, at);
	}
}
