package org.claimbench.ui.internal.curation;

import java.util.List;
import java.util.stream.Collectors;

import org.claimbench.core.curation.CurationUnit;
import org.claimbench.dsl.schema.ValueText;
import org.claimbench.model.claims.Actor;
import org.claimbench.model.claims.ActorMentions;
import org.claimbench.model.claims.Anchor;
import org.claimbench.model.claims.AttributeValue;
import org.claimbench.model.claims.Claim;
import org.claimbench.model.claims.NamedElement;
import org.claimbench.model.claims.Relation;
import org.eclipse.emf.ecore.EObject;

/** How one coder's version of a unit reads side by side with the others': kind, holders, attributes, quoted words. */
final class VersionText {

	private VersionText() {
	}

	static String of(CurationUnit unit, int coder) {
		List<EObject> version = unit.version(coder);
		if (version.isEmpty()) {
			return switch (unit.type()) {
				case CLAIM -> "(no claim here)";
				case MENTION -> "(no mention here)";
				case RELATION -> unit.relation().byCoder()[coder] == null ? "(lacks one of the two claims)" : "(no relation)";
			};
		}
		StringBuilder text = new StringBuilder();
		for (EObject element : version) {
			text.append(text.isEmpty() ? "" : "\n\n").append(describe(element));
		}
		return text.toString();
	}

	private static String describe(EObject element) {
		StringBuilder text = new StringBuilder();
		if (element instanceof Claim claim) {
			text.append(name(claim.getKind())).append(" ").append(claim.getName());
			text.append("\nby ").append(claim.getHolders().stream().map(VersionText::name).collect(Collectors.joining(", ")));
			attributes(claim.getAttributes(), text);
			for (Anchor anchor : claim.getAnchors()) {
				text.append('\n').append(quoted(anchor));
			}
		} else if (element instanceof Anchor mention) {
			EObject owner = mention.eContainer();
			Actor actor = owner instanceof Actor a ? a : owner instanceof ActorMentions m ? m.getActor() : null;
			text.append("mention of ").append(name(actor)).append('\n').append(quoted(mention));
		} else if (element instanceof Relation relation) {
			text.append(name(relation.getKind())).append(' ').append(name(relation.getSource())).append(" \u2192 ")
					.append(name(relation.getTarget()));
			attributes(relation.getAttributes(), text);
			for (Anchor anchor : relation.getAnchors()) {
				text.append('\n').append(quoted(anchor));
			}
		}
		return text.toString();
	}

	private static void attributes(List<AttributeValue> attributes, StringBuilder text) {
		for (AttributeValue attribute : attributes) {
			text.append('\n').append(name(attribute.getAttribute())).append(": ")
					.append(attribute.isUnstated() ? "unstated" : attribute.getValues().stream().map(ValueText::written).collect(Collectors.joining(", ")));
		}
	}

	static String quoted(Anchor anchor) {
		return "\u201C" + anchor.getQuote() + "\u201D" + (anchor.isSetOffset() ? " at " + anchor.getOffset() : "");
	}

	static String name(EObject element) {
		return element instanceof NamedElement named && !named.eIsProxy() && named.getName() != null ? named.getName() : "?";
	}
}
