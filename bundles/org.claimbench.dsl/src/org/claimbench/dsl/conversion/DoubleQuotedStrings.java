package org.claimbench.dsl.conversion;

import org.eclipse.xtext.conversion.impl.STRINGValueConverter;

/**
 * Writes strings in double quotes escaping only what must be escaped there. Xtext's default also escapes
 * apostrophes, which official statements are full of ("Japan's"), and the diffable text would read
 * {@code Japan\'s} in every quote. Reading still accepts every escape the default accepts.
 */
public class DoubleQuotedStrings extends STRINGValueConverter {

	@Override
	protected String toEscapedString(String value) {
		return literal(value);
	}

	/** The value as a string literal of the languages, as the serializer writes it (quick fixes write the same). */
	public static String literal(String value) {
		StringBuilder escaped = new StringBuilder(value.length() + 2).append('"');
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			switch (c) {
			case '"' -> escaped.append("\\\"");
			case '\\' -> escaped.append("\\\\");
			case '\n' -> escaped.append("\\n");
			case '\r' -> escaped.append("\\r");
			case '\t' -> escaped.append("\\t");
			case '\f' -> escaped.append("\\f");
			case '\b' -> escaped.append("\\b");
			default -> {
				if (c < 0x20) {
					escaped.append(String.format("\\u%04x", (int) c));
				} else {
					escaped.append(c);
				}
			}
			}
		}
		return escaped.append('"').toString();
	}
}
