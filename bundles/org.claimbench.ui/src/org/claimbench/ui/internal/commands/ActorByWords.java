package org.claimbench.ui.internal.commands;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.claimbench.model.claims.Actor;
import org.claimbench.model.claims.Anchor;

/**
 * The actor that selected words name: by its name, label or an alias, or because it was mentioned with the same
 * words before. Case, spaces, punctuation, a leading "the" and a possessive "'s" do not matter.
 */
final class ActorByWords {

	private ActorByWords() {
	}

	/** The actor the words name, or null when they name none. */
	static Actor find(List<Actor> actors, String words) {
		String wanted = key(words);
		if (wanted.isEmpty()) {
			return null;
		}
		for (Actor actor : actors) {
			if (names(actor).stream().map(ActorByWords::key).anyMatch(wanted::equals)) {
				return actor;
			}
		}
		return null;
	}

	private static List<String> names(Actor actor) {
		List<String> names = new ArrayList<>();
		names.add(actor.getName());
		names.add(actor.getLabel());
		names.addAll(actor.getAliases());
		actor.getAnchors().stream().map(Anchor::getQuote).forEach(names::add);
		return names;
	}

	static String key(String words) {
		if (words == null) {
			return "";
		}
		String key = words.strip().toLowerCase(Locale.ROOT).replaceFirst("^the\\s+", "").replaceFirst("['\u2019]s$", "");
		return key.replaceAll("[^\\p{L}\\p{N}]", "");
	}
}
