package org.claimbench.ui.internal.help;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The user guide's Markdown laid out as plain text with the places of its styles, for a read-only text widget:
 * headings, paragraphs, lists, tables (one line per row, the cells joined), code, emphasis, links and images on
 * lines of their own. It covers what the guide uses, not all of CommonMark; what it does not know is shown as
 * written, so nothing of the guide is lost.
 */
public final class MarkdownLayout {

	/** The object replacement character stands where an image is drawn. */
	public static final char IMAGE = '\uFFFC';

	public enum Style {
		HEADING_1, HEADING_2, STRONG, EMPHASIS, CODE, LINK, CAPTION, TABLE_HEAD
	}

	public record Run(int offset, int length, Style style, String target) {
	}

	public record Picture(int offset, String path, String caption) {
	}

	private static final Pattern HEADING = Pattern.compile("^(#{1,6})\\s+(.*)$");
	private static final Pattern IMAGE_LINE = Pattern.compile("^!\\[([^\\]]*)\\]\\(([^)\\s]+)\\)\\s*$");
	private static final Pattern LIST_ITEM = Pattern.compile("^(\\s*)([-*+]|\\d+[.)])\\s+(.*)$");
	private static final Pattern TABLE_RULE = Pattern.compile("^\\|?\\s*:?-{3,}:?\\s*(\\|\\s*:?-{3,}:?\\s*)*\\|?\\s*$");
	/** Code first: nothing inside backticks is emphasis or a link. */
	private static final Pattern INLINE = Pattern.compile(
			"`([^`]+)`|\\*\\*([^*]+)\\*\\*|(?<![\\w*])\\*([^*\\s][^*]*)\\*|!?\\[([^\\]]+)\\]\\(([^)\\s]+)\\)");

	private final StringBuilder text = new StringBuilder();
	private final List<Run> runs = new ArrayList<>();
	private final List<Picture> pictures = new ArrayList<>();
	/** The paragraph being gathered is a list item: it ends with its line, not with a blank one. */
	private boolean item;

	private MarkdownLayout() {
	}

	public static MarkdownLayout of(String markdown) {
		MarkdownLayout layout = new MarkdownLayout();
		layout.blocks(markdown.replace("\r\n", "\n").split("\n", -1));
		return layout;
	}

	public String text() {
		return text.toString();
	}

	public List<Run> runs() {
		return runs;
	}

	public List<Picture> pictures() {
		return pictures;
	}

	private void blocks(String[] lines) {
		StringBuilder paragraph = new StringBuilder();
		boolean header = false;
		for (int i = 0; i < lines.length; i++) {
			String line = lines[i];
			if (line.strip().startsWith("```")) {
				flush(paragraph);
				int start = text.length();
				for (i++; i < lines.length && !lines[i].strip().startsWith("```"); i++) {
					text.append(lines[i]).append('\n');
				}
				runs.add(new Run(start, text.length() - start, Style.CODE, null));
				text.append('\n');
				continue;
			}
			Matcher heading = HEADING.matcher(line);
			Matcher image = IMAGE_LINE.matcher(line.strip());
			Matcher item = LIST_ITEM.matcher(line);
			if (line.isBlank()) {
				flush(paragraph);
				header = false;
			} else if (heading.matches()) {
				flush(paragraph);
				int start = text.length();
				inline(heading.group(2).strip());
				runs.add(new Run(start, text.length() - start, heading.group(1).length() == 1 ? Style.HEADING_1 : Style.HEADING_2, null));
				text.append("\n\n");
			} else if (image.matches()) {
				flush(paragraph);
				pictures.add(new Picture(text.length(), image.group(2), image.group(1)));
				text.append(IMAGE).append('\n');
				int start = text.length();
				text.append(image.group(1));
				runs.add(new Run(start, text.length() - start, Style.CAPTION, null));
				text.append("\n\n");
			} else if (line.strip().startsWith("|")) {
				if (!paragraph.isEmpty()) {
					flush(paragraph);
				}
				if (TABLE_RULE.matcher(line.strip()).matches()) {
					continue;
				}
				// The first row of a table is its header: the row after it is the rule.
				header = i + 1 < lines.length && TABLE_RULE.matcher(lines[i + 1].strip()).matches();
				row(line.strip(), header);
			} else if (item.matches()) {
				flush(paragraph);
				text.append(" ".repeat(item.group(1).length())).append(item.group(2).matches("\\d+[.)]") ? item.group(2) : "\u2022").append(' ');
				paragraph.append(item.group(3));
				this.item = true;
			} else {
				paragraph.append(paragraph.isEmpty() ? "" : " ").append(line.strip());
			}
		}
		flush(paragraph);
	}

	/** A row of a table on a line of its own: the cells joined by dashes, the first one strong. */
	private void row(String line, boolean header) {
		String inner = line.substring(1, line.endsWith("|") && line.length() > 1 ? line.length() - 1 : line.length());
		List<String> cells = new ArrayList<>();
		for (String cell : inner.split("(?<!\\\\)\\|", -1)) {
			cells.add(cell.strip().replace("\\|", "|"));
		}
		int start = text.length();
		for (int c = 0; c < cells.size(); c++) {
			if (cells.get(c).isEmpty()) {
				continue;
			}
			if (text.length() > start) {
				text.append("  \u2014  ");
			}
			int cellStart = text.length();
			inline(cells.get(c));
			if (c == 0 && !header) {
				runs.add(new Run(cellStart, text.length() - cellStart, Style.STRONG, null));
			}
		}
		if (header) {
			runs.add(new Run(start, text.length() - start, Style.TABLE_HEAD, null));
		}
		text.append('\n');
	}

	private void flush(StringBuilder paragraph) {
		if (!paragraph.isEmpty()) {
			inline(paragraph.toString());
			text.append(item ? "\n" : "\n\n");
			paragraph.setLength(0);
			item = false;
		} else if (text.length() > 0 && text.charAt(text.length() - 1) == '\n'
				&& (text.length() < 2 || text.charAt(text.length() - 2) != '\n')) {
			// A table or list ends: a blank line after it, as after a paragraph.
			text.append('\n');
		}
	}

	private void inline(String source) {
		Matcher m = INLINE.matcher(source);
		int at = 0;
		while (m.find()) {
			text.append(source, at, m.start());
			int start = text.length();
			if (m.group(1) != null) {
				text.append(m.group(1));
				runs.add(new Run(start, m.group(1).length(), Style.CODE, null));
			} else if (m.group(2) != null) {
				text.append(m.group(2));
				runs.add(new Run(start, m.group(2).length(), Style.STRONG, null));
			} else if (m.group(3) != null) {
				text.append(m.group(3));
				runs.add(new Run(start, m.group(3).length(), Style.EMPHASIS, null));
			} else {
				text.append(m.group(4));
				runs.add(new Run(start, m.group(4).length(), Style.LINK, m.group(5)));
			}
			at = m.end();
		}
		text.append(source.substring(at));
	}
}
