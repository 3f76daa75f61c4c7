package org.claimbench.cli.report;

import java.io.PrintWriter;
import java.util.Map;

/** A two-column table of names and counts, aligned for a terminal. */
public final class TextTable {

	private TextTable() {
	}

	public static void print(PrintWriter out, String nameHeading, String countHeading, Map<String, Integer> rows) {
		int nameWidth = nameHeading.length();
		int countWidth = countHeading.length();
		for (Map.Entry<String, Integer> row : rows.entrySet()) {
			nameWidth = Math.max(nameWidth, row.getKey().length());
			countWidth = Math.max(countWidth, String.valueOf(row.getValue()).length());
		}
		String format = "%-" + nameWidth + "s  %" + countWidth + "s%n";
		out.printf(format, nameHeading, countHeading);
		out.printf(format, "-".repeat(nameWidth), "-".repeat(countWidth));
		if (rows.isEmpty()) {
			out.printf(format, "(none)", "");
		}
		rows.forEach((name, count) -> out.printf(format, name, count));
	}
}
