package org.claimbench.core.series;

import java.util.ArrayList;
import java.util.List;

/**
 * How the wording of a restated claim changed, word by word, written as {@code git diff --word-diff} does:
 * {@code [-removed-]} and {@code {+added+}} around the words that differ. Written here rather than taken from
 * a diff library: the texts are a sentence each, the longest common subsequence of their words is a few lines,
 * and the target platform carries no diff library for the product to ship.
 */
public final class WordDiff {

	private WordDiff() {
	}

	public static String of(String before, String after) {
		List<String> a = words(before);
		List<String> b = words(after);
		int[][] common = new int[a.size() + 1][b.size() + 1];
		for (int i = a.size() - 1; i >= 0; i--) {
			for (int j = b.size() - 1; j >= 0; j--) {
				common[i][j] = a.get(i).equals(b.get(j)) ? common[i + 1][j + 1] + 1 : Math.max(common[i + 1][j], common[i][j + 1]);
			}
		}
		List<String> out = new ArrayList<>();
		List<String> removed = new ArrayList<>();
		List<String> added = new ArrayList<>();
		int i = 0;
		int j = 0;
		while (i < a.size() || j < b.size()) {
			if (i < a.size() && j < b.size() && a.get(i).equals(b.get(j))) {
				flush(out, removed, added);
				out.add(a.get(i));
				i++;
				j++;
			} else if (j < b.size() && (i == a.size() || common[i][j + 1] >= common[i + 1][j])) {
				added.add(b.get(j++));
			} else {
				removed.add(a.get(i++));
			}
		}
		flush(out, removed, added);
		return String.join(" ", out);
	}

	/** True when the two wordings have the same words in the same order, whatever the spacing. */
	public static boolean same(String before, String after) {
		return words(before).equals(words(after));
	}

	private static void flush(List<String> out, List<String> removed, List<String> added) {
		if (!removed.isEmpty()) {
			out.add("[-" + String.join(" ", removed) + "-]");
			removed.clear();
		}
		if (!added.isEmpty()) {
			out.add("{+" + String.join(" ", added) + "+}");
			added.clear();
		}
	}

	private static List<String> words(String text) {
		String trimmed = text == null ? "" : text.strip();
		return trimmed.isEmpty() ? List.of() : List.of(trimmed.split("\\s+"));
	}
}
