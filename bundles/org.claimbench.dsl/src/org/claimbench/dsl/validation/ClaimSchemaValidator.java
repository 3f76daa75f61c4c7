package org.claimbench.dsl.validation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.claimbench.dsl.schema.SchemaQueries;
import org.claimbench.model.claims.ActorKind;
import org.claimbench.model.claims.AttributeDef;
import org.claimbench.model.claims.ClaimKind;
import org.claimbench.model.claims.ClaimsPackage;
import org.claimbench.model.claims.DateValue;
import org.claimbench.model.claims.EnumType;
import org.claimbench.model.claims.RelationKindExtension;
import org.claimbench.model.claims.EnumLiteral;
import org.claimbench.model.claims.EnumExtension;
import org.claimbench.model.claims.Kind;
import org.claimbench.model.claims.NamedElement;
import org.claimbench.model.claims.NamedTypeRef;
import org.claimbench.model.claims.PrimitiveType;
import org.claimbench.model.claims.PrimitiveTypeRef;
import org.claimbench.model.claims.RelationKind;
import org.claimbench.model.claims.Schema;
import org.claimbench.model.claims.TypeRef;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.validation.Check;
import org.eclipse.xtext.validation.ComposedChecks;

/**
 * Checks a schema: unique names, acyclic inheritance and imports, consistent attributes and defaults, categories.
 * Names that clash across schemas are checked by {@link SchemaVisibilityValidator}.
 */
@ComposedChecks(validators = { SchemaVisibilityValidator.class, SchemaChangeValidator.class })
public class ClaimSchemaValidator extends AbstractClaimSchemaValidator {

	private static final ClaimsPackage CLAIMS = ClaimsPackage.eINSTANCE;

	@Check
	public void checkUniqueElementNames(Schema schema) {
		checkUnique(schema.getElements(), "schema '" + schema.getName() + "'");
	}

	@Check
	public void checkUniqueAttributeNames(Kind kind) {
		checkUnique(kind.getAttributes(), Describe.element(kind));
	}

	@Check
	public void checkUniqueRelationAttributeNames(RelationKind kind) {
		checkUnique(kind.getAttributes(), Describe.element(kind));
	}

	/**
	 * An extension adds to what an imported schema declares, explicitly: never to an enum or relation kind of its own
	 * schema (write the member there), never to an ordered enum (the new members' place on the scale would be
	 * unsaid), and never a member the enum already has as the schema sees it.
	 */
	@Check
	public void checkEnumExtension(EnumExtension extension) {
		EnumType type = extension.getExtended();
		if (type == null || type.eIsProxy()) {
			return;
		}
		if (type.eContainer() == extension.eContainer()) {
			error("Enum " + type.getName() + " is declared in this schema: add the members to it instead", extension,
					CLAIMS.getEnumExtension_Extended(), IssueCodes.EXTENSION_NOT_ALLOWED);
		} else if (type.isOrdered()) {
			error("Enum " + type.getName() + " is ordered, a scale from mildest to strongest: an extension would leave the new members'"
					+ " place on it unsaid; declare an enum of your own", extension, CLAIMS.getEnumExtension_Extended(),
					IssueCodes.EXTENSION_NOT_ALLOWED);
		}
		List<EnumLiteral> seen = new ArrayList<>(SchemaQueries.literals(type, (Schema) extension.eContainer()));
		seen.removeAll(extension.getLiterals());
		for (EnumLiteral literal : extension.getLiterals()) {
			if (seen.stream().anyMatch(other -> other.getName() != null && other.getName().equals(literal.getName()))) {
				error("Enum " + type.getName() + " already has a member '" + literal.getName() + "'", literal, CLAIMS.getNamedElement_Name(),
						IssueCodes.DUPLICATE_NAME);
			}
			seen.add(literal);
		}
	}

	@Check
	public void checkRelationKindExtension(RelationKindExtension extension) {
		RelationKind kind = extension.getExtended();
		if (kind != null && !kind.eIsProxy() && kind.eContainer() == extension.eContainer()) {
			error("Relation kind " + kind.getName() + " is declared in this schema: widen its own 'from' and 'to' instead", extension,
					CLAIMS.getRelationKindExtension_Extended(), IssueCodes.EXTENSION_NOT_ALLOWED);
		}
	}

	@Check
	public void checkUniqueEnumMembers(EnumType type) {
		checkUnique(type.getLiterals(), Describe.element(type));
	}

	private void checkUnique(List<? extends NamedElement> elements, String container) {
		Map<String, NamedElement> first = new HashMap<>();
		for (NamedElement element : elements) {
			NamedElement earlier = element.getName() == null ? null : first.putIfAbsent(element.getName(), element);
			if (earlier != null) {
				error("Duplicate name '" + element.getName() + "' in " + container + ": the " + Describe.element(earlier)
						+ " on line " + Describe.line(earlier) + " already has it", element, CLAIMS.getNamedElement_Name(),
						IssueCodes.DUPLICATE_NAME);
			}
		}
	}

