package org.claimbench.dsl.schema;

import org.claimbench.model.claims.BooleanValue;
import org.claimbench.model.claims.DateValue;
import org.claimbench.model.claims.NamedElement;
import org.claimbench.model.claims.NumberValue;
import org.claimbench.model.claims.ReferenceValue;
import org.claimbench.model.claims.TextValue;
import org.claimbench.model.claims.Value;

/** An attribute value as people read it: hovers, labels and exports show values the same way. */
public final class ValueText {

	private ValueText() {
	}

	/** As a document writes it: text in double quotes, a reference by name ("?" when it does not resolve). */
	public static String written(Value value) {
		return value instanceof TextValue text ? "\"" + text.getValue() + "\"" : plain(value);
	}

	/** The value alone: text without quotes. */
	public static String plain(Value value) {
		return switch (value) {
			case TextValue text -> text.getValue();
			case NumberValue number -> number.getValue() == null ? "?" : number.getValue().toPlainString();
			case BooleanValue bool -> String.valueOf(bool.isValue());
			case DateValue date -> date.getValue();
			case ReferenceValue reference -> reference.getTarget() instanceof NamedElement named && !named.eIsProxy()
					? named.getName() : "?";
			case null, default -> "?";
		};
	}
}
