package org.claimbench.dsl.schema;

import java.time.LocalDate;
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
		try {
			LocalDate.parse(text, ISO_DATE);
			return true;
		} catch (DateTimeParseException e) {
			return false;
		}
	}

	/** True when the text is a number as the languages write one: digits, an optional '-' and decimal point. */
	public static boolean isNumber(String text) {
		return text.matches("-?\\d+(\\.\\d+)?");
	}
}
