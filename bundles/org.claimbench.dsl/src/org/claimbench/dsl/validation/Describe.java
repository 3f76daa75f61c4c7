package org.claimbench.dsl.validation;

import org.claimbench.dsl.schema.SchemaQueries;

import java.util.stream.Collectors;

import org.claimbench.model.claims.Actor;
import org.claimbench.model.claims.ActorKind;
import org.claimbench.model.claims.AttributeDef;
import org.claimbench.model.claims.BooleanValue;
import org.claimbench.model.claims.Claim;
import org.claimbench.model.claims.ClaimKind;
import org.claimbench.model.claims.DateValue;
import org.claimbench.model.claims.EnumLiteral;
import org.claimbench.model.claims.EnumType;
import org.claimbench.model.claims.Kind;
import org.claimbench.model.claims.NamedElement;
import org.claimbench.model.claims.NamedTypeRef;
import org.claimbench.model.claims.NumberValue;
import org.claimbench.model.claims.PrimitiveTypeRef;
import org.claimbench.model.claims.ReferenceValue;
import org.claimbench.model.claims.RelationKind;
import org.claimbench.model.claims.TextValue;
import org.claimbench.model.claims.TypeRef;
import org.claimbench.model.claims.Value;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

/** Wording shared by the messages of both validators, so that specialists read the same phrases everywhere. */
final class Describe {

	private static final int LONGEST_QUOTE = 60;

	private Describe() {
	}

	/** "claim 'nk'", "group 'Ministers'", "claim kind 'Reaffirmation'", ... */
	static String element(EObject element) {
		String name = element instanceof NamedElement named ? named.getName() : null;
		String what = switch (element) {
			case Actor actor -> actor.isGroup() ? "group" : "actor";
			case Claim claim -> "claim";
			case ActorKind kind -> "actor kind";
			case ClaimKind kind -> "claim kind";
			case RelationKind kind -> "relation kind";
			case EnumType type -> "enum";
			case EnumLiteral literal -> "member";
			case AttributeDef attribute -> "attribute";
			default -> element.eClass().getName().toLowerCase();
		};
		return name == null ? what : what + " '" + name + "'";
	}

	/** What an attribute accepts: "text", "a member of enum Valence (negative, neutral)", "an actor of kind State". */
	static String expected(TypeRef type) {
		if (type instanceof PrimitiveTypeRef primitive && primitive.getType() != null) {
			return switch (primitive.getType()) {
				case TEXT -> "text (a quoted string)";
				case NUMBER -> "a number";
				case BOOLEAN -> "true or false";
				case DATE -> "a date (YYYY-MM-DD)";
				case ACTOR -> "an actor";
				case CLAIM -> "a claim";
			};
		}
		if (type instanceof NamedTypeRef named && named.getType() != null && !named.getType().eIsProxy()) {
			return switch (named.getType()) {
				case EnumType enumType -> "a member of enum " + enumType.getName() + " ("
						+ enumType.getLiterals().stream().map(EnumLiteral::getName).collect(Collectors.joining(", ")) + ")";
				case ActorKind kind -> "an actor of kind " + kind.getName();
				case ClaimKind kind -> "a claim of kind " + kind.getName();
				default -> named.getType().getName();
			};
		}
		return "an unknown type";
	}

	/** The declared type as written in a schema, with its multiplicity: "text", "actor*", "Valence". */
	static String declared(AttributeDef attribute) {
		TypeRef type = attribute.getType();
		String name = "?";
		if (type instanceof PrimitiveTypeRef primitive && primitive.getType() != null) {
			name = primitive.getType().getLiteral();
		} else if (type instanceof NamedTypeRef named && named.getType() != null) {
			name = named.getType().eIsProxy() ? "?" : named.getType().getName();
		}
		return attribute.isMany() ? name + "*" : name;
	}

	/** A value as found: "the number 3", "text \"negative\"", "actor 'Japan' of kind State". */
	static String found(Value value) {
		return switch (value) {
			case TextValue text -> "text " + quoted(text.getValue());
			case NumberValue number -> "the number " + (number.getValue() == null ? "?" : number.getValue().toPlainString());
			case BooleanValue bool -> "the boolean " + bool.isValue();
			case DateValue date -> "the date " + date.getValue();
			case ReferenceValue reference -> reference(reference.getTarget());
			default -> "a value";
		};
	}

	private static String reference(NamedElement target) {
		if (target instanceof EnumLiteral literal && SchemaQueries.enumOf(literal) instanceof EnumType type) {
			return "member '" + literal.getName() + "' of enum " + type.getName();
		}
		Kind kind = target instanceof Actor actor ? actor.getKind() : target instanceof Claim claim ? claim.getKind() : null;
		if (target instanceof Actor || target instanceof Claim) {
			return element(target) + (kind == null || kind.eIsProxy() ? ", which has no kind" : " of kind " + kind.getName());
		}
		return element(target);
	}

	/** A piece of text in double quotes, line breaks made visible and long text shortened. */
	static String quoted(String text) {
		if (text == null) {
			return "\"\"";
		}
		String shown = text.length() > LONGEST_QUOTE ? text.substring(0, LONGEST_QUOTE - 1) + "…" : text;
		return "\"" + shown.replace("\r", "\\r").replace("\n", "\\n").replace("\t", "\\t") + "\"";
	}

	/** The line where an element starts in its file, or 0 when it has no text. */
	static int line(EObject element) {
		ICompositeNode node = NodeModelUtils.findActualNodeFor(element);
		return node == null ? 0 : node.getStartLine();
	}
}
