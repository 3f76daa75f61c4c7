package org.claimbench.core.network;

import java.util.stream.Collectors;

import org.claimbench.dsl.schema.SchemaQueries;
import org.claimbench.dsl.schema.ValueText;
import org.claimbench.model.claims.AttributeDef;
import org.claimbench.model.claims.AttributeValue;
import org.claimbench.model.claims.Claim;

/**
 * The qualifier of a claim in the sense of Discourse Network Analyzer: the value of one of its
 * attributes, named by the user (valence, modality, ...). A claim that does not write the attribute
 * has the default value its kind declares, as everywhere else in ClaimBench.
 */
final class Qualifier {

	private Qualifier() {
	}

	/** The value as text (several values joined by spaces), or null when the claim has none. */
	static String of(Claim claim, String attribute) {
		for (AttributeValue value : claim.getAttributes()) {
			if (value.getAttribute() != null && attribute.equals(value.getAttribute().getName())) {
				return value.getValues().stream().map(ValueText::plain).collect(Collectors.joining(" "));
			}
		}
		if (claim.getKind() == null) {
			return null;
		}
		for (AttributeDef definition : SchemaQueries.allAttributes(claim.getKind())) {
			if (attribute.equals(definition.getName()) && definition.getDefaultValue() != null) {
				return ValueText.plain(definition.getDefaultValue());
			}
		}
		return null;
	}
}