	@Check
	public void checkInheritanceCycle(Kind kind) {
		if (SchemaQueries.hasInheritanceCycle(kind)) {
			List<String> names = SchemaQueries.kindHierarchy(kind).stream().map(Kind::getName).collect(Collectors.toList());
			names.add(kind.getName());
			EStructuralFeature feature = kind instanceof ClaimKind ? CLAIMS.getClaimKind_SuperKind()
					: CLAIMS.getActorKind_SuperKind();
			error(ClaimDocumentValidator.capitalized(Describe.element(kind)) + " inherits from itself: "
					+ String.join(" → ", names), kind, feature, IssueCodes.INHERITANCE_CYCLE);
		}
	}

	/** A claim has one category: every parent of a claim kind is of the category its first parent gives it. */
	@Check
	public void checkParentsShareCategory(ClaimKind kind) {
		String category = SchemaQueries.categoryName(kind);
		for (int i = 0; i < kind.getOtherParents().size(); i++) {
			if (category != null && kind.getOtherParents().get(i) instanceof ClaimKind parent && !parent.eIsProxy()) {
				String theirs = SchemaQueries.categoryName(parent);
				if (theirs != null && !theirs.equals(category)) {
					error("Claim kind " + kind.getName() + " is " + (kind.getSuperKind() == null ? "" : kind.getSuperKind().getName() + ", ")
							+ "a kind of " + category + ", so " + parent.getName() + " (" + theirs
							+ ") cannot be a parent too: a claim has one category; declare the attributes it needs from "
							+ parent.getName() + " instead", kind, CLAIMS.getKind_OtherParents(), i, IssueCodes.SECOND_PARENT);
				}
			}
		}
	}

	/** Two parents may both have an attribute of one name only if they declare it alike, or the kind redeclares it. */
	@Check
	public void checkParentsAgreeOnAttributes(Kind kind) {
		if (kind.getOtherParents().isEmpty()) {
			return;
		}
		Set<String> own = kind.getAttributes().stream().map(AttributeDef::getName).filter(Objects::nonNull).collect(Collectors.toSet());
		Map<String, AttributeDef> first = new HashMap<>();
		for (Kind parent : SchemaQueries.parents(kind)) {
			for (AttributeDef attribute : SchemaQueries.allAttributes(parent)) {
				if (attribute.getName() == null || own.contains(attribute.getName())) {
					continue;
				}
				AttributeDef earlier = first.putIfAbsent(attribute.getName(), attribute);
				if (earlier != null && earlier != attribute && (attribute.isMany() != earlier.isMany()
						|| !sameOrNarrower(attribute.getType(), earlier.getType()) || !sameOrNarrower(earlier.getType(), attribute.getType()))) {
					error(ClaimDocumentValidator.capitalized(Describe.element(kind)) + " inherits attribute '" + attribute.getName()
							+ "' declared " + Describe.declared(earlier) + " in " + ((Kind) earlier.eContainer()).getName() + " and "
							+ Describe.declared(attribute) + " in " + ((Kind) attribute.eContainer()).getName()
							+ ": redeclare it in " + kind.getName() + " with one type", kind, CLAIMS.getNamedElement_Name(),
							IssueCodes.CONFLICTING_REDEFINITION);
				}
			}
		}
	}

	@Check
	public void checkImportCycle(Schema schema) {
		for (int i = 0; i < schema.getImports().size(); i++) {
			List<Schema> path = importPath(schema.getImports().get(i), schema, new HashSet<>());
			if (path != null) {
				String chain = path.stream().map(Schema::getName).collect(Collectors.joining(" → "));
				error("Schema '" + schema.getName() + "' imports itself: " + schema.getName() + " → " + chain, schema,
						CLAIMS.getSchema_Imports(), i, IssueCodes.IMPORT_CYCLE);
				return;
			}
		}
	}

	/** The chain of imports from a schema to the wanted one, or null when there is none. */
	private static List<Schema> importPath(Schema schema, Schema wanted, Set<Schema> visited) {
		if (schema == wanted) {
			return new ArrayList<>(List.of(schema));
		}
		if (schema == null || schema.eIsProxy() || !visited.add(schema)) {
			return null;
		}
		for (Schema imported : schema.getImports()) {
			List<Schema> rest = importPath(imported, wanted, visited);
			if (rest != null) {
				rest.add(0, schema);
				return rest;
			}
		}
		return null;
	}

