package org.claimbench.ui.internal.agreement;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.claimbench.core.agreement.Measure;
import org.claimbench.core.io.CsvCell;

/** The measures as the view shows them, and as text to paste: a table aligned in columns, or CSV. */
final class MeasureText {

	static final String[] COLUMNS = { "Statement", "Coders", "Measure", "Value", "Units" };

	private MeasureText() {
	}

	/** The cells of a measure's row; the value with three decimals as {@code agree} prints it, n/a where there is none. */
	static String[] cells(Measure measure) {
		return new String[] { measure.statement(), measure.coders(), measure.name(), value(measure.value()), String.valueOf(measure.units()) };
	}

	static String value(double value) {
		return Double.isNaN(value) ? "n/a" : String.format(Locale.ROOT, "%.3f", value);
	}

	/** Columns padded to their widest cell, numbers to the right, for a mail or a methods section. */
	static String table(List<Measure> measures) {
		List<String[]> lines = new ArrayList<>();
		lines.add(COLUMNS);
		measures.forEach(m -> lines.add(cells(m)));
		int[] widths = new int[COLUMNS.length];
		lines.forEach(line -> {
			for (int i = 0; i < line.length; i++) {
				widths[i] = Math.max(widths[i], line[i].length());
			}
		});
		StringBuilder text = new StringBuilder();
		for (String[] line : lines) {
			StringBuilder row = new StringBuilder();
			for (int i = 0; i < line.length; i++) {
				String format = "%" + (i >= 3 ? "" : "-") + widths[i] + "s";
				row.append(i == 0 ? "" : "  ").append(String.format(format, line[i]));
			}
			text.append(row.toString().stripTrailing()).append('\n');
		}
		return text.toString();
	}

	/** One row per measure with a header (RFC 4180); values unrounded, empty where there is none. */
	static String csv(List<Measure> measures) {
		StringBuilder csv = new StringBuilder("statement,coders,measure,value,units\r\n");
		for (Measure m : measures) {
			csv.append(String.join(",", CsvCell.of(m.statement()), CsvCell.of(m.coders()), CsvCell.of(m.name()),
					Double.isNaN(m.value()) ? "" : String.valueOf(m.value()), String.valueOf(m.units()))).append("\r\n");
		}
		return csv.toString();
	}
}
