package org.claimbench.ui.sourceeditor.internal;

/** The hover service writes Markdown; a plain tooltip shows it without the markup characters. */
final class MarkdownText {

	private MarkdownText() {
	}

	static String plain(String markdown) {
		return markdown.replaceAll("(?m)^#+\\s*", "").replace("**", "").replace("`", "").replace("\\_", "_")
				.replace("\\*", "*").strip();
	}
}
