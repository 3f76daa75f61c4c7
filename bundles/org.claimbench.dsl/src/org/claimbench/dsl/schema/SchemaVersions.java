package org.claimbench.dsl.schema;

import java.util.Comparator;
import java.util.List;

import org.claimbench.model.claims.ChangeSet;
import org.claimbench.model.claims.Document;
import org.claimbench.model.claims.Schema;

/** The versions of a schema and of the documents coded against it; an unwritten version is 1. */
public final class SchemaVersions {

	public static final int FIRST = 1;

	private SchemaVersions() {
	}

	public static int of(Schema schema) {
		return schema.isSetVersion() ? schema.getVersion() : FIRST;
	}

	/** The version of its schema a document was coded against. */
	public static int of(Document document) {
		return document.isSetSchemaVersion() ? document.getSchemaVersion() : FIRST;
	}

	/** The schema's change sets that lead from version {@code from} to its own, in version order. */
	public static List<ChangeSet> after(Schema schema, int from) {
		int to = of(schema);
		return schema.getChanges().stream().filter(set -> set.getVersion() > from && set.getVersion() <= to)
				.sorted(Comparator.comparingInt(ChangeSet::getVersion)).toList();
	}
}
