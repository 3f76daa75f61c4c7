package org.claimbench.core.series;

import java.util.ArrayList;
import java.util.List;

import org.claimbench.model.claims.AttributeDef;
import org.claimbench.model.claims.AttributeValue;
import org.claimbench.model.claims.Claim;
import org.claimbench.model.claims.EnumLiteral;
import org.claimbench.model.claims.EnumType;
import org.claimbench.model.claims.NamedTypeRef;
import org.claimbench.model.claims.ReferenceValue;

/**
 * A value of an ordered enum ({@code ordered enum Trend { improving ... deteriorating }}, literals from the mildest
 * to the strongest) that moved between two appearances of a commitment chain: up the scale is an escalation, down
 * a de-escalation. Only single values are compared; an attribute one appearance lacks did not move.
 */
public record Escalation(String attribute, String from, String to, boolean up) {

	/** Worded for a report: {@code escalates trend: continuing -> growing}. */
	public String describe() {
		return (up ? "escalates " : "de-escalates ") + attribute + ": " + from + " -> " + to;
	}

	/** The ordered-enum attributes of {@code later} whose value moved since {@code earlier}, in the later's order. */
	public static List<Escalation> between(Claim earlier, Claim later) {
		List<Escalation> moves = new ArrayList<>();
		for (AttributeValue value : later.getAttributes()) {
			EnumType scale = orderedScale(value.getAttribute());
			if (scale == null) {
				continue;
			}
			EnumLiteral now = single(value);
			EnumLiteral before = single(valueOf(earlier, value.getAttribute().getName()));
			if (now == null || before == null) {
				continue;
			}
			int from = position(scale, before);
			int to = position(scale, now);
			if (from >= 0 && to >= 0 && from != to) {
				moves.add(new Escalation(value.getAttribute().getName(), before.getName(), now.getName(), to > from));
			}
		}
		return moves;
	}

	private static EnumType orderedScale(AttributeDef attribute) {
		if (attribute != null && !attribute.eIsProxy() && attribute.getType() instanceof NamedTypeRef named
				&& named.getType() instanceof EnumType type && type.isOrdered()) {
			return type;
		}
		return null;
	}

	private static AttributeValue valueOf(Claim claim, String attribute) {
		for (AttributeValue value : claim.getAttributes()) {
			if (value.getAttribute() != null && attribute != null && attribute.equals(value.getAttribute().getName())) {
				return value;
			}
		}
		return null;
	}

	private static EnumLiteral single(AttributeValue value) {
		if (value == null || value.getValues().size() != 1 || !(value.getValues().get(0) instanceof ReferenceValue reference)) {
			return null;
		}
		return reference.getTarget() instanceof EnumLiteral literal && !literal.eIsProxy() ? literal : null;
	}

	/** By name: the earlier statement may have been linked against another copy of the same schema. */
	private static int position(EnumType scale, EnumLiteral literal) {
		for (int i = 0; i < scale.getLiterals().size(); i++) {
			if (scale.getLiterals().get(i).getName().equals(literal.getName())) {
				return i;
			}
		}
		return -1;
	}
}
