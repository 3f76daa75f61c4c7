package org.claimbench.ui.internal.views;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.claimbench.model.claims.Claim;
import org.claimbench.model.claims.Document;
import org.claimbench.ui.internal.views.Paragraphs.Paragraph;

/**
 * The claims whose first quote starts in one paragraph of the source text, in text order; a null paragraph
 * holds the claims without a quote inside the text.
 */
public record ParagraphGroup(Paragraph paragraph, List<Claim> claims) implements ClaimGroup {

	private static final int OPENING_CHARS = 48;

	@Override
	public String label() {
		return paragraph == null ? "Not quoted in the source text"
				: "\u00B6 " + paragraph.number() + " \u2014 " + paragraph.opening(OPENING_CHARS);
	}

	@Override
	public Object key() {
		return paragraph == null ? ParagraphGroup.class : paragraph;
	}

	/** Groups in paragraph order, the claims without a place in the text last. */
	public static List<ParagraphGroup> of(Document document, String sourceText) {
		if (document == null) {
			return List.of();
		}
		Paragraphs paragraphs = Paragraphs.of(sourceText);
		List<Claim> inTextOrder = new ArrayList<>(document.getClaims());
		inTextOrder.sort(Comparator.comparingInt(ParagraphGroup::start));
		Map<Paragraph, List<Claim>> byParagraph = new LinkedHashMap<>();
		List<Claim> unplaced = new ArrayList<>();
		for (Claim claim : inTextOrder) {
			Paragraph paragraph = start(claim) == Integer.MAX_VALUE ? null : paragraphs.at(start(claim));
			if (paragraph == null) {
				unplaced.add(claim);
			} else {
				byParagraph.computeIfAbsent(paragraph, p -> new ArrayList<>()).add(claim);
			}
		}
		List<ParagraphGroup> groups = new ArrayList<>();
		byParagraph.forEach((paragraph, claims) -> groups.add(new ParagraphGroup(paragraph, claims)));
		if (!unplaced.isEmpty()) {
			groups.add(new ParagraphGroup(null, unplaced));
		}
		return groups;
	}

	/** Where the claim's first quote starts; claims without one sort last. */
	private static int start(Claim claim) {
		return claim.getAnchors().isEmpty() || !claim.getAnchors().get(0).isSetOffset() ? Integer.MAX_VALUE
				: claim.getAnchors().get(0).getOffset();
	}
}
