package org.claimbench.ui.internal.commands;

import java.util.ArrayList;
import java.util.List;

import org.claimbench.dsl.schema.SchemaQueries;
import org.claimbench.model.claims.Claim;
import org.claimbench.model.claims.ClaimCategory;
import org.claimbench.model.claims.ClaimKind;
import org.claimbench.model.claims.Document;
import org.claimbench.model.claims.RelationKind;
import org.claimbench.model.claims.Schema;

/**
 * The relation kinds the schema allows from one claim to another: the same rule the document validator
 * applies, so a relation made here is never reported as not allowed.
 */
public final class RelationChoices {

	private RelationChoices() {
	}

	public static List<RelationKind> between(Document document, Claim source, Claim target) {
		Schema schema = SchemaQueries.schemaOf(document);
		List<RelationKind> allowed = new ArrayList<>();
		if (schema == null || !typed(source) || !typed(target)) {
			return allowed;
		}
		for (RelationKind kind : SchemaQueries.visibleElements(schema, RelationKind.class)) {
			SchemaQueries.RelationEnds ends = SchemaQueries.ends(kind, schema);
			if (accepts(ends.sourceKinds(), ends.sourceCategories(), source.getKind())
					&& accepts(ends.targetKinds(), ends.targetCategories(), target.getKind())) {
				allowed.add(kind);
			}
		}
		return allowed;
	}

	/** The claims a relation from source can point to: every other claim with at least one allowed kind. */
	static List<Claim> targets(Document document, Claim source) {
		List<Claim> targets = new ArrayList<>();
		for (Claim claim : document.getClaims()) {
			if (claim != source && !between(document, source, claim).isEmpty()) {
				targets.add(claim);
			}
		}
		return targets;
	}

	private static boolean typed(Claim claim) {
		return claim != null && claim.getKind() != null && !claim.getKind().eIsProxy();
	}

	private static boolean accepts(List<ClaimKind> kinds, List<ClaimCategory> categories, ClaimKind kind) {
		if (kinds.isEmpty() && categories.isEmpty()) {
			return true;
		}
		return categories.contains(SchemaQueries.category(kind))
				|| kinds.stream().anyMatch(k -> SchemaQueries.conformsTo(kind, k));
	}
}
