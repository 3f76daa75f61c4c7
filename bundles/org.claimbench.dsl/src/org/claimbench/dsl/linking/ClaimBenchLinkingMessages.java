package org.claimbench.dsl.linking;

import java.util.stream.Collectors;

import org.claimbench.dsl.schema.SchemaQueries;
import org.claimbench.dsl.validation.IssueCodes;
import org.claimbench.model.claims.Actor;
import org.claimbench.model.claims.ActorKind;
import org.claimbench.model.claims.AttributeDef;
import org.claimbench.model.claims.AttributeValue;
import org.claimbench.model.claims.ChangedElement;
import org.claimbench.model.claims.ClaimsPackage;
import org.claimbench.model.claims.EnumLiteral;
import org.claimbench.model.claims.EnumType;
import org.claimbench.model.claims.Kind;
import org.claimbench.model.claims.NamedElement;
import org.claimbench.model.claims.NamedTypeRef;
import org.claimbench.model.claims.PrimitiveTypeRef;
import org.claimbench.model.claims.Schema;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.diagnostics.DiagnosticMessage;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.linking.impl.LinkingDiagnosticMessageProvider;

/**
 * Says in the words of the schema why a name does not resolve ("Claim kind 'Reaffirmation' has no
 * attribute 'foo'", "'NorthKorea' is not a member of enum Valence"). When a name cannot resolve only
 * because an enclosing name did not (an attribute of a claim whose kind is unknown), it stays
 * silent: the enclosing error is the one to fix.
 */
public class ClaimBenchLinkingMessages extends LinkingDiagnosticMessageProvider {

	private static final ClaimsPackage CLAIMS = ClaimsPackage.eINSTANCE;

	@Override
	public DiagnosticMessage getUnresolvedProxyMessage(ILinkingDiagnosticContext context) {
		EReference reference = context.getReference();
		EObject object = context.getContext();
		String name = context.getLinkText();
		String message;
		if (reference == CLAIMS.getAttributeValue_Attribute()) {
			message = unknownAttribute(object.eContainer(), name);
		} else if (reference == CLAIMS.getReferenceValue_Target()) {
			message = unknownValue(object, name);
		} else if (reference == CLAIMS.getActor_Kind() || reference == CLAIMS.getActorKind_SuperKind()) {
			message = notInSchema(object, "actor kind", name, ChangedElement.KIND);
		} else if (reference == CLAIMS.getClaim_Kind() || reference == CLAIMS.getClaimKind_SuperKind()
				|| reference == CLAIMS.getRelationKind_SourceKinds() || reference == CLAIMS.getRelationKind_TargetKinds()) {
			message = notInSchema(object, "claim kind", name, ChangedElement.KIND);
		} else if (reference == CLAIMS.getRelation_Kind()) {
			message = notInSchema(object, "relation kind", name, ChangedElement.RELATION);
		} else if (reference == CLAIMS.getNamedTypeRef_Type()) {
			message = notInSchema(object, "type", name, null);
		} else if (reference == CLAIMS.getDocument_Schema() || reference == CLAIMS.getSchema_Imports()) {
			message = "No schema named '" + name + "' is known; the .cbschema file that declares it must be loaded with this file";
		} else if (reference.getEReferenceType() == CLAIMS.getActor()) {
			message = "This document has no actor named '" + name + "'";
		} else if (reference.getEReferenceType() == CLAIMS.getClaim()) {
			message = "This document has no claim named '" + name + "'";
		} else {
			return super.getUnresolvedProxyMessage(context);
		}
		return message == null ? null : new DiagnosticMessage(message, Severity.ERROR, IssueCodes.UNRESOLVED_REFERENCE);
	}

	private static String unknownAttribute(EObject owner, String name) {
		Kind kind = SchemaQueries.kindOf(owner);
		if (kind == null) {
			String element = owner instanceof Actor actor ? (actor.isGroup() ? "Group" : "Actor") : "Claim";
			String ownerName = owner instanceof NamedElement named && named.getName() != null ? " '" + named.getName() + "'" : "";
			return element + ownerName + " has no kind, so it has no attribute '" + name + "'";
		}
		if (kind.eIsProxy()) {
			return null;
		}
		String known = SchemaQueries.allAttributes(kind).stream().map(AttributeDef::getName)
				.collect(Collectors.joining(", "));
		return (kind instanceof ActorKind ? "Actor" : "Claim") + " kind '" + kind.getName()
				+ "' has no attribute '" + name + "'" + (known.isEmpty() ? "" : " (it has " + known + ")")
				+ ChangeHints.forName(SchemaQueries.schemaOf(owner), ChangedElement.ATTRIBUTE, name, kind);
	}

	private static String unknownValue(EObject value, String name) {
		EObject holder = value;
		while (holder != null && !(holder instanceof AttributeValue) && !(holder instanceof AttributeDef)) {
			holder = holder.eContainer();
		}
		AttributeDef attribute = holder instanceof AttributeValue given ? given.getAttribute()
				: holder instanceof AttributeDef def ? def : null;
		if (attribute == null || attribute.eIsProxy()) {
			return null;
		}
		boolean inSchema = holder instanceof AttributeDef;
		if (attribute.getType() instanceof NamedTypeRef named && named.getType() instanceof EnumType type) {
			return "'" + name + "' is not a member of enum " + type.getName() + " ("
					+ type.getLiterals().stream().map(EnumLiteral::getName).collect(Collectors.joining(", ")) + ")"
					+ (inSchema ? "" : ChangeHints.forName(SchemaQueries.schemaOf(value), ChangedElement.LITERAL, name, type));
		}
		if (attribute.getType() instanceof NamedTypeRef named && named.getType() instanceof Kind kind) {
			return inSchema ? null
					: "This document has no " + (kind instanceof ActorKind ? "actor" : "claim")
							+ " named '" + name + "'";
		}
		if (attribute.getType() instanceof PrimitiveTypeRef primitive && primitive.getType() != null) {
			return switch (primitive.getType()) {
				case ACTOR -> inSchema ? null : "This document has no actor named '" + name + "'";
				case CLAIM -> inSchema ? null : "This document has no claim named '" + name + "'";
				default -> "Attribute '" + attribute.getName() + "' takes " + primitive.getType().getLiteral()
						+ ", not a name: found '" + name + "'";
			};
		}
		return null;
	}

	private static String notInSchema(EObject context, String what, String name, ChangedElement element) {
		EObject root = EcoreUtil.getRootContainer(context);
		Schema schema = root instanceof Schema s ? s : SchemaQueries.schemaOf(context);
		if (schema == null) {
			return null;
		}
		String schemaName = schema.getName() == null ? "This schema" : "Schema '" + schema.getName() + "'";
		// A document may use a name its schema has since changed; a schema's own names are the modeler's to fix.
		String hint = root instanceof Schema || element == null ? "" : ChangeHints.forName(schema, element, name, null);
		return schemaName + " and its imports declare no " + what + " '" + name + "'" + hint;
	}
}
