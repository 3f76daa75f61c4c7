package org.claimbench.ui.internal.views;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.claimbench.dsl.schema.SchemaQueries;
import org.claimbench.dsl.schema.ValueSyntax;
import org.claimbench.model.claims.ActorKind;
import org.claimbench.model.claims.BooleanValue;
import org.claimbench.model.claims.ClaimKind;
import org.claimbench.model.claims.ClaimsFactory;
import org.claimbench.model.claims.DateValue;
import org.claimbench.model.claims.Document;
import org.claimbench.model.claims.DocumentElement;
import org.claimbench.model.claims.EnumType;
import org.claimbench.model.claims.Kind;
import org.claimbench.model.claims.NamedElement;
import org.claimbench.model.claims.NamedTypeRef;
import org.claimbench.model.claims.NumberValue;
import org.claimbench.model.claims.PrimitiveType;
import org.claimbench.model.claims.PrimitiveTypeRef;
import org.claimbench.model.claims.ReferenceValue;
import org.claimbench.model.claims.TextValue;
import org.claimbench.model.claims.TypeRef;
import org.claimbench.model.claims.Value;
import org.claimbench.workspace.internal.model.VisibleActors;

/**
 * What an attribute's schema type lets a specialist enter: one of a list of named choices (enum members,
 * actors or claims of a kind), true or false, or typed-in text checked as the type demands.
 */
public record AttributeType(String name, PrimitiveType primitive, Function<Document, List<NamedElement>> choices) {

	/** The type of a declared attribute; null when the schema's type does not resolve. */
	public static AttributeType of(TypeRef type) {
		if (type instanceof PrimitiveTypeRef primitive && primitive.getType() != null) {
			return switch (primitive.getType()) {
				case ACTOR -> new AttributeType("actor", null, document -> new ArrayList<>(VisibleActors.of(document)));
				case CLAIM -> new AttributeType("claim", null, document -> new ArrayList<>(document.getClaims()));
				default -> new AttributeType(primitive.getType().getLiteral(), primitive.getType(), null);
			};
		}
		if (type instanceof NamedTypeRef named && named.getType() != null && !named.getType().eIsProxy()) {
			return switch (named.getType()) {
				case EnumType enumType -> new AttributeType(enumType.getName(), null,
						document -> new ArrayList<>(SchemaQueries.literals(enumType, SchemaQueries.schemaOf(document))));
				case ActorKind kind -> new AttributeType(kind.getName(), null,
						document -> ofKind(VisibleActors.of(document), kind));
				case ClaimKind kind -> new AttributeType(kind.getName(), null,
						document -> ofKind(document.getClaims(), kind));
				default -> null;
			};
		}
		return null;
	}

	/** Only elements of the declared kind or one of its sub kinds fit. */
	private static List<NamedElement> ofKind(List<? extends DocumentElement> elements, Kind kind) {
		List<NamedElement> fitting = new ArrayList<>();
		for (DocumentElement element : elements) {
			Kind elementKind = SchemaQueries.kindOf(element);
			if (elementKind != null && !elementKind.eIsProxy() && SchemaQueries.conformsTo(elementKind, kind)) {
				fitting.add(element);
			}
		}
		return fitting;
	}

	public boolean isChoice() {
		return choices != null;
	}

	public boolean isBoolean() {
		return primitive == PrimitiveType.BOOLEAN;
	}

	/** Why the typed text is no value of this type, or null when it is one. */
	public String problem(String text) {
		if (primitive == PrimitiveType.NUMBER && !ValueSyntax.isNumber(text)) {
			return "\u201C" + text + "\u201D is not a number; write digits with an optional '-' and decimal point, e.g. 2010 or -1.5";
		}
		if (primitive == PrimitiveType.DATE && !ValueSyntax.isDate(text)) {
			return "\u201C" + text + "\u201D is not a date in the form YYYY-MM-DD, e.g. 2024-07-28 (or YYYY-MM, or YYYY, where the text names no day)";
		}
		return null;
	}

	/** The model value for typed text that has no {@link #problem}. */
	public Value parse(String text) {
		switch (primitive) {
			case NUMBER:
				NumberValue number = ClaimsFactory.eINSTANCE.createNumberValue();
				number.setValue(new BigDecimal(text));
				return number;
			case DATE:
				if (ValueSyntax.isYear(text)) {
					// The languages write a year alone as a number; validation reads it as a date where one is taken.
					NumberValue year = ClaimsFactory.eINSTANCE.createNumberValue();
					year.setValue(new BigDecimal(text));
					return year;
				}
				DateValue date = ClaimsFactory.eINSTANCE.createDateValue();
				date.setValue(text);
				return date;
			default:
				TextValue value = ClaimsFactory.eINSTANCE.createTextValue();
				value.setValue(text);
				return value;
		}
	}

	public static Value reference(NamedElement target) {
		ReferenceValue reference = ClaimsFactory.eINSTANCE.createReferenceValue();
		reference.setTarget(target);
		return reference;
	}

	public static Value bool(boolean value) {
		BooleanValue bool = ClaimsFactory.eINSTANCE.createBooleanValue();
		bool.setValue(value);
		return bool;
	}

	/** The value as the specialist types it; null for a value this type cannot show as text. */
	public static String text(Value value) {
		return switch (value) {
			case TextValue text -> text.getValue();
			case NumberValue number -> number.getValue() == null ? "" : number.getValue().toPlainString();
			case DateValue date -> date.getValue();
			case BooleanValue bool -> String.valueOf(bool.isValue());
			case ReferenceValue reference -> reference.getTarget() == null || reference.getTarget().eIsProxy() ? null
					: reference.getTarget().getName();
			default -> null;
		};
	}
}
