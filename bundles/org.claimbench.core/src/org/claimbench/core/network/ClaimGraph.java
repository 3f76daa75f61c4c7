package org.claimbench.core.network;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.claimbench.core.export.ElementIds;
import org.claimbench.model.claims.Actor;
import org.claimbench.model.claims.Claim;
import org.claimbench.model.claims.Document;
import org.claimbench.model.claims.Relation;
import org.eclipse.emf.ecore.EObject;

/**
 * The full network: every actor and claim of the documents, actors linked to the claims they hold
 * and groups to their members, claims linked by their relations (also across documents). An edge
 * whose other end is not among the documents (a claim of a statement left out, an unresolved name in
 * a forced export) is left out, so the file never names a node it does not have. The actors of all documents
 * come first, then the claims (each after those of its holders not yet met), then membership and holding, then
 * relations; built document by document, each part is kept apart until the network is asked for.
 */
final class ClaimGraph implements NetworkBuilder {

	/** An edge between two elements named by their {@link ElementKey}, kept until every node is known. */
	private record Pending(ElementKey source, ElementKey target, Network.Edge edge) {
	}

	private final Map<ElementKey, Network.Node> actors = new LinkedHashMap<>();
	/** Claims, and the holders they bring that may not be among the actors (of a register not given); false for a claim. */
	private final List<Map.Entry<ElementKey, Network.Node>> claims = new ArrayList<>();
	private final List<Boolean> holder = new ArrayList<>();
	private final List<Pending> structure = new ArrayList<>();
	private final List<Pending> relations = new ArrayList<>();

	@Override
	public void add(Document document) {
		document.getActors().forEach(a -> actors.put(ElementKey.of(a), NodeData.actor(a)));
		for (Claim claim : document.getClaims()) {
			// Holders declared in a register that was not given still belong to the picture.
			claim.getHolders().stream().filter(h -> !h.eIsProxy()).forEach(h -> {
				claims.add(Map.entry(ElementKey.of(h), NodeData.actor(h)));
				holder.add(true);
			});
			claims.add(Map.entry(ElementKey.of(claim), NodeData.claim(claim)));
			holder.add(false);
		}
		for (Actor actor : document.getActors()) {
			actor.getMembers().forEach(member -> pending(structure, actor, member, "member", Map.of()));
		}
		for (Claim claim : document.getClaims()) {
			claim.getHolders().forEach(h -> pending(structure, h, claim, "holds", Map.of()));
		}
		for (Relation relation : document.getRelations()) {
			Map<String, String> data = relation.getKind() == null || relation.getKind().eIsProxy() ? Map.of()
					: Map.of("kind", relation.getKind().getName());
			pending(relations, relation.getSource(), relation.getTarget(), "relation", data);
		}
	}

	@Override
	public Network network() {
		Map<ElementKey, Network.Node> nodes = new LinkedHashMap<>(actors);
		for (int i = 0; i < claims.size(); i++) {
			if (holder.get(i)) {
				nodes.putIfAbsent(claims.get(i).getKey(), claims.get(i).getValue());
			} else {
				nodes.put(claims.get(i).getKey(), claims.get(i).getValue());
			}
		}
		List<Network.Edge> edges = new ArrayList<>();
		for (List<Pending> part : List.of(structure, relations)) {
			part.stream().filter(p -> nodes.containsKey(p.source()) && nodes.containsKey(p.target())).forEach(p -> edges.add(p.edge()));
		}
		return new Network(NetworkKind.FULL, true, List.copyOf(nodes.values()), edges);
	}

	private static void pending(List<Pending> edges, EObject source, EObject target, String type, Map<String, String> data) {
		ElementKey from = ElementKey.of(source);
		ElementKey to = ElementKey.of(target);
		if (from != null && to != null) {
			edges.add(new Pending(from, to, new Network.Edge(ElementIds.of(source), ElementIds.of(target), type, 1, data)));
		}
	}
}
