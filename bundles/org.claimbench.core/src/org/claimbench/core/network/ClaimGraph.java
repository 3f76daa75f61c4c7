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
 * a forced export) is left out, so the file never names a node it does not have.
 */
final class ClaimGraph {

	private final Map<EObject, Network.Node> nodes = new LinkedHashMap<>();
	private final List<Network.Edge> edges = new ArrayList<>();

	private ClaimGraph() {
	}

	static Network of(List<Document> documents) {
		ClaimGraph graph = new ClaimGraph();
		for (Document document : documents) {
			document.getActors().forEach(a -> graph.nodes.put(a, NodeData.actor(a)));
		}
		for (Document document : documents) {
			for (Claim claim : document.getClaims()) {
				// Holders declared in a register that was not given still belong to the picture.
				claim.getHolders().stream().filter(h -> !h.eIsProxy()).forEach(h -> graph.nodes.computeIfAbsent(h, key -> NodeData.actor(h)));
				graph.nodes.put(claim, NodeData.claim(claim));
			}
		}
		for (Document document : documents) {
			for (Actor actor : document.getActors()) {
				actor.getMembers().forEach(member -> graph.edge(actor, member, "member", Map.of()));
			}
			for (Claim claim : document.getClaims()) {
				claim.getHolders().forEach(holder -> graph.edge(holder, claim, "holds", Map.of()));
			}
		}
		for (Document document : documents) {
			for (Relation relation : document.getRelations()) {
				Map<String, String> data = relation.getKind() == null || relation.getKind().eIsProxy() ? Map.of()
						: Map.of("kind", relation.getKind().getName());
				graph.edge(relation.getSource(), relation.getTarget(), "relation", data);
			}
		}
		return new Network(NetworkKind.FULL, true, List.copyOf(graph.nodes.values()), graph.edges);
	}

	private void edge(EObject source, EObject target, String type, Map<String, String> data) {
		if (source != null && target != null && nodes.containsKey(source) && nodes.containsKey(target)) {
			edges.add(new Network.Edge(ElementIds.of(source), ElementIds.of(target), type, 1, data));
		}
	}
}
