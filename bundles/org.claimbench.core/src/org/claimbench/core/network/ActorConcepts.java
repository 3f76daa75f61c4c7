package org.claimbench.core.network;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.claimbench.core.export.ElementIds;
import org.claimbench.model.claims.Actor;
import org.claimbench.model.claims.Claim;
import org.claimbench.model.claims.ClaimKind;
import org.claimbench.model.claims.Document;

/**
 * The networks of Discourse Network Analyzer, read from claims: an actor who holds a claim makes a
 * statement on its concept (the claim kind) with its qualifier (the value of the chosen attribute).
 * Holders count as named: a claim held by a group links the group, not its members. Without a
 * qualifier attribute every statement has the same qualifier, so actors can only agree; with one, a
 * claim that has no value for it (nor a default) says nothing on the question and is left out.
 */
final class ActorConcepts {

	/** Without a qualifier attribute: one value for every claim. */
	private static final String UNQUALIFIED = "";

	private final boolean qualified;
	/** For each actor, in the order they first hold a claim: the qualifier values they state per concept, with counts. */
	private final Map<Actor, Map<ClaimKind, Map<String, Integer>>> statements = new LinkedHashMap<>();
	private final Set<ClaimKind> concepts = new LinkedHashSet<>();

	private ActorConcepts(boolean qualified) {
		this.qualified = qualified;
	}

	static ActorConcepts of(List<Document> documents, String qualifier) {
		ActorConcepts result = new ActorConcepts(qualifier != null);
		for (Document document : documents) {
			for (Claim claim : document.getClaims()) {
				ClaimKind kind = claim.getKind();
				String value = qualifier == null ? UNQUALIFIED : Qualifier.of(claim, qualifier);
				if (kind == null || kind.eIsProxy() || value == null) {
					continue;
				}
				result.concepts.add(kind);
				for (Actor holder : claim.getHolders()) {
					if (!holder.eIsProxy()) {
						result.statements.computeIfAbsent(holder, h -> new LinkedHashMap<>())
								.computeIfAbsent(kind, k -> new LinkedHashMap<>()).merge(value, 1, Integer::sum);
					}
				}
			}
		}
		return result;
	}

	/** Actor to concept, one edge per qualifier value, weighted by the number of claims. */
	Network twoMode() {
		List<Network.Node> nodes = new ArrayList<>();
		statements.keySet().forEach(actor -> nodes.add(NodeData.actor(actor)));
		concepts.forEach(kind -> nodes.add(NodeData.concept(kind)));
		List<Network.Edge> edges = new ArrayList<>();
		statements.forEach((actor, byConcept) -> byConcept.forEach((kind, values) -> values.forEach((value, count) -> edges.add(
				new Network.Edge(ElementIds.of(actor), ElementIds.of(kind), "holds", count,
						qualified ? Map.of("qualifier", value) : Map.of())))));
		return new Network(NetworkKind.TWO_MODE, true, nodes, edges);
	}

	/**
	 * Actor to actor: agreement weighted by the number of concepts on which both state a same
	 * qualifier value, conflict by the number on which they state different ones. An actor who
	 * states two values on one concept can agree and conflict with another on it.
	 */
	Network actors() {
		List<Actor> actors = List.copyOf(statements.keySet());
		List<Network.Node> nodes = actors.stream().map(NodeData::actor).toList();
		List<Network.Edge> edges = new ArrayList<>();
		for (int i = 0; i < actors.size(); i++) {
			for (int j = i + 1; j < actors.size(); j++) {
				link(actors.get(i), actors.get(j), edges);
			}
		}
		return new Network(NetworkKind.ACTORS, false, nodes, edges);
	}

	private void link(Actor a, Actor b, List<Network.Edge> edges) {
		List<String> agreed = new ArrayList<>();
		List<String> opposed = new ArrayList<>();
		Map<ClaimKind, Map<String, Integer>> ofA = statements.get(a);
		Map<ClaimKind, Map<String, Integer>> ofB = statements.get(b);
		for (ClaimKind kind : concepts) {
			Set<String> valuesA = ofA.getOrDefault(kind, Map.of()).keySet();
			Set<String> valuesB = ofB.getOrDefault(kind, Map.of()).keySet();
			if (valuesA.isEmpty() || valuesB.isEmpty()) {
				continue;
			}
			if (valuesA.stream().anyMatch(valuesB::contains)) {
				agreed.add(kind.getName());
			}
			if (valuesA.stream().anyMatch(va -> valuesB.stream().anyMatch(vb -> !vb.equals(va)))) {
				opposed.add(kind.getName());
			}
		}
		edge(a, b, "agreement", agreed, edges);
		edge(a, b, "conflict", opposed, edges);
	}

	private static void edge(Actor a, Actor b, String type, List<String> concepts, List<Network.Edge> edges) {
		if (!concepts.isEmpty()) {
			edges.add(new Network.Edge(ElementIds.of(a), ElementIds.of(b), type, concepts.size(),
					Map.of("concepts", String.join(" ", concepts))));
		}
	}
}
