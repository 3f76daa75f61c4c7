package org.claimbench.reliability;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * A text after a series of edits, which knows where the words of the original text went: the truth
 * a re-anchoring is checked against. Words stand where no edit touched them, or where an edit that
 * copied text pasted the whole of them (as a cut and paste does; {@link #ownPlaces} leaves copies out).
 * Every reading of an edit that gives the same text counts: an edit whose inserted text begins or
 * ends like the text around it can be read as made a little earlier or later, and a pasted copy
 * whose neighbouring characters equal those next to its source can be read as a longer copy. A paste
 * that holds only part of some words, the rest being other characters that happen to read the same,
 * is a lookalike, not the words; so is a copy of other words that read the same (a namesake).
 */
public final class EditedText {

	/** Replaces {@code oldLength} characters at {@code start} by a copy of {@code length} characters at {@code from}. */
	public record Edit(int start, int oldLength, int from, int length) {
		@Override
		public String toString() {
			return "new Edit(" + start + ", " + oldLength + ", " + from + ", " + length + ")";
		}
	}

	/**
	 * An applied edit with the lengths of the text before and after it, how much of the text it left
	 * alone, and how far the copy can be read as reaching beyond its ends (the characters before and
	 * after the pasted copy equal those before and after its source).
	 */
	private record Step(Edit edit, int before, int after, int prefix, int suffix, int copiedBefore, int copiedAfter) {
	}

	private final String original;
	private final String text;
	private final List<Step> steps;

	private EditedText(String original, String text, List<Step> steps) {
		this.original = original;
		this.text = text;
		this.steps = steps;
	}

	public static EditedText of(String original) {
		return new EditedText(original, original, List.of());
	}

	/** The original text after the given edits, one after the other. */
	public static EditedText of(String original, List<Edit> edits) {
		EditedText edited = of(original);
		for (Edit edit : edits) {
			edited = edited.apply(edit);
		}
		return edited;
	}

	public EditedText apply(Edit edit) {
		String after = text.substring(0, edit.start()) + text.substring(edit.from(), edit.from() + edit.length())
				+ text.substring(edit.start() + edit.oldLength());
		int limit = Math.min(text.length(), after.length());
		int prefix = 0;
		while (prefix < limit && text.charAt(prefix) == after.charAt(prefix)) {
			prefix++;
		}
		int suffix = 0;
		while (suffix < limit && text.charAt(text.length() - 1 - suffix) == after.charAt(after.length() - 1 - suffix)) {
			suffix++;
		}
		int copiedBefore = 0;
		int copiedAfter = 0;
		if (edit.length() > 0) {
			while (copiedBefore < Math.min(edit.from(), edit.start())
					&& text.charAt(edit.from() - 1 - copiedBefore) == text.charAt(edit.start() - 1 - copiedBefore)) {
				copiedBefore++;
			}
			int sourceEnd = edit.from() + edit.length();
			int replacedEnd = edit.start() + edit.oldLength();
			while (sourceEnd + copiedAfter < text.length() && replacedEnd + copiedAfter < text.length()
					&& text.charAt(sourceEnd + copiedAfter) == text.charAt(replacedEnd + copiedAfter)) {
				copiedAfter++;
			}
		}
		List<Step> next = new ArrayList<>(steps);
		next.add(new Step(edit, text.length(), after.length(), prefix, suffix, copiedBefore, copiedAfter));
		return new EditedText(original, after, List.copyOf(next));
	}

	public String text() {
		return text;
	}

	public List<Edit> edits() {
		return steps.stream().map(Step::edit).toList();
	}

	/** Where the original words at the offset stand now: their own places and whole copies of them. */
	public Set<Integer> places(int offset, int length) {
		return follow(offset, length, true);
	}

	/** Where the original words at the offset stand now, copies left out. */
	public Set<Integer> ownPlaces(int offset, int length) {
		return follow(offset, length, false);
	}

	private Set<Integer> follow(int offset, int length, boolean withCopies) {
		Set<Integer> own = new TreeSet<>(Set.of(offset));
		Set<Integer> copies = new TreeSet<>();
		for (Step step : steps) {
			Set<Integer> nextOwn = alongEdit(own, length, step);
			Set<Integer> nextCopies = alongEdit(copies, length, step);
			Edit edit = step.edit();
			for (Set<Integer> places : List.of(own, copies)) {
				for (int at : places) {
					if (length > 0 && edit.length() > 0 && at >= edit.from() - step.copiedBefore()
							&& at + length <= edit.from() + edit.length() + step.copiedAfter()) {
						nextCopies.add(edit.start() + at - edit.from());
					}
				}
			}
			own = nextOwn;
			copies = nextCopies;
		}
		if (withCopies) {
			own.addAll(copies);
		}
		return own;
	}

	/** True when the original words at the offset stand at {@code at}. */
	public boolean holdsWords(int offset, int length, int at) {
		return places(offset, length).contains(at) || keptByALaterOrEarlierEdit(offset, length, at);
	}

	/** An edit keeps the words it leaves alone: where a span is. */
	private static Set<Integer> alongEdit(Set<Integer> places, int length, Step step) {
		Set<Integer> moved = new TreeSet<>();
		for (int at : places) {
			if (at + length <= step.prefix()) {
				moved.add(at);
			}
			if (step.before() - at <= step.suffix()) {
				moved.add(at + step.after() - step.before());
			}
		}
		return moved;
	}

	/**
	 * The words read the same at {@code at} and join, through characters that also read the same, a
	 * character of theirs (or of the text next to them) that stands there, or a copy of it, moved by the
	 * same distance: then the edits next to them can be read as having started or ended a little
	 * further away (an edit that cut the last letter of "posture" and a later one that glued on the "e"
	 * of another "posture" leave the words as they were).
	 */
	private boolean keptByALaterOrEarlierEdit(int offset, int length, int at) {
		int shift = at - offset;
		if (at < 0 || !text.regionMatches(at, original, offset, length)) {
			return false;
		}
		for (int c = offset; c < offset + length; c++) {
			if (standsAt(c, c + shift)) {
				return true;
			}
		}
		for (int c = offset - 1; c >= 0 && c + shift >= 0 && original.charAt(c) == text.charAt(c + shift); c--) {
			if (standsAt(c, c + shift)) {
				return true;
			}
		}
		for (int c = offset + length; c < original.length() && c + shift < text.length()
				&& original.charAt(c) == text.charAt(c + shift); c++) {
			if (standsAt(c, c + shift)) {
				return true;
			}
		}
		return false;
	}

	private boolean standsAt(int character, int at) {
		return follow(character, 1, true).contains(at);
	}
}
