package org.claimbench.dsl.ide.hover;

import java.util.List;
import java.util.stream.Collectors;

import org.claimbench.dsl.naming.GroupMembers;
import org.claimbench.dsl.schema.SchemaQueries;
import org.claimbench.model.claims.Schema;
import org.claimbench.dsl.schema.ValueText;
import org.claimbench.dsl.source.AnchorPlaces;
import org.claimbench.dsl.source.SourceLoad;
import org.claimbench.dsl.source.SourceText;
import org.claimbench.dsl.source.SourceTexts;
import org.claimbench.model.claims.Actor;
import org.claimbench.model.claims.ActorKind;
import org.claimbench.model.claims.Anchor;
import org.claimbench.model.claims.AttributeDef;
import org.claimbench.model.claims.AttributeValue;
import org.claimbench.model.claims.Claim;
import org.claimbench.model.claims.ClaimCategory;
import org.claimbench.model.claims.ClaimKind;
import org.claimbench.model.claims.Document;
import org.claimbench.model.claims.EnumLiteral;
import org.claimbench.model.claims.EnumType;
import org.claimbench.model.claims.Kind;
import org.claimbench.model.claims.NamedElement;
import org.claimbench.model.claims.NamedTypeRef;
import org.claimbench.model.claims.PrimitiveTypeRef;
import org.claimbench.model.claims.Relation;
import org.claimbench.model.claims.RelationKind;
import org.claimbench.model.claims.TypeRef;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * What a hover says about an element, in Markdown: for schema elements their declaration and the modeler's
 * description; for claims and actors what they are and hold; for an anchor the source text around it.
 */
public final class HoverText {

	/** Characters of source text shown on each side of an anchor. */
	private static final int CONTEXT = 60;

	private HoverText() {
	}

	public static String of(EObject element) {
		if (element == null || element.eIsProxy()) {
			return "";
		}
		return switch (element) {
			case ClaimKind kind -> claimKind(kind);
			case ActorKind kind -> heading("actor kind " + kind.getName() + superKind(kind)) + description(kind.getDescription())
					+ attributes(kind);
			case EnumType type -> heading("enum " + type.getName()) + description(type.getDescription())
					+ "\n\nMembers: " + type.getLiterals().stream().map(EnumLiteral::getName).collect(Collectors.joining(", "));
			case EnumLiteral literal -> literal(literal);
			case RelationKind kind -> relationKind(kind);
			case AttributeDef attribute -> heading("attribute " + declaration(attribute)) + description(attribute.getDescription())
					+ (attribute.eContainer() instanceof Kind owner ? "\n\nOf " + owner.getName() + "." : "");
			case Claim claim -> claim(claim);
			case Actor actor -> actor(actor);
			case Anchor anchor -> anchor(anchor);
			case Relation relation -> heading("relation " + name(relation.getKind()) + " " + name(relation.getSource()) + " → "
					+ name(relation.getTarget())) + (relation.getKind() == null ? "" : description(relation.getKind().getDescription()));
			default -> "";
		};
	}

	private static String claimKind(ClaimKind kind) {
		String category = SchemaQueries.categoryName(kind);
		boolean own = kind.isSetCategory() || kind.isDeclaresCategory();
		return heading((kind.isAbstract() ? "abstract " : "") + (kind.isDeclaresCategory() ? "claim category " : "claim kind ")
				+ kind.getName() + superKind(kind) + (category == null || own ? "" : " (" + category + ")"))
				+ description(kind.getDescription()) + attributes(kind);
	}

	private static String superKind(Kind kind) {
		StringBuilder others = new StringBuilder();
		kind.getOtherParents().forEach(other -> others.append(", ").append(name(other)));
		if (kind instanceof ClaimKind claimKind) {
			return (claimKind.getSuperKind() != null ? " is " + name(claimKind.getSuperKind())
					: claimKind.isSetCategory() ? " is " + claimKind.getCategory().getLiteral() : "") + others;
		}
		Kind parent = SchemaQueries.superKind(kind);
		return parent == null ? "" : " extends " + name(parent) + others;
	}

	private static String attributes(Kind kind) {
		List<AttributeDef> all = SchemaQueries.allAttributes(kind);
		if (all.isEmpty()) {
			return "";
		}
		return "\n\n" + all.stream()
				.map(a -> "- `" + declaration(a) + "`" + (a.getDescription() == null ? "" : " — " + a.getDescription()))
				.collect(Collectors.joining("\n"));
	}

	private static String literal(EnumLiteral literal) {
		EnumType type = SchemaQueries.enumOf(literal);
		return heading(literal.getName()) + (type == null ? ""
				: "Member of enum " + type.getName() + description(type.getDescription()) + "\n\nMembers: "
						+ SchemaQueries.literals(type, EcoreUtil.getRootContainer(literal) instanceof Schema own ? own : null).stream()
								.map(l -> l == literal ? "**" + l.getName() + "**" : l.getName())
								.collect(Collectors.joining(", ")));
	}

	private static String relationKind(RelationKind kind) {
		String from = ends(kind.getSourceCategories(), kind.getSourceKinds());
		String to = ends(kind.getTargetCategories(), kind.getTargetKinds());
		return heading("relation kind " + kind.getName()) + description(kind.getDescription()) + "\n\nFrom " + from + " to " + to + ".";
	}

