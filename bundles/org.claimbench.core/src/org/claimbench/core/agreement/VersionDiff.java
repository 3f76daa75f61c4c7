package org.claimbench.core.agreement;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

import org.claimbench.model.claims.Anchor;
import org.claimbench.model.claims.Claim;
import org.claimbench.model.claims.DocumentElement;
import org.eclipse.emf.ecore.EObject;

/**
 * Two coders' documents over one statement side by side: each aligned claim, mention and relation
 * that differs, with what differs, as lines a person reads. No lines means the versions agree.
 */
public final class VersionDiff {

	private static final int QUOTE_SHOWN = 50;

	private VersionDiff() {
	}

	public static List<String> lines(AlignedStatement aligned) {
		String a = aligned.coders().get(0);
		String b = aligned.coders().get(1);
		List<String> lines = new ArrayList<>();
		for (Alignment.Unit unit : aligned.claims()) {
			Coding x = unit.of(0);
			Coding y = unit.of(1);
			if (x == null || y == null) {
				Coding only = x == null ? y : x;
				lines.add("only " + (x == null ? b : a) + ": claim " + describe(only));
				continue;
			}
			List<String> differences = claimDifferences((Claim) x.element(), x.spans(), (Claim) y.element(), y.spans());
			if (!differences.isEmpty()) {
				lines.add("claim " + name(x.element()) + " (" + a + ") ~ " + name(y.element()) + " (" + b + ")");
				differences.forEach(d -> lines.add("  " + d));
			}
		}
		for (Alignment.Unit unit : aligned.mentions()) {
			Coding x = unit.of(0);
			Coding y = unit.of(1);
			if (x == null || y == null) {
				Coding only = x == null ? y : x;
				lines.add("only " + (x == null ? b : a) + ": mention of " + only.label() + " " + where(only));
			} else if (!x.label().equals(y.label()) || !x.spans().equals(y.spans())) {
				lines.add("mention " + where(x) + " (" + a + ") ~ " + where(y) + " (" + b + ")");
				if (!x.label().equals(y.label())) {
					lines.add("  actor: " + x.label() + " | " + y.label());
				}
				if (!x.spans().equals(y.spans())) {
					lines.add("  span: " + x.spans() + " | " + y.spans());
				}
			}
		}
		for (AlignedStatement.RelationUnit relation : aligned.relations()) {
			String[] by = relation.byCoder();
			if (!Objects.equals(by[0], by[1])) {
				lines.add("relation " + name(relation.source().first().element()) + " -> "
						+ name(relation.target().first().element()) + ": " + shown(by[0], a) + " | " + shown(by[1], b));
			}
		}
		return lines;
	}

	private static String shown(String relation, String coder) {
		return relation == null ? "(" + coder + " lacks one of the claims)" : relation;
	}

	private static List<String> claimDifferences(Claim x, List<Span> xSpans, Claim y, List<Span> ySpans) {
		List<String> differences = new ArrayList<>();
		if (!xSpans.equals(ySpans)) {
			differences.add("span: " + xSpans + " " + quote(x) + " | " + ySpans + " " + quote(y));
		}
		if (!ClaimValues.kind(x).equals(ClaimValues.kind(y))) {
			differences.add("kind: " + ClaimValues.kind(x) + " | " + ClaimValues.kind(y));
		}
		if (!ClaimValues.holders(x).equals(ClaimValues.holders(y))) {
			differences.add("holders: " + orNone(ClaimValues.holderText(x)) + " | " + orNone(ClaimValues.holderText(y)));
		}
		Map<String, List<String>> xa = ClaimValues.attributes(x);
		Map<String, List<String>> ya = ClaimValues.attributes(y);
		TreeSet<String> names = new TreeSet<>(xa.keySet());
		names.addAll(ya.keySet());
		for (String name : names) {
			if (!Objects.equals(xa.get(name), ya.get(name))) {
				differences.add("attribute " + name + ": " + values(xa.get(name)) + " | " + values(ya.get(name)));
			}
		}
		return differences;
	}

	private static String values(List<String> values) {
		return values == null ? AlignedStatement.NONE : String.join(", ", values);
	}

	private static String orNone(String text) {
		return text.isEmpty() ? AlignedStatement.NONE : text;
	}

	static String describe(Coding coding) {
		return name(coding.element()) + " : " + coding.label() + " " + where(coding);
	}

	private static String where(Coding coding) {
		return "at " + (coding.spans().isEmpty() ? "(no offset)" : coding.spans().toString())
				+ (coding.element() instanceof Anchor anchor ? " " + excerpt(anchor.getQuote()) : " " + quote(coding.element()));
	}

	private static String quote(EObject element) {
		return element instanceof DocumentElement e && !e.getAnchors().isEmpty() ? excerpt(e.getAnchors().get(0).getQuote()) : "";
	}

	private static String excerpt(String quote) {
		if (quote == null) {
			return "";
		}
		return "\"" + (quote.length() > QUOTE_SHOWN ? quote.substring(0, QUOTE_SHOWN - 1) + "…" : quote) + "\"";
	}

	private static String name(EObject element) {
		return Coding.nameOf(element);
	}
}
