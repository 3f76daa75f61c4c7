package org.claimbench.reliability;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;

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
 * property is exact: an anchor the relocator places is at the offset its old words moved to (see
 * {@link EditedText}); it may be flagged instead, never placed on other words. Random spans and offsets also go through
 * {@link AnchorMatcher} and {@link SourceText}, which must never throw.
 */
public final class AnchorFuzz extends FuzzTarget {

	private final String text;
	private final List<AnchorSpan> spans = new ArrayList<>();

	public AnchorFuzz(Path sampleDocument, String sourceName) throws IOException {
		text = Utf8Text.read(sampleDocument.resolveSibling(sourceName));
		LoadedModel model = new ModelLoader().load(List.of(sampleDocument));
		EcoreUtil.<Object>getAllContents(model.documents().get(0), true).forEachRemaining(o -> {
			if (o instanceof Anchor a) {
				spans.add(new AnchorSpan(a.getQuote(), a.getOffset(), a.getPrefix(), a.getSuffix()));
			}
		});
	}

	/** The sample's source text the edits start from. */
	public String source() {
		return text;
	}

	/** The sample's anchors, in document order. */
	public List<AnchorSpan> spans() {
		return List.copyOf(spans);
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
		EditedText edited = EditedText.of(text);
		int edits = random.nextInt(4);
		for (int e = 0; e < edits; e++) {
			edited = randomEdit(random, edited);
		}
		String changed = edited.text();
		List<Placement> placements = AnchorRelocator.relocate(changed, spans);
		for (int i = 0; i < spans.size(); i++) {
			Placement placement = placements.get(i);
			AnchorSpan span = spans.get(i);
			int length = span.quote().length();
			Set<Integer> own = edited.ownPlaces(span.offset(), length);
			if (placement.placed() && own.contains(placement.offset())) {
				count("placed");
			} else if (placement.placed() && edited.holdsWords(span.offset(), length, placement.offset())) {
				count(own.isEmpty() ? "placed" : "placed on a copy of its words that still stand");
			} else if (placement.placed()) {
				findings.add(name(), iteration, "\"" + span.quote() + "\" at " + span.offset() + " placed at "
						+ placement.offset() + " on other words after " + edited.edits(), changed);
			} else {
				count((placement.status() == Placement.Status.AMBIGUOUS ? "ambiguous" : "not found")
						+ (!edited.places(span.offset(), length).isEmpty() ? ", words intact" : ", words edited")
						+ (placement.status() == Placement.Status.AMBIGUOUS && placement.count() == 1 ? ", found once" : ""));
			}
			if (edits == 0 && placement.status() != Placement.Status.UNCHANGED) {
				findings.add(name(), iteration, "\"" + spans.get(i).quote() + "\" not kept in the unchanged text", changed);
			}
		}
	}

	/** One random insertion, deletion or replacement, the inserted text a copy of other text (a namesake maker). */
	static EditedText randomEdit(Random random, EditedText edited) {
		int length = edited.text().length();
		int start = random.nextInt(length + 1);
		int oldLength = random.nextInt(3) == 0 ? 0 : Math.min(length - start, random.nextInt(300));
		if (random.nextInt(3) == 0 || length == 0) {
			return edited.apply(new EditedText.Edit(start, oldLength, 0, 0));
		}
		int from = random.nextInt(length);
		return edited.apply(new EditedText.Edit(start, oldLength, from, Math.min(length - from, 1 + random.nextInt(300))));
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
