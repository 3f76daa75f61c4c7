package org.claimbench.cli.server;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** How long the server waits for the next command before it exits: {@code 3h}, {@code 90m}, {@code 30s}. */
final class IdleTime {

	private static final Pattern FORM = Pattern.compile("(\\d{1,9})\\s*(s|m|h)?");

	private IdleTime() {
	}

	static Duration parse(String text) {
		Matcher matcher = FORM.matcher(text.trim());
		if (!matcher.matches()) {
			throw new IllegalArgumentException("idle time '" + text + "' is not a number of seconds, minutes or hours"
					+ " (such as 45s, 90m, 3h)");
		}
		long amount = Long.parseLong(matcher.group(1));
		String unit = matcher.group(2) == null ? "s" : matcher.group(2);
		return switch (unit) {
			case "h" -> Duration.ofHours(amount);
			case "m" -> Duration.ofMinutes(amount);
			default -> Duration.ofSeconds(amount);
		};
	}

	static String format(Duration idle) {
		long seconds = idle.toSeconds();
		return seconds % 3600 == 0 ? seconds / 3600 + "h" : seconds % 60 == 0 ? seconds / 60 + "m" : seconds + "s";
	}
}
