package org.claimbench.dsl.validation;

import java.util.ArrayList;
import java.util.List;

import org.claimbench.dsl.source.AnchorMatcher;
import org.claimbench.dsl.source.FoldedText;
import org.claimbench.dsl.source.SourceText;
import org.claimbench.dsl.source.Typography;

/**
 * Whether an anchor stands on its words: the quote at the offset, and the prefix and suffix, where given,
 * right before and after it. Every problem is an error, so that a document only validates when each of its
 * anchors reads exactly as recorded; {@link SourceAnchorValidator} reports them, and the fuzzers check the
 * same rules without parsing a document.
 */
public final class AnchorCheck {

	/** The part of the anchor a problem is about, where an editor marks it. */
	public enum Part {
		QUOTE, OFFSET, PREFIX, SUFFIX
	}

	/**
	 * One thing wrong with an anchor.
	 *
	 * @param data the issue data (see {@link IssueCodes}): what a quick fix needs
	 */
	public record Problem(String code, Part part, String message, String... data) {
	}

	private AnchorCheck() {
	}

	/**
	 * The problems of one anchor, none when it stands on its words.
	 *
	 * @param what "Mention" or "Quote", as messages name the anchor
	 */
	public static List<Problem> check(SourceText source, String what, String quote, int offset, String prefix,
			String suffix) {
		quote = quote == null ? "" : quote;
		if (quote.isEmpty()) {
			return List.of(new Problem(IssueCodes.EMPTY_QUOTE, Part.QUOTE,
					what + " is empty; an anchor quotes at least one character of the source text"));
		}
		String text = source.text();
		if (AnchorMatcher.matchesAt(text, quote, offset)) {
			return context(source, what, quote, offset, prefix, suffix);
		}
		FoldedText.Match near = source.folded().nearest(quote, offset, prefix, suffix);
		String subject = what + " " + Describe.quoted(quote);
		String found;
		Part part;
		String code;
		if (offset >= 0 && offset <= source.length() && !source.contains(offset, quote.length())) {
			// The offset is in the text; the quote is longer than what is left of it.
			found = subject + " at offset " + offset + " runs past the end of the source text (" + source.fileName() + " has "
					+ source.length() + " characters, " + (source.length() - offset) + " of them from that offset)";
			part = Part.OFFSET;
			code = IssueCodes.ANCHOR_OUT_OF_RANGE;
		} else if (!source.contains(offset, quote.length())) {
			found = "Offset " + offset + " of " + subject.substring(0, 1).toLowerCase() + subject.substring(1)
					+ " lies outside the source text (" + source.fileName() + " has " + source.length() + " characters)";
			part = Part.OFFSET;
			code = IssueCodes.ANCHOR_OUT_OF_RANGE;
		} else {
			found = subject + " does not match the source text at offset " + offset + " (" + source.fileName() + ", line "
					+ source.lineOf(offset) + "): found " + Describe.quoted(source.excerpt(offset, quote.length()));
			part = Part.QUOTE;
			code = IssueCodes.QUOTE_NOT_FOUND;
		}
		if (near == null) {
			int windows = windowsLineBreaks(text, quote, offset);
			if (windows >= 0) {
				String words = windowsWords(text, quote, windows);
				return List.of(new Problem(IssueCodes.QUOTE_NEAR_MISS, Part.QUOTE, found + "; the quote matches the text at offset "
						+ windows + " (line " + source.lineOf(windows) + ") except for its line breaks: " + WINDOWS_LINE_BREAKS,
						words, String.valueOf(windows)));
			}
			return List.of(new Problem(code, part, found + (part == Part.OFFSET ? ", and the quote occurs nowhere in it"
					: ", and the quote occurs nowhere in " + source.fileName())));
		}
		String at = "offset " + near.start() + " (line " + source.lineOf(near.start()) + ")";
		if (near.exact()) {
			return List.of(new Problem(IssueCodes.QUOTE_MOVED, Part.OFFSET, found + "; the quote occurs at " + at,
					String.valueOf(near.start())));
		}
		String differences = Typography.describe(Typography.differences(quote, near.words(), "the quote"));
		return List.of(new Problem(IssueCodes.QUOTE_NEAR_MISS, Part.QUOTE, found + "; the quote matches the text at " + at
				+ " except for " + differences + ": the text has " + Describe.quoted(near.words()), near.words(),
				String.valueOf(near.start())));
	}

