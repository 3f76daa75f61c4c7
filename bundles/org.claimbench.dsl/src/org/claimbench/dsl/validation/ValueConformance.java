package org.claimbench.dsl.validation;


import org.claimbench.dsl.schema.SchemaQueries;
import org.claimbench.model.claims.Actor;
import org.claimbench.model.claims.ActorKind;
import org.claimbench.model.claims.BooleanValue;
import org.claimbench.model.claims.Claim;
import org.claimbench.model.claims.ClaimKind;
import org.claimbench.dsl.schema.ValueSyntax;
import org.claimbench.model.claims.DateValue;
import org.claimbench.model.claims.EnumLiteral;
import org.claimbench.model.claims.EnumType;
import org.claimbench.model.claims.Kind;
import org.claimbench.model.claims.NamedElement;
import org.claimbench.model.claims.NamedTypeRef;
import org.claimbench.model.claims.NumberValue;
import org.claimbench.model.claims.PrimitiveTypeRef;
import org.claimbench.model.claims.ReferenceValue;
import org.claimbench.model.claims.SchemaType;
import org.claimbench.model.claims.TextValue;
import org.claimbench.model.claims.TypeRef;
import org.claimbench.model.claims.Value;

/** Whether a value fits an attribute's declared type; used for document values and schema defaults alike. */
final class ValueConformance {

	private ValueConformance() {
	}

	/**
	 * True when the value fits the type. Unresolved types and references count as fitting: the
	 * linker already reports them, and a second message would only repeat it.
	 */
	static boolean fits(Value value, TypeRef type) {
		if (value instanceof ReferenceValue reference && (reference.getTarget() == null || reference.getTarget().eIsProxy())) {
			return true;
		}
		if (type instanceof PrimitiveTypeRef primitive && primitive.getType() != null) {
			return switch (primitive.getType()) {
				case TEXT -> value instanceof TextValue;
				case NUMBER -> value instanceof NumberValue;
				case BOOLEAN -> value instanceof BooleanValue;
				case DATE -> value instanceof DateValue || isYear(value);
				case ACTOR -> target(value) instanceof Actor;
				case CLAIM -> target(value) instanceof Claim;
			};
		}
		if (type instanceof NamedTypeRef named && named.getType() != null && !named.getType().eIsProxy()) {
			SchemaType schemaType = named.getType();
			NamedElement target = target(value);
			return switch (schemaType) {
				case EnumType enumType -> target instanceof EnumLiteral literal && SchemaQueries.enumOf(literal) == enumType;
				case ActorKind kind -> target instanceof Actor actor && conforms(actor.getKind(), kind);
				case ClaimKind kind -> target instanceof Claim claim && conforms(claim.getKind(), kind);
				default -> true;
			};
		}
		return true;
	}

	private static boolean conforms(Kind kind, Kind expected) {
		return kind != null && !kind.eIsProxy() && SchemaQueries.conformsTo(kind, expected);
	}

	private static NamedElement target(Value value) {
		return value instanceof ReferenceValue reference ? reference.getTarget() : null;
	}

	static boolean isDate(DateValue value) {
		return value.getValue() == null || ValueSyntax.isDate(value.getValue());
	}

	/** A year alone reads as a whole number (2023): a date, where the attribute takes one. */
	private static boolean isYear(Value value) {
		return value instanceof NumberValue number && number.getValue() != null && ValueSyntax.isYear(number.getValue().toPlainString());
	}
}
