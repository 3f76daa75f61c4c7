package org.claimbench.ui.internal.curation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

import org.claimbench.dsl.schema.SchemaQueries;
import org.claimbench.model.claims.Actor;
import org.claimbench.model.claims.Anchor;
import org.claimbench.model.claims.AttributeDef;
import org.claimbench.model.claims.AttributeValue;
import org.claimbench.model.claims.Claim;
import org.claimbench.model.claims.ClaimKind;
import org.claimbench.model.claims.ClaimsFactory;
import org.claimbench.model.claims.Document;
import org.claimbench.model.claims.NamedElement;
import org.claimbench.model.claims.Schema;
import org.claimbench.model.claims.Value;
import org.claimbench.ui.internal.views.AttributeType;
import org.claimbench.workspace.internal.model.VisibleActors;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * A value the curator types in Edit... where none of the coders' fits: quoted words found again in the source
 * text, a kind, holders, or an attribute value, each checked against the schema (and the statement's actors)
 * before it goes into the gold. Each part says what is wrong in words, or changes the claim being put together.
 */
final class TypedParts {

	/** Why the typed text cannot be taken, or null once it has been put into the claim. */
	interface Part {
		String apply(Claim edited);
	}

	private static final String SEPARATOR = " + ";

	private TypedParts() {
	}

	/** The words as they are typed: one quote, or several joined by " + ". */
	static String quotesText(Claim claim) {
		return String.join(SEPARATOR, claim.getAnchors().stream().map(Anchor::getQuote).toList());
	}

	/**
	 * Quotes typed by hand, each found in the source text where it lies nearest to the base claim's anchor of the
	 * same place in order (the curator moves a boundary by a word or two, not to another paragraph).
	 */
	static Part quotes(String typed, Claim base, String source) {
		return edited -> {
			List<String> quotes = Arrays.stream(typed.split(" \\+ ")).filter(q -> !q.isEmpty()).toList();
			if (quotes.isEmpty()) {
				return "the quoted words are empty: a claim quotes at least a word of the text";
			}
			List<Anchor> anchors = new ArrayList<>();
			for (int i = 0; i < quotes.size(); i++) {
				Anchor near = base.getAnchors().isEmpty() ? null : base.getAnchors().get(Math.min(i, base.getAnchors().size() - 1));
				int offset = nearest(source, quotes.get(i), near == null || !near.isSetOffset() ? 0 : near.getOffset());
				if (offset < 0) {
					return "the source text has no \u201C" + quotes.get(i) + "\u201D (the words must be as the text writes them,"
							+ " line breaks included)";
				}
				Anchor anchor = near == null ? ClaimsFactory.eINSTANCE.createAnchor() : EcoreUtil.copy(near);
				anchor.setQuote(quotes.get(i));
				anchor.setOffset(offset);
				// The context around the old words says nothing about the new ones.
				anchor.setPrefix(null);
				anchor.setSuffix(null);
				anchors.add(anchor);
			}
			edited.getAnchors().clear();
			edited.getAnchors().addAll(anchors);
			return null;
		};
	}

	private static int nearest(String text, String quote, int near) {
		int best = -1;
		for (int at = text.indexOf(quote); at >= 0; at = text.indexOf(quote, at + 1)) {
			if (best < 0 || Math.abs(at - near) < Math.abs(best - near)) {
				best = at;
			}
		}
		return best;
	}

	static Part kind(String typed, Claim base) {
		return edited -> {
			Schema schema = SchemaQueries.schemaOf(base);
			List<ClaimKind> kinds = schema == null ? List.of() : SchemaQueries.visibleElements(schema, ClaimKind.class);
			ClaimKind kind = byName(kinds, typed.strip());
			if (kind == null) {
				return "\u201C" + typed.strip() + "\u201D is no claim kind of the schema; it has " + names(kinds);
			}
			edited.setKind(kind);
			return null;
		};
	}

	static Part holders(String typed, Claim base) {
		return edited -> {
			List<Actor> actors = VisibleActors.of(documentOf(base));
			List<Actor> holders = new ArrayList<>();
			for (String name : commaSeparated(typed)) {
				Actor actor = byName(actors, name);
				if (actor == null) {
					return "\u201C" + name + "\u201D is no actor of the statement; it has " + names(actors);
				}
				holders.add(actor);
			}
			edited.getHolders().clear();
			edited.getHolders().addAll(holders);
			return null;
		};
	}

	/** The attribute's values as typed: names of the choices the schema lists, or text the type accepts. */
	static String attributeText(AttributeValue value) {
		if (value == null) {
			return "";
		}
		List<String> texts = new ArrayList<>();
		value.getValues().forEach(v -> texts.add(String.valueOf(AttributeType.text(v))));
		return String.join(", ", texts);
	}

	/** An attribute typed anew; empty text leaves the attribute out of the claim (its default applies). */
	static Part attribute(String typed, AttributeDef attribute, Claim base) {
		return edited -> {
			AttributeType type = attribute.getType() == null ? null : AttributeType.of(attribute.getType());
			if (type == null) {
				return "its type in the schema does not resolve, so no value can be checked";
			}
			List<String> texts = type.isChoice() || type.isBoolean() || attribute.isMany() ? commaSeparated(typed)
					: typed.isBlank() ? List.of() : List.of(typed.strip());
			if (texts.size() > 1 && !attribute.isMany()) {
				return "it takes one value, not " + texts.size();
			}
			List<Value> values = new ArrayList<>();
			for (String text : texts) {
				String problem = null;
				if (type.isChoice()) {
					List<NamedElement> choices = type.choices().apply(documentOf(base));
					NamedElement chosen = byName(choices, text);
					if (chosen == null) {
						problem = "\u201C" + text + "\u201D is not a value of " + type.name() + "; the schema allows " + names(choices);
					} else {
						values.add(AttributeType.reference(chosen));
					}
				} else if (type.isBoolean()) {
					if (!text.equals("true") && !text.equals("false")) {
						problem = "\u201C" + text + "\u201D is neither true nor false";
					} else {
						values.add(AttributeType.bool(Boolean.parseBoolean(text)));
					}
				} else {
					problem = type.problem(text);
					if (problem == null) {
						values.add(type.parse(text));
					}
				}
				if (problem != null) {
					return problem;
				}
			}
			edited.getAttributes().removeIf(a -> a.getAttribute() != null && attribute.getName().equals(a.getAttribute().getName()));
			if (!values.isEmpty()) {
				AttributeValue value = ClaimsFactory.eINSTANCE.createAttributeValue();
				value.setAttribute(attribute);
				value.getValues().addAll(values);
				edited.getAttributes().add(value);
			}
			return null;
		};
	}

	private static List<String> commaSeparated(String typed) {
		return Arrays.stream(typed.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
	}

	private static <T extends NamedElement> T byName(List<T> elements, String name) {
		return elements.stream().filter(e -> name.equals(e.getName())).findFirst().orElse(null);
	}

	private static String names(List<? extends NamedElement> elements) {
		Function<NamedElement, String> name = NamedElement::getName;
		List<String> all = elements.stream().map(name).distinct().toList();
		return all.isEmpty() ? "none" : String.join(", ", all);
	}

	private static Document documentOf(Claim claim) {
		return (Document) EcoreUtil.getRootContainer(claim);
	}
}
