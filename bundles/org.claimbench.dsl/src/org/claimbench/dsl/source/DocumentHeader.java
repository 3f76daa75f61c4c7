package org.claimbench.dsl.source;

/**
 * A {@code .claims} file's header read without parsing the file: whether it is a register, and the strings and
 * status its clauses give, up to the {@code schema} clause. For looking through many files quickly (which statement
 * a coder's document codes, the versions beside a gold); where the header is not plainly written the reader says it
 * cannot tell, and the caller parses the file.
 *
 * @param source the {@code source} string as written between its quotes (escapes not read), null when absent
 * @param coder the {@code coder} string as written between its quotes, null when absent
 * @param status the {@code status} word, null when absent
 */
public record DocumentHeader(boolean register, String source, String coder, String status) {

	/** The header at the start of a file's text; null when the reader cannot tell (a broken or unusual header). */
	public static DocumentHeader read(String text) {
		Tokens tokens = new Tokens(text);
		String first = tokens.next();
		if ("register".equals(first)) {
			return new DocumentHeader(true, null, null, null);
		}
		if (!"document".equals(first) || isString(tokens.next())) {
			return null;
		}
		String source = null;
		String coder = null;
		String status = null;
		for (String word = tokens.next(); !"schema".equals(word); word = tokens.next()) {
			String value = tokens.next();
			if (word == null || value == null) {
				return null;
			}
			switch (word) {
				case "title", "place" -> {
					if (!isString(value)) {
						return null;
					}
				}
				case "date" -> {
				}
				case "source", "coder" -> {
					if (!isString(value)) {
						return null;
					}
					String content = value.substring(1, value.length() - 1);
					if (word.equals("source")) {
						source = content;
					} else {
						coder = content;
					}
				}
				case "status" -> status = value;
				default -> {
					return null;
				}
			}
		}
		return new DocumentHeader(false, source, coder, status);
	}

	/** A string's content with its backslash escapes read the simple way ({@code \"} is {@code "}). */
	public static String unescaped(String content) {
		return content == null ? null : content.replaceAll("\\\\(.)", "$1");
	}

	private static boolean isString(String token) {
		return token != null && (token.startsWith("\"") || token.startsWith("'"));
	}

	/** Words and quoted strings (quotes kept), blanks and comments skipped; null at the end or on a broken string. */
	private static final class Tokens {
		private final String text;
		private int at;

		Tokens(String text) {
			this.text = text;
		}

		String next() {
			skipBlanksAndComments();
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

		private void skipBlanksAndComments() {
			while (at < text.length()) {
				if (Character.isWhitespace(text.charAt(at))) {
					at++;
				} else if (text.startsWith("//", at)) {
					int end = text.indexOf('\n', at);
					at = end < 0 ? text.length() : end + 1;
				} else if (text.startsWith("/*", at)) {
					int end = text.indexOf("*/", at + 2);
					at = end < 0 ? text.length() : end + 2;
				} else {
					return;
				}
			}
		}
	}
}
