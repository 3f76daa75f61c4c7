package org.claimbench.dsl.schema;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.claimbench.model.claims.Actor;
import org.claimbench.model.claims.ActorKind;
import org.claimbench.model.claims.AttributeDef;
import org.claimbench.model.claims.Claim;
import org.claimbench.model.claims.ClaimCategory;
import org.claimbench.model.claims.ClaimKind;
import org.claimbench.model.claims.Document;
import org.claimbench.model.claims.EnumExtension;
import org.claimbench.model.claims.EnumLiteral;
import org.claimbench.model.claims.EnumType;
import org.claimbench.model.claims.Kind;
import org.claimbench.model.claims.RelationKind;
import org.claimbench.model.claims.RelationKindExtension;
import org.claimbench.model.claims.Schema;
import org.claimbench.model.claims.SchemaElement;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * Questions about schemas that scoping, validation and the editors all ask. Every walk along
 * imports or super kinds is cycle-safe, because a schema being edited may well contain a cycle.
 */
public final class SchemaQueries {

	private SchemaQueries() {
	}

	/** The schema and everything it imports, transitively, nearest first; unresolved imports are skipped. */
	public static List<Schema> visibleSchemas(Schema schema) {
		Set<Schema> seen = new LinkedHashSet<>();
		collect(schema, seen);
		return new ArrayList<>(seen);
	}

	private static void collect(Schema schema, Set<Schema> seen) {
		if (schema == null || schema.eIsProxy() || !seen.add(schema)) {
			return;
		}
		for (Schema imported : schema.getImports()) {
			collect(imported, seen);
		}
	}

	/** The elements of the given type declared in the schema or any schema it imports. */
	public static <T extends SchemaElement> List<T> visibleElements(Schema schema, Class<T> type) {
		List<T> result = new ArrayList<>();
		for (Schema visible : visibleSchemas(schema)) {
			for (SchemaElement element : visible.getElements()) {
				if (type.isInstance(element)) {
					result.add(type.cast(element));
				}
			}
		}
		return result;
	}

	/** The schema a document uses, or null when it is missing or does not resolve. */
	public static Schema schemaOf(EObject documentContent) {
		EObject root = EcoreUtil.getRootContainer(documentContent);
		if (root instanceof Document document && document.getSchema() != null && !document.getSchema().eIsProxy()) {
			return document.getSchema();
		}
		return null;
	}

	/**
	 * The kind itself, then its ancestors: the first parent's line up to its root, then each other parent's, each
	 * kind once (a cycle ends at its first repetition). The first parent comes first, so its attributes and its
	 * category win where a later parent also has them.
	 */
	public static List<Kind> kindHierarchy(Kind kind) {
		Set<Kind> seen = new LinkedHashSet<>();
		collectHierarchy(kind, seen);
		return new ArrayList<>(seen);
	}

	private static void collectHierarchy(Kind kind, Set<Kind> seen) {
		Kind current = kind;
		List<Kind> others = new ArrayList<>();
		while (current != null && !current.eIsProxy() && seen.add(current)) {
			others.addAll(current.getOtherParents());
			current = superKind(current);
		}
		for (Kind other : others) {
			collectHierarchy(other, seen);
		}
	}

	public static Kind superKind(Kind kind) {
		if (kind instanceof ClaimKind claimKind) {
			return claimKind.getSuperKind();
		}
		if (kind instanceof ActorKind actorKind) {
			return actorKind.getSuperKind();
		}
		return null;
	}

	/** True when following parents (first or other) from this kind comes back to it. */
	public static boolean hasInheritanceCycle(Kind kind) {
		List<Kind> parents = parents(kind);
		Set<Kind> seen = new LinkedHashSet<>();
		while (!parents.isEmpty()) {
			Kind current = parents.remove(0);
			if (current == kind) {
				return true;
			}
			if (current != null && !current.eIsProxy() && seen.add(current)) {
				parents.addAll(parents(current));
			}
		}
		return false;
	}

	/** The kind's parents, first then others. */
	public static List<Kind> parents(Kind kind) {
		List<Kind> parents = new ArrayList<>();
		Kind first = superKind(kind);
		if (first != null) {
			parents.add(first);
		}
		parents.addAll(kind.getOtherParents());
		return parents;
	}