	/** How a near miss on line breaks is explained. */
	static final String WINDOWS_LINE_BREAKS = "the text has Windows line breaks (\\r\\n, as a Windows editor saves it) where the quote"
			+ " has \\n; write the quote's line breaks as \\r\\n (the quick fix does), or save the text with \\n line breaks";

	/**
	 * Where the quote stands when its line breaks are read as a Windows text writes them (\r\n), the place nearest
	 * the offset; -1 when the quote has no line break, or is not there either. Typography folding leaves line breaks
	 * alone, since offsets count them.
	 */
	static int windowsLineBreaks(String text, String quote, int near) {
		if (quote.indexOf('\n') < 0 || quote.indexOf('\r') >= 0 || text.indexOf('\r') < 0) {
			return -1;
		}
		String windows = quote.replace("\n", "\r\n");
		int best = -1;
		for (int at = text.indexOf(windows); at >= 0; at = text.indexOf(windows, at + 1)) {
			if (best < 0 || Math.abs(at - near) < Math.abs(best - near)) {
				best = at;
			}
		}
		return best;
	}

	/** The text's words at a place {@link #windowsLineBreaks} found: the quote with each \n as \r\n. */
	static String windowsWords(String text, String quote, int at) {
		return text.substring(at, at + quote.length() + (int) quote.chars().filter(c -> c == '\n').count());
	}

	/**
	 * Prefix and suffix say which occurrence of the words the anchor means. When they no longer match, the words
	 * at the offset may be other words that read the same, so this is an error until a person confirms the
	 * anchor by recording the context the text now has.
	 */
	private static List<Problem> context(SourceText source, String what, String quote, int offset, String prefix,
			String suffix) {
		String text = source.text();
		List<Problem> problems = new ArrayList<>(0);
		int end = offset + quote.length();
		boolean prefixMatches = AnchorMatcher.prefixMatches(text, offset, prefix);
		boolean suffixMatches = AnchorMatcher.suffixMatches(text, end, suffix);
		if (prefixMatches && suffixMatches) {
			return problems;
		}
		int elsewhere = AnchorMatcher.nearestInContext(text, quote, offset, prefix, suffix);
		String where = " " + what.toLowerCase() + " " + Describe.quoted(quote) + " at offset " + offset + " ("
				+ source.fileName() + ", line " + source.lineOf(offset) + ")";
		if (!prefixMatches) {
			String now = text.substring(Math.max(0, offset - prefix.length()), offset);
			problems.add(contextProblem("Prefix", prefix, now, "Prefix " + Describe.quoted(prefix)
					+ " does not match the text before" + where, Part.PREFIX, elsewhere, source));
		}
		if (!suffixMatches) {
			String now = source.excerpt(end, suffix.length());
			problems.add(contextProblem("Suffix", suffix, now, "Suffix " + Describe.quoted(suffix)
					+ " does not match the text after" + where, Part.SUFFIX, elsewhere, source));
		}
		return problems;
	}

	private static Problem contextProblem(String name, String recorded, String now, String mismatch, Part part,
			int elsewhere, SourceText source) {
		String lower = name.toLowerCase();
		List<String> differences = Typography.differences(recorded, now, "the " + lower);
		String message = mismatch + ": found " + Describe.quoted(now)
				+ (differences.isEmpty() ? "" : " (only " + Typography.describe(differences) + ")")
				+ (elsewhere < 0 ? "" : "; the quote occurs with its prefix and suffix at offset " + elsewhere + " (line "
						+ source.lineOf(elsewhere) + ")")
				+ "; if the anchor is on the words it means, confirm it by "
				+ (now.isEmpty() ? "removing the " + lower : "changing the " + lower + " to " + Describe.quoted(now));
		return elsewhere < 0 ? new Problem(IssueCodes.CONTEXT_MISMATCH, part, message, now)
				: new Problem(IssueCodes.CONTEXT_MISMATCH, part, message, now, String.valueOf(elsewhere));
	}
}
