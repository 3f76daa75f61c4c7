package org.claimbench.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import picocli.CommandLine;
import picocli.CommandLine.Help;
import picocli.CommandLine.Model.UsageMessageSpec;

/**
 * Help texts as paragraphs. The commands write their descriptions as source lines of about a hundred
 * characters; picocli would wrap each of them again at its own width and leave half-empty lines in the
 * middle of sentences. Here the lines of a sentence are joined, so picocli wraps each paragraph once,
 * and the command list shows each command's first sentence, whole.
 */
final class HelpText {

	private HelpText() {
	}

	/** Rejoins the description and footer of the command and all its subcommands, and sets the command list. */
	static void reflow(CommandLine commandLine) {
		UsageMessageSpec usage = commandLine.getCommandSpec().usageMessage();
		usage.description(paragraphs(usage.description()));
		usage.footer(paragraphs(usage.footer()));
		commandLine.getSubcommands().values().forEach(HelpText::reflow);
		if (!commandLine.getSubcommands().isEmpty()) {
			commandLine.getHelpSectionMap().put(UsageMessageSpec.SECTION_KEY_COMMAND_LIST, HelpText::commandList);
		}
	}

	/** Lines that end a sentence (or are empty) end a paragraph; the others run on into the next line. */
	static String[] paragraphs(String[] lines) {
		List<String> paragraphs = new ArrayList<>();
		StringBuilder paragraph = null;
		for (String line : lines) {
			if (paragraph == null) {
				paragraph = new StringBuilder(line);
			} else {
				paragraph.append(' ').append(line.strip());
			}
			String end = line.strip();
			if (end.isEmpty() || end.endsWith(".") || end.endsWith(":") || end.endsWith("%n")) {
				paragraphs.add(paragraph.toString());
				paragraph = null;
			}
		}
		if (paragraph != null) {
			paragraphs.add(paragraph.toString());
		}
		return paragraphs.toArray(String[]::new);
	}

	/** "validate  Checks schema ... files, and folders of them." for every subcommand, one sentence each. */
	static String commandList(Help help) {
		Map<String, String> summaries = new LinkedHashMap<>();
		help.subcommands().forEach((name, sub) -> summaries.put(name, firstSentence(sub.commandSpec().usageMessage())));
		int nameWidth = summaries.keySet().stream().mapToInt(String::length).max().orElse(0);
		int width = help.commandSpec().usageMessage().width();
		StringBuilder list = new StringBuilder();
		summaries.forEach((name, summary) -> {
			String indent = " ".repeat(2 + nameWidth + 2);
			list.append("  ").append(name).append(" ".repeat(nameWidth - name.length() + 2));
			wrap(summary, width - indent.length(), indent + "  ", list);
		});
		return list.toString();
	}

	/** Breaks only at spaces (picocli's line breaking also splits ".claims" after its dot). */
	private static void wrap(String text, int width, String continuation, StringBuilder out) {
		int column = 0;
		int lineWidth = width;
		for (String word : text.split(" +")) {
			if (column > 0 && column + 1 + word.length() > lineWidth) {
				out.append('\n').append(continuation);
				column = 0;
				lineWidth = width - 2;
			} else if (column > 0) {
				out.append(' ');
				column++;
			}
			out.append(word);
			column += word.length();
		}
		out.append('\n');
	}

	/** The names of the commands with their first sentences, for a user who typed an unknown one. */
	static String commandList(CommandLine commandLine) {
		return commandList(commandLine.getHelp());
	}

	private static String firstSentence(UsageMessageSpec usage) {
		String[] text = usage.header().length > 0 ? usage.header() : usage.description();
		String joined = String.join(" ", text).strip();
		// A sentence ends at a full stop before a space, not at an ellipsis ("PATH... as one file").
		for (int end = joined.indexOf(". "); end > 0; end = joined.indexOf(". ", end + 1)) {
			if (joined.charAt(end - 1) != '.') {
				return joined.substring(0, end + 1);
			}
		}
		return joined;
	}
}
