package org.claimbench.core.io;

/** A cell of a CSV row (RFC 4180): quoted when it holds a comma, a quote or a line break, quotes doubled. */
public final class CsvCell {

	private CsvCell() {
	}

	public static String of(String cell) {
		String text = cell == null ? "" : cell;
		return text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")
				? "\"" + text.replace("\"", "\"\"") + "\"" : text;
	}
}
