package org.claimbench.dsl.scoping;

import org.eclipse.emf.ecore.util.EcoreUtil;

import org.claimbench.dsl.schema.SchemaQueries;

import org.claimbench.model.claims.Schema;

import java.util.ArrayList;
import java.util.List;

import org.claimbench.model.claims.ActorKind;
import org.claimbench.model.claims.AttributeDef;
import org.claimbench.model.claims.ClaimKind;
import org.claimbench.model.claims.ClaimsPackage;
import org.claimbench.model.claims.Document;
import org.claimbench.model.claims.EnumType;
import org.claimbench.model.claims.NamedElement;
import org.claimbench.model.claims.NamedTypeRef;
import org.claimbench.model.claims.PrimitiveType;
import org.claimbench.model.claims.PrimitiveTypeRef;
import org.claimbench.model.claims.SchemaType;
import org.claimbench.model.claims.TypeRef;
import org.eclipse.emf.ecore.EClass;

/**
 * What a name in an attribute value may refer to, given the attribute's declared type: the members
 * of its enum, or the document's actors or claims. Kind conformance is left to validation, so that a
 * wrong kind gets a precise message instead of an unresolved name.
 */
public final class ValueTargets {

	private ValueTargets() {
	}

	public static List<NamedElement> candidates(AttributeDef attribute, Document document) {
		List<NamedElement> result = new ArrayList<>();
		if (attribute == null || attribute.eIsProxy()) {
			return result;
		}
		TypeRef type = attribute.getType();
		if (type instanceof PrimitiveTypeRef primitive) {
			if (primitive.getType() == PrimitiveType.ACTOR && document != null) {
				result.addAll(document.getActors());
			} else if (primitive.getType() == PrimitiveType.CLAIM && document != null) {
				result.addAll(document.getClaims());
			}
		} else if (type instanceof NamedTypeRef named) {
			SchemaType target = named.getType();
			if (target instanceof EnumType enumType) {
				// Members an extension adds count where the document's schema (or, for a default, the attribute's) sees it.
				Schema from = document != null ? SchemaQueries.schemaOf(document)
						: EcoreUtil.getRootContainer(attribute) instanceof Schema own ? own : null;
				result.addAll(SchemaQueries.literals(enumType, from));
			} else if (target instanceof ActorKind && document != null) {
				result.addAll(document.getActors());
			} else if (target instanceof ClaimKind && document != null) {
				result.addAll(document.getClaims());
			}
		}
		return result;
	}

	/** Actor or Claim when the attribute takes actors or claims (which other files of the project may declare), else null. */
	public static EClass documentElementType(AttributeDef attribute) {
		if (attribute == null || attribute.eIsProxy()) {
			return null;
		}
		TypeRef type = attribute.getType();
		if (type instanceof PrimitiveTypeRef primitive) {
			return primitive.getType() == PrimitiveType.ACTOR ? ClaimsPackage.eINSTANCE.getActor()
					: primitive.getType() == PrimitiveType.CLAIM ? ClaimsPackage.eINSTANCE.getClaim() : null;
		}
		if (type instanceof NamedTypeRef named) {
			return named.getType() instanceof ActorKind ? ClaimsPackage.eINSTANCE.getActor()
					: named.getType() instanceof ClaimKind ? ClaimsPackage.eINSTANCE.getClaim() : null;
		}
		return null;
	}
}
