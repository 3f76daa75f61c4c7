package org.claimbench.core.network;

import java.io.IOException;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import org.claimbench.core.export.ElementIds;
import org.claimbench.model.claims.Actor;
import org.claimbench.model.claims.Claim;
import org.claimbench.model.claims.Document;
import org.claimbench.model.claims.Relation;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * The full network: every actor and claim of the documents, actors linked to the claims they hold
 * and groups to their members, claims linked by their relations (also across documents). An edge
 * whose other end is not among the documents (a claim of a statement left out, an unresolved name in
 * a forced export) is left out, so the file never names a node it does not have. The actors of all documents
 * come first, then the claims (each after those of its holders not yet met), then membership and holding, then
 * relations; built document by document, each part goes to its own {@link ClaimGraphParts} (kept, or spooled to
 * files) until the network is asked for.
 * <p>
 * Which documents are added is known from the start, so whether an element is a node is decided when it is met, from
 * its document alone: actors and claims are their documents' children. Holders from elsewhere (a register not given)
 * are nodes of their own, and only a membership edge to such an actor waits for the end to be decided.
 */
final class ClaimGraph<T extends NetworkSource> implements NetworkBuilder<T> {

	private final Predicate<Document> added;
	private final ClaimGraphParts<T> parts;
	/** Holders that are nodes only as holders: their documents are not added. As many as such actors. */
	private final Set<ElementKey> holders = new HashSet<>();

	/** @param added whether a document is (or will be) added, for the ends of edges in other documents */
	ClaimGraph(Predicate<Document> added, ClaimGraphParts<T> parts) {
		this.added = added;
		this.parts = parts;
	}

	@Override
	public void add(Document document) throws IOException {
		for (Actor actor : document.getActors()) {
			parts.actor(NodeData.actor(actor));
		}
		for (Claim claim : document.getClaims()) {
			// Holders declared in a register that was not given still belong to the picture.
			for (Actor holder : claim.getHolders()) {
				if (!holder.eIsProxy() && !isNode(holder) && holders.add(ElementKey.of(holder))) {
					parts.claim(NodeData.actor(holder));
				}
			}
			parts.claim(NodeData.claim(claim));
		}
		for (Actor actor : document.getActors()) {
			for (Actor member : actor.getMembers()) {
				Network.Edge edge = edge(actor, member, "member", Map.of());
				if (edge != null) {
					parts.structure(edge, isNode(member) ? null : ElementKey.of(member));
				}
			}
		}
		for (Claim claim : document.getClaims()) {
			for (Actor holder : claim.getHolders()) {
				// A resolved holder is a node: an actor of its document, or one of the holders above.
				Network.Edge edge = edge(holder, claim, "holds", Map.of());
				if (edge != null) {
					parts.structure(edge, null);
				}
			}
		}
		for (Relation relation : document.getRelations()) {
			Map<String, String> data = relation.getKind() == null || relation.getKind().eIsProxy() ? Map.of()
					: Map.of("kind", relation.getKind().getName());
			Network.Edge edge = edge(relation.getSource(), relation.getTarget(), "relation", data);
			if (edge != null && isNode(relation.getSource()) && isNode(relation.getTarget())) {
				parts.relation(edge);
			}
		}
	}

	@Override
	public T network() throws IOException {
		return parts.network(holders::contains);
	}

	@Override
	public void close() throws IOException {
		parts.close();
	}

	/** Whether an actor or claim is a node as its document's child. */
	private boolean isNode(EObject element) {
		return EcoreUtil.getRootContainer(element) instanceof Document document && added.test(document);
	}

	/** An edge between two elements, or null when one is an unresolved reference (no node). */
	private static Network.Edge edge(EObject source, EObject target, String type, Map<String, String> data) {
		if (ElementKey.of(source) == null || ElementKey.of(target) == null) {
			return null;
		}
		return new Network.Edge(ElementIds.of(source), ElementIds.of(target), type, 1, data);
	}
}
