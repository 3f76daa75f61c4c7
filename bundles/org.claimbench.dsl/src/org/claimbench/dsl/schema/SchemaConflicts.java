package org.claimbench.dsl.schema;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.claimbench.model.claims.Schema;
import org.claimbench.model.claims.SchemaElement;

/**
 * Names that a schema and the schemas it imports declare more than once. Scoping takes the nearest
 * declaration, so each of these would otherwise silently change what a name means: a redeclared
 * {@code Need} in an extension, or one of two imports that happen to share a name, picked by import order.
 */
public final class SchemaConflicts {

	/** {@code later} declares the name that {@code first} already declares; {@code first} belongs to an import. */
	public record Conflict(SchemaElement first, SchemaElement later) {
		public String name() {
			return first.getName();
		}

		/** True when the schema in question itself redeclares an imported name (rather than two imports clashing). */
		public boolean redeclaredBy(Schema schema) {
			return later.eContainer() == schema;
		}
	}

	private SchemaConflicts() {
	}

	/**
	 * The conflicts visible from this schema: its own elements against those of its imports, then the
	 * imports among themselves. An element reached through two imports (a shared base schema) is no conflict.
	 */
	public static List<Conflict> of(Schema schema) {
		List<Conflict> conflicts = new ArrayList<>();
		if (schema == null || schema.eIsProxy()) {
			return conflicts;
		}
		Map<String, SchemaElement> imported = new LinkedHashMap<>();
		List<Schema> visible = SchemaQueries.visibleSchemas(schema);
		for (Schema other : visible.subList(1, visible.size())) {
			for (SchemaElement element : other.getElements()) {
				if (element.getName() == null) {
					continue;
				}
				SchemaElement earlier = imported.putIfAbsent(element.getName(), element);
				if (earlier != null && earlier != element) {
					conflicts.add(new Conflict(earlier, element));
				}
			}
		}
		for (SchemaElement element : schema.getElements()) {
			SchemaElement earlier = element.getName() == null ? null : imported.get(element.getName());
			if (earlier != null) {
				conflicts.add(new Conflict(earlier, element));
			}
		}
		return conflicts;
	}
}
