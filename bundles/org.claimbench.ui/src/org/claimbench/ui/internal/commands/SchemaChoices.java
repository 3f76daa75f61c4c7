package org.claimbench.ui.internal.commands;

import java.util.ArrayList;
import java.util.List;

import org.claimbench.dsl.schema.SchemaQueries;
import org.claimbench.model.claims.Actor;
import org.claimbench.model.claims.ActorKind;
import org.claimbench.model.claims.ClaimKind;
import org.claimbench.model.claims.Document;
import org.claimbench.model.claims.Kind;
import org.claimbench.model.claims.NamedElement;
import org.claimbench.model.claims.Schema;
import org.claimbench.workspace.internal.model.VisibleActors;

/** What the annotation commands offer: the concrete kinds of the document's schema and its actors. */
final class SchemaChoices {

	private SchemaChoices() {
	}

	static List<ClaimKind> claimKinds(Document document) {
		return concrete(document, ClaimKind.class);
	}

	static List<ActorKind> actorKinds(Document document) {
		return concrete(document, ActorKind.class);
	}

	private static <T extends Kind> List<T> concrete(Document document, Class<T> type) {
		Schema schema = SchemaQueries.schemaOf(document);
		List<T> kinds = new ArrayList<>();
		if (schema != null) {
			SchemaQueries.visibleElements(schema, type).stream().filter(k -> !k.isAbstract()).forEach(kinds::add);
		}
		return kinds;
	}

	static <T extends Kind> T kindNamed(List<T> kinds, String name) {
		return elementNamed(kinds, name);
	}

	static <T extends NamedElement> T elementNamed(List<T> elements, String name) {
		return elements.stream().filter(k -> k.getName() != null && k.getName().equals(name)).findFirst().orElse(null);
	}

	static Actor actorNamed(Document document, String name) {
		return VisibleActors.of(document).stream().filter(a -> name.equals(a.getName())).findFirst().orElse(null);
	}
}
