package org.claimbench.core.series;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.claimbench.core.series.CommitmentChains.Appearance;
import org.claimbench.core.series.CommitmentChains.Chain;
import org.claimbench.core.series.ReusedWording.Passage;
import org.claimbench.dsl.source.SourceLoad;
import org.claimbench.dsl.source.SourceTexts;
import org.claimbench.model.claims.Anchor;
import org.claimbench.model.claims.Claim;
import org.claimbench.model.claims.Document;

/**
 * Links a coder may have missed: a claim whose quote reuses the wording of an earlier statement of the series
 * and is not yet linked to an earlier claim. Each suggestion names the earlier claim whose words the passage
 * overlaps most, or only the passage where the earlier statement has no claim there yet.
 */
public final class LinkSuggestions {

	/** Shingles a quote must share with an earlier statement, and the part of its shingles they must be. */
	public static final int MIN_SHARED = 2;
	public static final double MIN_OVERLAP = 0.3;

	/** A suggested link from {@code claim} to the earlier claim (null: none there yet) or passage. */
	public record Suggestion(Document statement, Claim claim, Document earlierStatement, Claim earlierClaim, Passage passage,
			String passageText) {
	}

	private LinkSuggestions() {
	}

	/** The suggestions for the tracked statements, later statements first-claim first, the nearest earlier statement preferred. */
	public static List<Suggestion> of(CommitmentChains.Result tracked) {
		Set<Claim> linkedBack = new HashSet<>();
		for (Chain chain : tracked.chains()) {
			chain.appearances().stream().skip(1).map(Appearance::claim).forEach(linkedBack::add);
		}
		List<Document> statements = tracked.statements();
		ReusedWording wording = new ReusedWording(statements.stream().map(LinkSuggestions::textOf).toList());
		List<Suggestion> suggestions = new ArrayList<>();
		for (int later = 1; later < statements.size(); later++) {
			for (Claim claim : statements.get(later).getClaims()) {
				String quote = claim.getAnchors().isEmpty() ? null : claim.getAnchors().get(0).getQuote();
				if (quote == null || linkedBack.contains(claim)) {
					continue;
				}
				Passage passage = wording.find(quote, MIN_SHARED, later);
				if (passage != null && passage.overlap() >= MIN_OVERLAP) {
					Document earlier = statements.get(passage.text());
					suggestions.add(new Suggestion(statements.get(later), claim, earlier, claimAt(earlier, passage), passage,
							wording.text(passage.text()).substring(passage.start(), passage.end())));
				}
			}
		}
		return suggestions;
	}

	private static String textOf(Document statement) {
		SourceLoad load = SourceTexts.load(statement);
		return load.isLoaded() ? load.text().text() : null;
	}

	/** The claim of the statement whose anchored words overlap the passage most, or null. */
	private static Claim claimAt(Document statement, Passage passage) {
		Claim best = null;
		int most = 0;
		for (Claim claim : statement.getClaims()) {
			for (Anchor anchor : claim.getAnchors()) {
				if (!anchor.isSetOffset() || anchor.getQuote() == null) {
					continue;
				}
				int overlap = Math.min(passage.end(), anchor.end()) - Math.max(passage.start(), anchor.getOffset());
				if (overlap > most) {
					most = overlap;
					best = claim;
				}
			}
		}
		return best;
	}
}
