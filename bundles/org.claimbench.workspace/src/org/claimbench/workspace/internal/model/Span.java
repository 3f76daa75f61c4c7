package org.claimbench.workspace.internal.model;

import java.util.ArrayList;
import java.util.List;

import org.claimbench.dsl.source.Mentions;
import org.claimbench.model.claims.Actor;
import org.claimbench.model.claims.Anchor;
import org.claimbench.model.claims.Claim;
import org.claimbench.model.claims.Document;
import org.claimbench.model.claims.DocumentElement;

/** An anchor of a claim or an actor mention, as a range of the source text. */
public record Span(DocumentElement owner, Anchor anchor) {

	public int offset() {
		return anchor.getOffset();
	}

	public int end() {
		return anchor.end();
	}

	public boolean isMention() {
		return owner instanceof Actor;
	}

	public boolean contains(int position) {
		return offset() <= position && position < end();
	}

	/**
	 * Every claim anchor and actor mention of the document that has a place in the text, claims first. An anchor
	 * written by hand without an offset has none until 'claimbench anchor' or the quick fix writes it.
	 */
	public static List<Span> of(Document document) {
		List<Span> spans = new ArrayList<>();
		if (document == null) {
			return spans;
		}
		for (Claim claim : document.getClaims()) {
			claim.getAnchors().stream().filter(Anchor::isSetOffset).forEach(anchor -> spans.add(new Span(claim, anchor)));
		}
		// The document's own actors and the register's actors it mentions.
		Mentions.byActor(document).forEach((actor, anchors) -> anchors.stream().filter(Anchor::isSetOffset)
				.forEach(anchor -> spans.add(new Span(actor, anchor))));
		return spans;
	}

	/** The spans covering a position, shortest first: the innermost one is what a click means. */
	public static List<Span> at(Document document, int position) {
		List<Span> hits = new ArrayList<>();
		for (Span span : of(document)) {
			if (span.contains(position)) {
				hits.add(span);
			}
		}
		hits.sort((a, b) -> Integer.compare(a.anchor.length(), b.anchor.length()));
		return hits;
	}
}
