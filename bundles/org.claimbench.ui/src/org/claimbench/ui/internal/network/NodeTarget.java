package org.claimbench.ui.internal.network;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.claimbench.core.export.ElementIds;
import org.claimbench.model.claims.Actor;
import org.claimbench.model.claims.Claim;
import org.claimbench.model.claims.Document;
import org.claimbench.model.claims.DocumentElement;
import org.claimbench.workspace.internal.model.ProjectDocuments;
import org.eclipse.core.resources.IFile;

/**
 * What a node of the network stands for, found again in an editor's own model: the file that declares it, whether
 * it is a claim or an actor, and its name. The network's nodes carry the element ids of {@link ElementIds}.
 */
record NodeTarget(IFile file, Class<? extends DocumentElement> type, String name) {

	static Map<String, NodeTarget> of(List<Document> documents) {
		Map<String, NodeTarget> targets = new HashMap<>();
		for (Document document : documents) {
			IFile file = ProjectDocuments.fileOf(document);
			for (Actor actor : document.getActors()) {
				targets.put(ElementIds.of(actor), new NodeTarget(file, Actor.class, actor.getName()));
			}
			for (Claim claim : document.getClaims()) {
				targets.put(ElementIds.of(claim), new NodeTarget(file, Claim.class, claim.getName()));
			}
		}
		return targets;
	}
}
