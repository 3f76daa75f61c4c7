package org.claimbench.core.agreement;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.claimbench.dsl.schema.ValueText;
import org.claimbench.model.claims.Actor;
import org.claimbench.model.claims.AttributeValue;
import org.claimbench.model.claims.Claim;
import org.dkpro.statistics.agreement.distance.SetAnnotation;

/** What a coder said about one claim, in values that compare across documents (names, not objects). */
public final class ClaimValues {

	private ClaimValues() {
	}

	public static String kind(Claim claim) {
		return Coding.nameOf(claim.getKind());
	}

	public static SetAnnotation holders(Claim claim) {
		return new SetAnnotation(claim.getHolders().stream().map(Coding::nameOf).toList());
	}

	/** Attribute name to its values as written, in name order. */
	public static Map<String, List<String>> attributes(Claim claim) {
		Map<String, List<String>> values = new TreeMap<>();
		for (AttributeValue attribute : claim.getAttributes()) {
			values.put(Coding.nameOf(attribute.getAttribute()), attribute.getValues().stream().map(ValueText::written).toList());
		}
		return values;
	}

	/** True when the schema lets the attribute take several values (set-valued, compared with MASI). */
	public static boolean manyValued(Claim claim, String attribute) {
		return claim.getAttributes().stream().anyMatch(a -> Coding.nameOf(a.getAttribute()).equals(attribute)
				&& (a.getAttribute() != null && !a.getAttribute().eIsProxy() && a.getAttribute().isMany() || a.getValues().size() > 1));
	}

	public static String holderText(Claim claim) {
		return claim.getHolders().stream().map(Coding::nameOf).sorted().collect(Collectors.joining(", "));
	}

	/** Everything a coder decided about a claim: two claims with the same whole value are the same claim. */
	public static String whole(Claim claim, List<Span> spans) {
		return kind(claim) + " by " + holderText(claim) + " " + attributes(claim) + " at " + spans;
	}

	static String mentionedActor(org.claimbench.model.claims.Anchor mention) {
		return mention.eContainer() instanceof Actor actor ? Coding.nameOf(actor) : "?";
	}
}