	private static String ends(List<ClaimCategory> categories, List<ClaimKind> kinds) {
		String all = java.util.stream.Stream.concat(categories.stream().map(ClaimCategory::getLiteral), kinds.stream().map(HoverText::name))
				.collect(Collectors.joining(", "));
		return all.isEmpty() ? "any claim" : all;
	}

	private static String claim(Claim claim) {
		StringBuilder text = new StringBuilder(heading("claim " + claim.getName() + " : " + name(claim.getKind())));
		if (claim.getKind() != null && !claim.getKind().eIsProxy() && claim.getKind().getDescription() != null) {
			text.append("_").append(claim.getKind().getDescription()).append("_\n\n");
		}
		text.append("Held by ").append(claim.getHolders().isEmpty() ? "nobody yet"
				: claim.getHolders().stream().map(HoverText::label).collect(Collectors.joining(", "))).append('.');
		appendValues(text, claim.getAttributes());
		if (!claim.getAnchors().isEmpty()) {
			text.append("\n\n> ").append(claim.getAnchors().get(0).getQuote());
		}
		return text.toString();
	}

	private static String actor(Actor actor) {
		StringBuilder text = new StringBuilder(heading((actor.isGroup() ? "group " : "actor ") + actor.getName()
				+ (actor.getKind() == null ? "" : " : " + name(actor.getKind()))));
		if (actor.getLabel() != null) {
			text.append('"').append(actor.getLabel()).append("\"\n\n");
		}
		if (actor.isGroup()) {
			text.append("Members: ").append(GroupMembers.describe(actor, HoverText::label))
					.append("\n\n");
		}
		if (!actor.getAliases().isEmpty()) {
			text.append("Also called ").append(String.join(", ", actor.getAliases())).append("\n\n");
		}
		if (actor.eContainer() instanceof Document register && register.isRegister()) {
			text.append("Declared in the project's register.");
		} else {
			text.append(actor.getAnchors().size()).append(actor.getAnchors().size() == 1 ? " mention" : " mentions").append('.');
		}
		appendValues(text, actor.getAttributes());
		return text.toString();
	}

	private static void appendValues(StringBuilder text, List<AttributeValue> values) {
		for (AttributeValue value : values) {
			text.append("\n- ").append(name(value.getAttribute())).append(": ")
					.append(value.getValues().stream().map(ValueText::written).collect(Collectors.joining(", ")));
		}
	}

	/** The anchor's words in the source text, with some text on either side; or why the text cannot be shown. */
	private static String anchor(Anchor anchor) {
		if (!(EcoreUtil.getRootContainer(anchor) instanceof Document document)) {
			return "";
		}
		SourceLoad load = SourceTexts.load(document);
		if (!load.isLoaded()) {
			return load.message();
		}
		SourceText source = load.text();
		String quote = anchor.getQuote() == null ? "" : anchor.getQuote();
		int offset = anchor.getOffset();
		if (!anchor.isSetOffset()) {
			// Written without 'at N': show the words where they occur, when that is one place.
			List<Integer> places = AnchorPlaces.of(source.text(), quote, anchor.getPrefix(), anchor.getSuffix(), 2);
			if (places.size() != 1) {
				return "No offset yet: the quote occurs " + (places.isEmpty() ? "nowhere" : "in several places") + " in "
						+ source.fileName() + ".";
			}
			offset = places.get(0);
		}
		if (!source.contains(offset, quote.length())) {
			return "Offset " + offset + " lies outside " + source.fileName() + " (" + source.length() + " characters).";
		}
		int start = Math.max(0, offset - CONTEXT);
		int end = Math.min(source.length(), offset + quote.length() + CONTEXT);
		String before = source.text().substring(start, offset);
		String words = source.text().substring(offset, offset + quote.length());
		String after = source.text().substring(offset + quote.length(), end);
		return heading(source.fileName() + ", line " + source.lineOf(offset)) + "> " + (start > 0 ? "…" : "") + plain(before) + "**"
				+ plain(words) + "**" + plain(after) + (end < source.length() ? "…" : "")
				+ (words.equals(quote) ? "" : "\n\nThe quote is \"" + plain(quote) + "\": the text at this offset differs.");
	}

	private static String declaration(AttributeDef attribute) {
		TypeRef type = attribute.getType();
		String name = type instanceof PrimitiveTypeRef p && p.getType() != null ? p.getType().getLiteral()
				: type instanceof NamedTypeRef n ? name(n.getType()) : "?";
		return attribute.getName() + ": " + name + (attribute.isMany() ? "*" : "") + (attribute.isRequired() ? " required" : "");
	}

	private static String label(Actor actor) {
		return actor.eIsProxy() ? "?" : actor.getLabel() != null ? actor.getLabel() : actor.getName();
	}

	private static String name(EObject element) {
		return element instanceof NamedElement named && !named.eIsProxy() && named.getName() != null ? named.getName() : "?";
	}

	private static String heading(String text) {
		return "**" + plain(text) + "**\n\n";
	}

	private static String description(String text) {
		return text == null || text.isBlank() ? "" : text;
	}

	/** Text shown as it is: line breaks as spaces, Markdown's emphasis characters escaped. */
	private static String plain(String text) {
		return text.replaceAll("[\\r\\n]+", " ").replaceAll("([*_`\\\\])", "\\\\$1");
	}
}
