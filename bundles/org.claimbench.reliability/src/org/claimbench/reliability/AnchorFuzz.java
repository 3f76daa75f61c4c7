package org.claimbench.reliability;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

import org.claimbench.core.LoadedModel;
import org.claimbench.core.ModelLoader;
import org.claimbench.core.anchor.AnchorRelocator;
import org.claimbench.core.anchor.AnchorSpan;
import org.claimbench.core.anchor.Placement;
import org.claimbench.core.io.Utf8Text;
import org.claimbench.dsl.source.AnchorMatcher;
import org.claimbench.dsl.source.SourceText;
import org.claimbench.model.claims.Anchor;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * Re-anchoring on random edits of the sample's source text: insertions (often copies of nearby text,
 * so quotes get namesakes), deletions and replacements. The truth is known from the edits, so the
 * property is exact: an anchor the relocator places is at the offset its old words moved to; it may
 * be flagged instead, never placed on other words. Random spans and offsets also go through
 * {@link AnchorMatcher} and {@link SourceText}, which must never throw.
 */
public final class AnchorFuzz extends FuzzTarget {

	private final String text;
	private final List<AnchorSpan> spans = new ArrayList<>();

	/**
	 * The edited text and, for each anchor, the offsets that hold its own words or a copy of them: the
	 * truth the relocator is checked against. An edit keeps a span where the text up to its end is
	 * unchanged, shifts it where the text from its start to the end is unchanged (both, since a copy of
	 * the text next to a span can be read as inserted before or after it), and copies it along with a
	 * copied range that holds (most of) it, as when a paragraph is cut and pasted.
	 */
	record Edited(String text, List<AnchorSpan> spans, List<Set<Integer>> places) {

		static Edited of(String text, List<AnchorSpan> spans) {
			return new Edited(text, spans, spans.stream().map(s -> Set.of(s.offset())).toList());
		}

		/** Replaces a range by a copy of another range (empty for a deletion). */
		Edited replace(int start, int oldLength, int from, int length) {
			String after = text.substring(0, start) + text.substring(from, from + length) + text.substring(start + oldLength);
			int limit = Math.min(text.length(), after.length());
			int prefix = 0;
			while (prefix < limit && text.charAt(prefix) == after.charAt(prefix)) {
				prefix++;
			}
			int suffix = 0;
			while (suffix < limit && text.charAt(text.length() - 1 - suffix) == after.charAt(after.length() - 1 - suffix)) {
				suffix++;
			}
			List<Set<Integer>> next = new ArrayList<>();
			for (int i = 0; i < spans.size(); i++) {
				int quote = spans.get(i).quote().length();
				Set<Integer> moved = new TreeSet<>();
				for (int offset : places.get(i)) {
					if (offset + quote <= prefix) {
						moved.add(offset);
					}
					if (text.length() - offset <= suffix) {
						moved.add(offset + after.length() - text.length());
					}
					// Mostly inside the copied range: the rest of the words at the copy's place are equal characters
					// (the relocator only places where the whole quote reads the same).
					int copied = Math.min(offset + quote, from + length) - Math.max(offset, from);
					if (copied > 0 && 2 * copied >= quote) {
						moved.add(start + offset - from);
					}
				}
				next.add(moved);
			}
			return new Edited(after, spans, next);
		}

		boolean holdsWords(int span, int offset) {
			return places.get(span).contains(offset);
		}
	}

	public AnchorFuzz(Path sampleDocument, String sourceName) throws IOException {
		text = Utf8Text.read(sampleDocument.resolveSibling(sourceName));
		LoadedModel model = new ModelLoader().load(List.of(sampleDocument));
		EcoreUtil.<Object>getAllContents(model.documents().get(0), true).forEachRemaining(o -> {
			if (o instanceof Anchor a) {
				spans.add(new AnchorSpan(a.getQuote(), a.getOffset(), a.getPrefix(), a.getSuffix()));
			}
		});
	}

	@Override
	public String name() {
		return "anchors";
	}

