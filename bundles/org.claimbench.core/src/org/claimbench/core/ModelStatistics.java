package org.claimbench.core;

import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.claimbench.dsl.source.Mentions;
import org.claimbench.model.claims.Actor;
import org.claimbench.model.claims.Claim;
import org.claimbench.model.claims.Document;
import org.claimbench.model.claims.NamedElement;
import org.claimbench.model.claims.Relation;

/**
 * What a corpus holds: claims per kind, mentions per actor, claims per holder and relations per
 * kind, each sorted by count (largest first), then by name.
 */
public record ModelStatistics(int documents, Map<String, Integer> claimKinds, Map<String, Integer> actorMentions,
		Map<String, Integer> holders, Map<String, Integer> relationKinds) {

	public static ModelStatistics of(Collection<Document> documents) {
		Map<String, Integer> kinds = new TreeMap<>();
		Map<String, Integer> actors = new TreeMap<>();
		Map<String, Integer> holders = new TreeMap<>();
		Map<String, Integer> relations = new TreeMap<>();
		for (Document document : documents) {
			Mentions.byActor(document).forEach((actor, anchors) -> actors.merge(actor.getName(), anchors.size(), Integer::sum));
			for (Claim claim : document.getClaims()) {
				kinds.merge(nameOf(claim.getKind()), 1, Integer::sum);
				for (Actor holder : claim.getHolders()) {
					holders.merge(nameOf(holder), 1, Integer::sum);
				}
			}
			for (Relation relation : document.getRelations()) {
				relations.merge(nameOf(relation.getKind()), 1, Integer::sum);
			}
		}
		return new ModelStatistics(documents.size(), byCount(kinds), byCount(actors), byCount(holders), byCount(relations));
	}

	public int claims() {
		return claimKinds.values().stream().mapToInt(Integer::intValue).sum();
	}

	public int relations() {
		return relationKinds.values().stream().mapToInt(Integer::intValue).sum();
	}

	private static String nameOf(NamedElement element) {
		return element == null || element.eIsProxy() || element.getName() == null ? "(unresolved)" : element.getName();
	}

	private static Map<String, Integer> byCount(Map<String, Integer> counts) {
		List<Map.Entry<String, Integer>> entries = counts.entrySet().stream()
				.sorted(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder())).toList();
		Map<String, Integer> sorted = new LinkedHashMap<>();
		entries.forEach(e -> sorted.put(e.getKey(), e.getValue()));
		return sorted;
	}
}
