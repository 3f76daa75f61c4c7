package org.claimbench.dsl.linking;

import java.util.stream.Collectors;

import org.claimbench.dsl.schema.SchemaQueries;
import org.claimbench.model.claims.ChangeSet;
import org.claimbench.model.claims.ChangedElement;
import org.claimbench.model.claims.Kind;
import org.claimbench.model.claims.Merge;
import org.claimbench.model.claims.Rename;
import org.claimbench.model.claims.Schema;
import org.claimbench.model.claims.SchemaChange;
import org.claimbench.model.claims.SchemaType;
import org.claimbench.model.claims.Split;
import org.claimbench.model.claims.SplitCase;

/**
 * Why a document's name no longer resolves when its schema changed it: "renamed to 'Undertaking' in version 4", with
 * the way to bring the document along. Without it a coder sees only an unknown name in a document that was valid
 * yesterday.
 */
final class ChangeHints {

	private ChangeHints() {
	}

	/**
	 * The hint for an old name of a kind or relation kind (owner null) or of an attribute or enum member of owner; empty
	 * when no visible schema changed that name.
	 */
	static String forName(Schema schema, ChangedElement element, String name, SchemaType owner) {
		if (schema == null || name == null) {
			return "";
		}
		for (Schema visible : SchemaQueries.visibleSchemas(schema)) {
			for (ChangeSet changes : visible.getChanges()) {
				for (SchemaChange change : changes.getChanges()) {
					String what = describe(change, element, name, owner);
					if (what != null) {
						return "; schema '" + visible.getName() + "' " + what + " in version " + changes.getVersion()
								+ ": run 'claimbench migrate' or Project > Migrate Documents...";
					}
				}
			}
		}
		return "";
	}

	private static String describe(SchemaChange change, ChangedElement element, String name, SchemaType owner) {
		return switch (change) {
			case Rename rename when rename.getElement() == element && name.equals(rename.getOldName()) && fits(rename.getOwner(), owner) ->
				"renamed it to '" + rename.getNewName() + "'";
			case Merge merge when merge.getElement() == element && merge.getOldNames().contains(name) && fits(merge.getOwner(), owner) ->
				"merged it into '" + merge.getNewName() + "'";
			case Split split when element == ChangedElement.KIND && name.equals(split.getOldName()) ->
				"split it into " + split.getCases().stream().map(SplitCase::getKind).map(k -> "'" + k + "'").collect(Collectors.joining(", "));
			default -> null;
		};
	}

	private static boolean fits(SchemaType changed, SchemaType owner) {
		return owner == null || changed == null || changed == owner
				|| changed instanceof Kind ancestor && owner instanceof Kind kind && SchemaQueries.conformsTo(kind, ancestor);
	}
}