	@Override
	protected void fuzzOne(Mutations mutations, long iteration, Findings findings) {
		Random random = mutations.random();
		if (random.nextInt(10) == 0) {
			hostileSpans(random, iteration, findings);
			return;
		}
		Edited edited = Edited.of(text, spans);
		int edits = random.nextInt(4);
		for (int e = 0; e < edits; e++) {
			edited = randomEdit(random, edited);
		}
		String changed = edited.text();
		List<Placement> placements = AnchorRelocator.relocate(changed, spans);
		for (int i = 0; i < spans.size(); i++) {
			Placement placement = placements.get(i);
			AnchorSpan span = spans.get(i);
			if (placement.placed() && !edited.holdsWords(i, placement.offset())) {
				findings.add(name(), iteration, "\"" + span.quote() + "\" at " + span.offset() + " placed at "
						+ placement.offset() + " on other words after " + edits + " edits", changed);
			} else if (placement.placed()) {
				count("placed");
			} else {
				count(!edited.places().get(i).isEmpty() ? "flagged, words intact"
						: "flagged, words edited");
			}
			if (edits == 0 && placement.status() != Placement.Status.UNCHANGED) {
				findings.add(name(), iteration, "\"" + spans.get(i).quote() + "\" not kept in the unchanged text", changed);
			}
		}
	}

	/** One random insertion, deletion or replacement, the inserted text a copy of other text (a namesake maker). */
	private static Edited randomEdit(Random random, Edited edited) {
		int length = edited.text().length();
		int start = random.nextInt(length + 1);
		int oldLength = random.nextInt(3) == 0 ? 0 : Math.min(length - start, random.nextInt(300));
		if (random.nextInt(3) == 0 || length == 0) {
			return edited.replace(start, oldLength, 0, 0);
		}
		int from = random.nextInt(length);
		return edited.replace(start, oldLength, from, Math.min(length - from, 1 + random.nextInt(300)));
	}

	/** Spans with odd offsets, empty or absent quotes and context, which must be flagged or placed on their quote. */
	private void hostileSpans(Random random, long iteration, Findings findings) {
		List<AnchorSpan> odd = new ArrayList<>();
		for (int i = random.nextInt(20); i > 0; i--) {
			int from = random.nextInt(text.length());
			String quote = switch (random.nextInt(4)) {
				case 0 -> "";
				case 1 -> null;
				default -> text.substring(from, Math.min(text.length(), from + random.nextInt(12)));
			};
			int offset = switch (random.nextInt(3)) {
				case 0 -> random.nextInt();
				case 1 -> -random.nextInt(5);
				default -> random.nextInt(text.length() + 10);
			};
			String prefix = random.nextBoolean() ? null : text.substring(0, random.nextInt(3));
			odd.add(new AnchorSpan(quote, offset, prefix, random.nextBoolean() ? "" : null));
		}
		List<Placement> placements = AnchorRelocator.relocate(text, odd);
		for (int i = 0; i < odd.size(); i++) {
			AnchorSpan span = odd.get(i);
			if (placements.get(i).placed() && (span.quote() == null || !text.startsWith(span.quote(), placements.get(i).offset()))) {
				findings.add(name(), iteration, "odd span " + span + " placed at " + placements.get(i).offset(), text);
			}
			if (span.quote() != null) {
				AnchorMatcher.nearest(text, span.quote(), span.offset(), span.prefix(), span.suffix());
				AnchorMatcher.matchesAt(text, span.quote(), span.offset());
			}
		}
		SourceText source = new SourceText(null, text);
		int offset = random.nextInt(3) == 0 ? random.nextInt() : random.nextInt(text.length() + 3) - 1;
		int line = source.lineOf(offset);
		if (line < 1 || line > source.lineCount() || source.columnOf(offset) < 1) {
			findings.add(name(), iteration, "offset " + offset + " gives line " + line + ", column " + source.columnOf(offset),
					(String) null);
		}
		source.excerpt(offset, random.nextInt(100) - 5);
		source.contains(offset, random.nextInt(100) - 5);
		count("odd spans");
	}
}
