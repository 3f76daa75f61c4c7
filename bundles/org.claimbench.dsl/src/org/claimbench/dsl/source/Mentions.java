package org.claimbench.dsl.source;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.claimbench.model.claims.Actor;
import org.claimbench.model.claims.ActorMentions;
import org.claimbench.model.claims.Anchor;
import org.claimbench.model.claims.Document;

/**
 * Every actor a document's source text names, with the anchors naming it: the document's own actors
 * with the mentions in their blocks, then the actors declared elsewhere (a register) with the mentions
 * of their {@code mentions} blocks, in the order the document gives them.
 */
public final class Mentions {

	private Mentions() {
	}

	public static Map<Actor, List<Anchor>> byActor(Document document) {
		Map<Actor, List<Anchor>> result = new LinkedHashMap<>();
		for (Actor actor : document.getActors()) {
			result.computeIfAbsent(actor, key -> new ArrayList<>()).addAll(actor.getAnchors());
		}
		for (ActorMentions mentions : document.getMentions()) {
			if (mentions.getActor() != null && !mentions.getActor().eIsProxy()) {
				result.computeIfAbsent(mentions.getActor(), key -> new ArrayList<>()).addAll(mentions.getAnchors());
			}
		}
		return result;
	}
}
