package org.claimbench.dsl.schema;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;

/** The literal forms of number and date values, for the validator and for editors that take typed text. */
public final class ValueSyntax {

	private static final DateTimeFormatter ISO_DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd")
			.withResolverStyle(ResolverStyle.STRICT);

	private ValueSyntax() {
	}

	/** True when the text is a real calendar date in ISO form (2024-02-29 is, 2023-02-29 is not). */
	public static boolean isCalendarDate(String text) {
		if (isPlainIsoDate(text)) {
			// The form every DATE token has, checked without the formatter: validation meets thousands of them.
			int year = Integer.parseInt(text, 0, 4, 10);
			int month = Integer.parseInt(text, 5, 7, 10);
			int day = Integer.parseInt(text, 8, 10, 10);
			return month >= 1 && month <= 12 && day >= 1 && day <= YearMonth.of(year, month).lengthOfMonth();
		}
		try {
			LocalDate.parse(text, ISO_DATE);
			return true;
		} catch (DateTimeParseException e) {
			return false;
		}
	}

	/**
	 * True when the text is a date as precise as the statement: a calendar date, a month (2023-04) or a year (2023).
	 * Statements often name only the year or the month of what they refer to.
	 */
	public static boolean isDate(String text) {
		if (isYear(text)) {
			return true;
		}
		if (text.length() == 7 && text.charAt(4) == '-') {
			return isCalendarDate(text + "-01");
		}
		return isCalendarDate(text);
	}

	/** True for a year written alone: four digits. */
	public static boolean isYear(String text) {
		return text.length() == 4 && text.chars().allMatch(c -> c >= '0' && c <= '9');
	}

	private static boolean isPlainIsoDate(String text) {
		if (text.length() != 10 || text.charAt(4) != '-' || text.charAt(7) != '-') {
			return false;
		}
		for (int i = 0; i < text.length(); i++) {
			if (i != 4 && i != 7 && (text.charAt(i) < '0' || text.charAt(i) > '9')) {
				return false;
			}
		}
		return true;
	}

	/** True when the text is a number as the languages write one: digits, an optional '-' and decimal point. */
	public static boolean isNumber(String text) {
		return text.matches("-?\\d+(\\.\\d+)?");
	}
}
