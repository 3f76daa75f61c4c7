package org.claimbench.dsl.ide.rename;

import org.claimbench.model.claims.AttributeDef;
import org.claimbench.model.claims.EnumExtension;
import org.claimbench.model.claims.EnumLiteral;
import org.claimbench.model.claims.EnumType;
import org.claimbench.model.claims.Kind;
import org.claimbench.model.claims.RelationKind;
import org.eclipse.emf.ecore.EObject;

/** A rename of a schema element as the schema language records it in a {@code changes in version N} block. */
final class RecordedRename {

	private RecordedRename() {
	}

	/**
	 * The change that renames the element to newName ({@code rename kind Old to New}, {@code rename attribute a of K to b},
	 * ...), or null for what documents do not name and migration has no change for (an enum type, a relation kind's
	 * attribute).
	 */
	static String describe(EObject element, String newName) {
		return switch (element) {
			case Kind kind -> "rename kind " + kind.getName() + " to " + newName;
			case RelationKind relation -> "rename relation " + relation.getName() + " to " + newName;
			case AttributeDef attribute when attribute.eContainer() instanceof Kind owner ->
				"rename attribute " + attribute.getName() + " of " + owner.getName() + " to " + newName;
			case EnumLiteral literal when literal.eContainer() instanceof EnumType owner ->
				"rename literal " + literal.getName() + " of " + owner.getName() + " to " + newName;
			case EnumLiteral literal when literal.eContainer() instanceof EnumExtension extension && extension.getExtended() != null ->
				"rename literal " + literal.getName() + " of " + extension.getExtended().getName() + " to " + newName;
			default -> null;
		};
	}
}