	/**
	 * A sub kind may redefine an inherited attribute to make it required or to narrow its type (an actor or
	 * claim kind deriving from the inherited one), never to widen it, change its multiplicity or drop
	 * {@code required}: every claim of the sub kind is also a claim of the ancestor, so it must meet the
	 * ancestor's declaration too.
	 */
	@Check
	public void checkAttributeRedefinition(AttributeDef attribute) {
		AttributeDef inherited = redefined(attribute);
		if (inherited == null) {
			return;
		}
		Kind kind = (Kind) attribute.eContainer();
		Kind ancestor = (Kind) inherited.eContainer();
		if (!sameOrNarrower(attribute.getType(), inherited.getType()) || attribute.isMany() != inherited.isMany()) {
			error("Attribute '" + attribute.getName() + "' of " + Describe.element(kind) + " is declared "
					+ Describe.declared(attribute) + ", but it redefines the attribute of "
					+ Describe.element(ancestor) + " declared " + Describe.declared(inherited)
					+ "; a redefinition keeps the multiplicity and the type, or narrows it to a kind that derives from it",
					attribute, CLAIMS.getAttributeDef_Type(), IssueCodes.CONFLICTING_REDEFINITION);
		} else if (inherited.isRequired() && !attribute.isRequired()) {
			error("Attribute '" + attribute.getName() + "' of " + Describe.element(kind) + " drops 'required' from the "
					+ "attribute of " + Describe.element(ancestor) + " (line " + Describe.line(inherited) + "), but every "
					+ kind.getName() + " is also a " + ancestor.getName() + " and must still give it. Write 'required' here too", attribute,
					CLAIMS.getNamedElement_Name(), IssueCodes.WEAKENED_REDEFINITION);
		}
	}

	/** The nearest ancestor's attribute that this one redefines, or null. */
	private static AttributeDef redefined(AttributeDef attribute) {
		if (!(attribute.eContainer() instanceof Kind kind) || attribute.getName() == null) {
			return null;
		}
		List<Kind> ancestors = SchemaQueries.kindHierarchy(kind);
		for (Kind ancestor : ancestors.subList(1, ancestors.size())) {
			for (AttributeDef inherited : ancestor.getAttributes()) {
				if (attribute.getName().equals(inherited.getName())) {
					return inherited;
				}
			}
		}
		return null;
	}

	private static boolean sameOrNarrower(TypeRef type, TypeRef inherited) {
		if (type instanceof PrimitiveTypeRef a && inherited instanceof PrimitiveTypeRef b) {
			return a.getType() == b.getType();
		}
		if (type instanceof NamedTypeRef a && a.getType() instanceof Kind kind && !kind.eIsProxy()) {
			if (inherited instanceof PrimitiveTypeRef b) {
				return b.getType() == PrimitiveType.ACTOR && kind instanceof ActorKind
						|| b.getType() == PrimitiveType.CLAIM && kind instanceof ClaimKind;
			}
			return inherited instanceof NamedTypeRef b && b.getType() instanceof Kind ancestor
					&& SchemaQueries.conformsTo(kind, ancestor);
		}
		return type instanceof NamedTypeRef a && inherited instanceof NamedTypeRef b && Objects.equals(a.getType(), b.getType());
	}

	@Check
	public void checkDefaultValue(AttributeDef attribute) {
		if (attribute.getDefaultValue() == null) {
			return;
		}
		TypeRef type = attribute.getType();
		boolean documentReference = type instanceof PrimitiveTypeRef p
				&& (p.getType() == PrimitiveType.ACTOR || p.getType() == PrimitiveType.CLAIM)
				|| type instanceof NamedTypeRef n && n.getType() instanceof Kind;
		String problem = null;
		if (documentReference) {
			problem = "it takes " + Describe.expected(type) + ", and actors and claims exist only in documents, so it cannot have a default";
		} else if (!ValueConformance.fits(attribute.getDefaultValue(), type)) {
			problem = "it takes " + Describe.expected(type) + "; found " + Describe.found(attribute.getDefaultValue());
		} else if (attribute.getDefaultValue() instanceof DateValue date && !ValueConformance.isDate(date)) {
			problem = date.getValue() + " is not a calendar date (YYYY-MM-DD)";
		}
		if (problem != null) {
			error("Default value of attribute '" + attribute.getName() + "' does not fit: " + problem, attribute,
					CLAIMS.getAttributeDef_DefaultValue(), IssueCodes.WRONG_DEFAULT_VALUE);
		}
	}

	/**
	 * Every claim kind needs a base category up its chain. A kind in a cycle is already reported as such;
	 * this catches the kinds that derive from a cycle, which the grammar alone cannot prevent.
	 */
	@Check
	public void checkCategory(ClaimKind kind) {
		// A kind whose name did not parse has a syntax error already; "none of null" would say nothing more.
		if (kind.getName() == null || SchemaQueries.hasInheritanceCycle(kind) || SchemaQueries.categoryName(kind) != null) {
			return;
		}
		List<Kind> chain = SchemaQueries.kindHierarchy(kind);
		Kind last = chain.get(chain.size() - 1);
		EObject unresolved = SchemaQueries.superKind(last);
		if (unresolved != null && unresolved.eIsProxy()) {
			return;
		}
		error(ClaimDocumentValidator.capitalized(Describe.element(kind)) + " has no category: none of "
				+ chain.stream().map(Kind::getName).filter(Objects::nonNull).collect(Collectors.joining(", "))
				+ " says 'is Assessment', 'is Intent', 'is Commitment' or 'is Event', or derives from a 'claim category' of the schema", kind, CLAIMS.getNamedElement_Name(),
				IssueCodes.MISSING_CATEGORY);
	}
}
