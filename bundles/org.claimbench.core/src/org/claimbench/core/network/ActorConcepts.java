package org.claimbench.core.network;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

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
final class ActorConcepts implements NetworkBuilder<Network> {

	/** Without a qualifier attribute: one value for every claim. */
	private static final String UNQUALIFIED = "";

	/** An actor or a concept as the network names and shows it, kept without its document; one object per element. */
	private static final class Named {
		private final Network.Node node;
		private final String name;

		Named(Network.Node node, String name) {
			this.node = node;
			this.name = name;
		}

		Network.Node node() {
			return node;
		}

		String name() {
			return name;
		}

		String id() {
			return node.id();
		}
	}

	private final NetworkKind kind;
	private final String qualifier;
	private final Map<ElementKey, Named> actorsByKey = new LinkedHashMap<>();
	private final Map<ElementKey, Named> conceptsByKey = new LinkedHashMap<>();
	/** For each actor, in the order they first hold a claim: the qualifier values they state per concept, with counts. */
	private final Map<Named, Map<Named, Map<String, Integer>>> statements = new LinkedHashMap<>();
	private final Set<Named> concepts = new LinkedHashSet<>();

	ActorConcepts(NetworkKind kind, String qualifier) {
		this.kind = kind;
		this.qualifier = qualifier;
	}

	@Override
	public void add(Document document) {
		for (Claim claim : document.getClaims()) {
			ClaimKind claimKind = claim.getKind();
			String value = qualifier == null ? UNQUALIFIED : Qualifier.of(claim, qualifier);
			if (claimKind == null || claimKind.eIsProxy() || value == null) {
				continue;
			}
			Named concept = conceptsByKey.computeIfAbsent(ElementKey.of(claimKind), k -> new Named(NodeData.concept(claimKind), claimKind.getName()));
			concepts.add(concept);
			for (Actor holder : claim.getHolders()) {
				if (!holder.eIsProxy()) {
					Named actor = actorsByKey.computeIfAbsent(ElementKey.of(holder), k -> new Named(NodeData.actor(holder), holder.getName()));
					statements.computeIfAbsent(actor, h -> new LinkedHashMap<>())
							.computeIfAbsent(concept, k -> new LinkedHashMap<>()).merge(value, 1, Integer::sum);
				}
			}
		}
	}

	@Override
	public Network network() {
		return kind == NetworkKind.ACTORS ? actors() : twoMode();
	}

	/** Actor to concept, one edge per qualifier value, weighted by the number of claims. */
	private Network twoMode() {
		List<Network.Node> nodes = new ArrayList<>();
		statements.keySet().forEach(actor -> nodes.add(actor.node()));
		concepts.forEach(concept -> nodes.add(concept.node()));
		List<Network.Edge> edges = new ArrayList<>();
		statements.forEach((actor, byConcept) -> byConcept.forEach((concept, values) -> values.forEach((value, count) -> edges.add(
				new Network.Edge(actor.id(), concept.id(), "holds", count, qualifier != null ? Map.of("qualifier", value) : Map.of())))));
		return new Network(NetworkKind.TWO_MODE, true, nodes, edges);
	}

	/**
	 * Actor to actor: agreement weighted by the number of concepts on which both state a same
	 * qualifier value, conflict by the number on which they state different ones. An actor who
	 * states two values on one concept can agree and conflict with another on it.
	 */
	private Network actors() {
		List<Named> actors = List.copyOf(statements.keySet());
		List<Network.Node> nodes = actors.stream().map(Named::node).toList();
		List<Network.Edge> edges = new ArrayList<>();
		for (int i = 0; i < actors.size(); i++) {
			for (int j = i + 1; j < actors.size(); j++) {
				link(actors.get(i), actors.get(j), edges);
			}
		}
		return new Network(NetworkKind.ACTORS, false, nodes, edges);
	}

	private void link(Named a, Named b, List<Network.Edge> edges) {
		List<String> agreed = new ArrayList<>();
		List<String> opposed = new ArrayList<>();
		Map<Named, Map<String, Integer>> ofA = statements.get(a);
		Map<Named, Map<String, Integer>> ofB = statements.get(b);
		for (Named concept : concepts) {
			Set<String> valuesA = ofA.getOrDefault(concept, Map.of()).keySet();
			Set<String> valuesB = ofB.getOrDefault(concept, Map.of()).keySet();
			if (valuesA.isEmpty() || valuesB.isEmpty()) {
				continue;
			}
			if (valuesA.stream().anyMatch(valuesB::contains)) {
				agreed.add(concept.name());
			}
			if (valuesA.stream().anyMatch(va -> valuesB.stream().anyMatch(vb -> !vb.equals(va)))) {
				opposed.add(concept.name());
			}
		}
		edge(a, b, "agreement", agreed, edges);
		edge(a, b, "conflict", opposed, edges);
	}

	private static void edge(Named a, Named b, String type, List<String> concepts, List<Network.Edge> edges) {
		if (!concepts.isEmpty()) {
			edges.add(new Network.Edge(a.id(), b.id(), type, concepts.size(),
					Map.of("concepts", String.join(" ", concepts))));
		}
	}
}
