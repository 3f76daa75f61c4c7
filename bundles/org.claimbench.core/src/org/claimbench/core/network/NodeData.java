package org.claimbench.core.network;

import java.util.LinkedHashMap;
import java.util.Map;

import org.claimbench.core.export.ElementIds;
import org.claimbench.dsl.schema.SchemaQueries;
import org.claimbench.model.claims.Actor;
import org.claimbench.model.claims.Claim;
import org.claimbench.model.claims.ClaimKind;
import org.claimbench.model.claims.Document;
import org.claimbench.model.claims.NamedElement;
import org.eclipse.emf.ecore.util.EcoreUtil;

/** The nodes every network shares, with the same ids and data in each, so that networks can be laid side by side. */
final class NodeData {

	private NodeData() {
	}

	static Network.Node actor(Actor actor) {
		Map<String, String> data = new LinkedHashMap<>();
		data.put("type", "actor");
		data.put("label", actor.getLabel() != null ? actor.getLabel() : actor.getName());
		put(data, "kind", actor.getKind());
		put(data, "document", EcoreUtil.getRootContainer(actor));
		data.put("group", String.valueOf(actor.isGroup()));
		return new Network.Node(ElementIds.of(actor), data);
	}

	static Network.Node claim(Claim claim) {
		Map<String, String> data = new LinkedHashMap<>();
		data.put("type", "claim");
		data.put("label", claim.getName());
		put(data, "kind", claim.getKind());
		String category = claim.getKind() == null || claim.getKind().eIsProxy() ? null : SchemaQueries.categoryName(claim.getKind());
		if (category != null) {
			data.put("category", category);
		}
		Document document = (Document) EcoreUtil.getRootContainer(claim);
		put(data, "document", document);
		if (document.getDate() != null) {
			data.put("date", document.getDate());
		}
		if (!claim.getAnchors().isEmpty() && claim.getAnchors().get(0).getQuote() != null) {
			data.put("quote", claim.getAnchors().get(0).getQuote());
		}
		return new Network.Node(ElementIds.of(claim), data);
	}

	/** A concept of the DNA networks: a claim kind. */
	static Network.Node concept(ClaimKind kind) {
		Map<String, String> data = new LinkedHashMap<>();
		data.put("type", "concept");
		data.put("label", kind.getName());
		String category = SchemaQueries.categoryName(kind);
		if (category != null) {
			data.put("category", category);
		}
		return new Network.Node(ElementIds.of(kind), data);
	}

	private static void put(Map<String, String> data, String key, Object element) {
		if (element instanceof NamedElement named && !named.eIsProxy() && named.getName() != null) {
			data.put(key, named.getName());
		}
	}
}