	/** Attributes of a kind including inherited ones; a redefinition in a sub kind hides the inherited one. */
	public static List<AttributeDef> allAttributes(Kind kind) {
		List<AttributeDef> result = new ArrayList<>();
		Set<String> names = new LinkedHashSet<>();
		for (Kind level : kindHierarchy(kind)) {
			for (AttributeDef attribute : level.getAttributes()) {
				if (attribute.getName() != null && names.add(attribute.getName())) {
					result.add(attribute);
				}
			}
		}
		return result;
	}

	/**
	 * The kind that gives a claim kind its category: the first up its chain (first parents before others) that is
	 * declared {@code is Assessment} (or another base category) or that declares a category of the schema's own.
	 */
	private static ClaimKind categoryRoot(ClaimKind kind) {
		for (Kind level : kindHierarchy(kind)) {
			ClaimKind claimKind = (ClaimKind) level;
			if (claimKind.isSetCategory() || claimKind.isDeclaresCategory()) {
				return claimKind;
			}
		}
		return null;
	}

	/** The base category of a claim kind, found through its super kinds; null when none, or when it is of a declared category. */
	public static ClaimCategory category(ClaimKind kind) {
		ClaimKind root = categoryRoot(kind);
		return root != null && root.isSetCategory() ? root.getCategory() : null;
	}

	/** The category a schema declares ({@code claim category X}) that a claim kind is of, or null. */
	public static ClaimKind declaredCategory(ClaimKind kind) {
		ClaimKind root = categoryRoot(kind);
		return root != null && !root.isSetCategory() ? root : null;
	}

	/** The name of a claim kind's category, base ("Assessment") or declared by a schema ("Demand"); null when none. */
	public static String categoryName(ClaimKind kind) {
		ClaimKind root = categoryRoot(kind);
		if (root == null) {
			return null;
		}
		return root.isSetCategory() ? root.getCategory().getLiteral() : root.getName();
	}

	/** True when kind is the same as ancestor or derives from it. */
	public static boolean conformsTo(Kind kind, Kind ancestor) {
		return ancestor != null && kindHierarchy(kind).contains(ancestor);
	}

	/** The kind that types an actor or a claim, or null. */
	public static Kind kindOf(EObject element) {
		if (element instanceof Claim claim) {
			return claim.getKind();
		}
		if (element instanceof Actor actor) {
			return actor.getKind();
		}
		return null;
	}

	/**
	 * The members of an enum as a schema sees it: its own, then those that the schema or its imports add with
	 * {@code extend enum}. Without a schema (null), its own only.
	 */
	public static List<EnumLiteral> literals(EnumType type, Schema from) {
		List<EnumLiteral> result = new ArrayList<>(type.getLiterals());
		if (from != null) {
			for (EnumExtension extension : visibleElements(from, EnumExtension.class)) {
				if (extension.getExtended() == type) {
					result.addAll(extension.getLiterals());
				}
			}
		}
		return result;
	}

	/** The enum a member belongs to, whether declared in it or added by an extension; null when unknown. */
	public static EnumType enumOf(EnumLiteral literal) {
		if (literal.eContainer() instanceof EnumType type) {
			return type;
		}
		return literal.eContainer() instanceof EnumExtension extension ? extension.getExtended() : null;
	}

	/** Which claims a relation kind may join, as a schema sees it: its own ends and those its extensions add. */
	public record RelationEnds(List<ClaimCategory> sourceCategories, List<ClaimKind> sourceKinds, List<ClaimCategory> targetCategories,
			List<ClaimKind> targetKinds) {
	}

	public static RelationEnds ends(RelationKind kind, Schema from) {
		RelationEnds ends = new RelationEnds(new ArrayList<>(kind.getSourceCategories()), new ArrayList<>(kind.getSourceKinds()),
				new ArrayList<>(kind.getTargetCategories()), new ArrayList<>(kind.getTargetKinds()));
		if (from != null) {
			for (RelationKindExtension extension : visibleElements(from, RelationKindExtension.class)) {
				if (extension.getExtended() == kind) {
					ends.sourceCategories().addAll(extension.getSourceCategories());
					ends.sourceKinds().addAll(extension.getSourceKinds());
					ends.targetCategories().addAll(extension.getTargetCategories());
					ends.targetKinds().addAll(extension.getTargetKinds());
				}
			}
		}
		return ends;
	}
}
