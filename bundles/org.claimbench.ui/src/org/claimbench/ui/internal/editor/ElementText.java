package org.claimbench.ui.internal.editor;

import java.util.stream.Collectors;

import org.claimbench.dsl.schema.ValueText;
import org.claimbench.model.claims.Actor;
import org.claimbench.model.claims.AttributeValue;
import org.claimbench.model.claims.Claim;
import org.claimbench.model.claims.Kind;
import org.claimbench.model.claims.NamedElement;
import org.claimbench.model.claims.Relation;
import org.claimbench.workspace.internal.model.Span;

/** How claims and actors read in hovers, the Claims view and dialogs. */
public final class ElementText {

	private ElementText() {
	}

	/** The hover of a span: what it is, who holds it, its attributes and the quoted words. */
	public static String hover(Span span) {
		StringBuilder text = new StringBuilder();
		if (span.owner() instanceof Claim claim) {
			text.append(kindName(claim.getKind())).append(" claim ").append(claim.getName());
			if (!claim.getHolders().isEmpty()) {
				text.append("\nheld by ").append(names(claim.getHolders()));
			}
		} else if (span.owner() instanceof Actor actor) {
			text.append("Mention of ").append(actor.getName());
			if (actor.getKind() != null) {
				text.append(" (").append(kindName(actor.getKind())).append(')');
			}
		}
		for (AttributeValue attribute : span.owner().getAttributes()) {
			text.append('\n').append(attribute.getAttribute() == null ? "?" : attribute.getAttribute().getName())
					.append(": ").append(attribute.getValues().stream().map(ValueText::written).collect(Collectors.joining(", ")));
		}
		if (span.anchor() != null) {
			text.append("\n\u201C").append(span.anchor().getQuote()).append("\u201D at ").append(span.offset());
		}
		return text.toString();
	}

	/** A claim's line in the Claims view. */
	public static String claimLabel(Claim claim) {
		StringBuilder text = new StringBuilder(String.valueOf(claim.getName()));
		if (!claim.getHolders().isEmpty()) {
			text.append(" \u2014 ").append(names(claim.getHolders()));
		}
		if (!claim.getAnchors().isEmpty()) {
			String quote = String.valueOf(claim.getAnchors().get(0).getQuote());
			text.append(": \u201C").append(quote.length() > 60 ? quote.substring(0, 57) + "..." : quote).append('\u201D');
		}
		return text.toString();
	}

	/** A relation's line in the Claims view, under its source claim. */
	public static String relationLabel(Relation relation) {
		return (relation.getKind() == null || relation.getKind().eIsProxy() ? "?" : relation.getKind().getName()) + " \u2192 "
				+ (relation.getTarget() == null || relation.getTarget().eIsProxy() ? "?" : relation.getTarget().getName());
	}

	public static String kindName(Kind kind) {
		return kind == null || kind.eIsProxy() || kind.getName() == null ? "(unknown kind)" : kind.getName();
	}

	private static String names(Iterable<? extends NamedElement> elements) {
		StringBuilder text = new StringBuilder();
		for (NamedElement element : elements) {
			text.append(text.isEmpty() ? "" : ", ").append(element.eIsProxy() ? "?" : element.getName());
		}
		return text.toString();
	}
}
