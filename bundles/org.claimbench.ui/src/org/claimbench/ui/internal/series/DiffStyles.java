package org.claimbench.ui.internal.series;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.RGB;

/**
 * A word diff as {@link org.claimbench.core.series.WordDiff} writes it, shown as a reader expects: removed words
 * struck through in red, added ones green and underlined, the brackets gone.
 */
final class DiffStyles {

	static final Color REMOVED = new Color(new RGB(170, 20, 20));
	static final Color ADDED = new Color(new RGB(0, 110, 30));
	private static final Pattern MARK = Pattern.compile("\\[-(.*?)-\\]|\\{\\+(.*?)\\+\\}");

	/** The words to show and their styles. */
	record Styled(String text, StyleRange[] ranges) {
	}

	private DiffStyles() {
	}

	static Styled of(String diff) {
		StringBuilder text = new StringBuilder();
		List<StyleRange> ranges = new ArrayList<>();
		Matcher mark = MARK.matcher(diff);
		int from = 0;
		while (mark.find()) {
			text.append(diff, from, mark.start());
			boolean removed = mark.group(1) != null;
			String words = removed ? mark.group(1) : mark.group(2);
			StyleRange range = new StyleRange(text.length(), words.length(), removed ? REMOVED : ADDED, null);
			range.strikeout = removed;
			range.underline = !removed;
			ranges.add(range);
			text.append(words);
			from = mark.end();
		}
		text.append(diff.substring(from));
		return new Styled(text.toString(), ranges.toArray(StyleRange[]::new));
	}
}
