package org.claimbench.ui.internal.views;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.claimbench.model.claims.Claim;
import org.claimbench.model.claims.Document;
import org.claimbench.ui.internal.editor.ElementText;

/** The claims of one kind, a top-level node of the Claims view. */
public record KindGroup(String kind, List<Claim> claims) implements ClaimGroup {

	@Override
	public String label() {
		return kind;
	}

	@Override
	public Object key() {
		return kind;
	}

	/** Groups in order of first appearance in the document, claims in document order. */
	public static List<KindGroup> of(Document document) {
		Map<String, List<Claim>> byKind = new LinkedHashMap<>();
		if (document != null) {
			for (Claim claim : document.getClaims()) {
				byKind.computeIfAbsent(ElementText.kindName(claim.getKind()), k -> new ArrayList<>()).add(claim);
			}
		}
		List<KindGroup> groups = new ArrayList<>();
		byKind.forEach((kind, claims) -> groups.add(new KindGroup(kind, claims)));
		return groups;
	}
}
