package org.claimbench.workspace.internal.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

import org.claimbench.dsl.source.SourceLoad;
import org.claimbench.dsl.source.SourceTexts;
import org.claimbench.dsl.source.UniqueContext;
import org.claimbench.model.claims.Actor;
import org.claimbench.model.claims.ActorKind;
import org.claimbench.model.claims.ActorMentions;
import org.claimbench.model.claims.Anchor;
import org.claimbench.model.claims.AttributeDef;
import org.claimbench.model.claims.AttributeValue;
import org.claimbench.model.claims.Claim;
import org.claimbench.model.claims.ClaimKind;
import org.claimbench.model.claims.ClaimsFactory;
import org.claimbench.model.claims.Document;
import org.claimbench.model.claims.DocumentElement;
import org.claimbench.model.claims.NamedElement;
import org.claimbench.model.claims.ReferenceValue;
import org.claimbench.model.claims.Relation;
import org.claimbench.model.claims.RelationKind;
import org.claimbench.model.claims.Value;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;

/** The model changes the annotation commands make; each is applied through {@link AnnotationSession#record}. */
public final class AnnotationEdits {

	private AnnotationEdits() {
	}

	/** A claim of the kind, held by the holders, quoting the source text at offset. */
	public static Consumer<Document> newClaim(ClaimKind kind, List<Actor> holders, int offset, String quote) {
		return document -> {
			Claim claim = ClaimsFactory.eINSTANCE.createClaim();
			claim.setName(uniqueName(document, kind.getName(), true));
			claim.setKind(kind);
			claim.getHolders().addAll(holders);
			claim.getAnchors().add(anchor(document, offset, quote));
			document.getClaims().add(claim);
		};
	}

	/**
	 * A mention of an existing actor at offset: in the actor's block when the document declares it, else (an
	 * actor of the project's register) in the document's {@code mentions} block for it, made when missing.
	 */
	public static Consumer<Document> newMention(Actor actor, int offset, String quote) {
		return document -> {
			if (actor.eContainer() == document) {
				actor.getAnchors().add(anchor(document, offset, quote));
				return;
			}
			ActorMentions mentions = document.getMentions().stream().filter(m -> m.getActor() == actor).findFirst().orElse(null);
			if (mentions == null) {
				mentions = ClaimsFactory.eINSTANCE.createActorMentions();
				mentions.setActor(actor);
				document.getMentions().add(mentions);
			}
			mentions.getAnchors().add(anchor(document, offset, quote));
		};
	}

	/** A new actor of the kind (may be null), mentioned at offset. */
	public static Consumer<Document> newActor(String name, ActorKind kind, int offset, String quote) {
		return newActor(name, null, kind, offset, quote);
	}

	/** A new actor with a label (may be null) and of the kind (may be null), mentioned at offset. */
	public static Consumer<Document> newActor(String name, String label, ActorKind kind, int offset, String quote) {
		return document -> {
			Actor actor = ClaimsFactory.eINSTANCE.createActor();
			actor.setName(uniqueName(document, name, false));
			actor.setLabel(label);
			actor.setKind(kind);
			actor.getAnchors().add(anchor(document, offset, quote));
			document.getActors().add(actor);
		};
	}

	/**
	 * Removes a span: a claim goes with its relations and the attribute values that point to it; a mention
	 * goes alone, the actor stays.
	 */
	public static Consumer<Document> delete(Span span) {
		return document -> {
			if (span.isMention()) {
				EcoreUtil.remove(span.anchor());
			} else {
				deleteClaim(document, (Claim) span.owner());
			}
		};
	}

	/** A relation of the kind from source to target, without anchors of its own. */
	public static Consumer<Document> newRelation(RelationKind kind, Claim source, Claim target) {
		return document -> {
			Relation relation = ClaimsFactory.eINSTANCE.createRelation();
			relation.setKind(kind);
			relation.setSource(source);
			relation.setTarget(target);
			document.getRelations().add(relation);
		};
	}

	public static Consumer<Document> delete(Relation relation) {
		return document -> EcoreUtil.remove(relation);
	}

	/**
	 * Gives the element's attribute these values, in place when it has one already; no values remove the
	 * attribute, so the schema's default applies again.
	 */
	public static Consumer<Document> setAttribute(DocumentElement element, AttributeDef attribute, List<Value> values) {
		return document -> {
			AttributeValue existing = element.getAttributes().stream()
					.filter(a -> a.getAttribute() == attribute
							|| a.getAttribute() != null && attribute.getName().equals(a.getAttribute().getName()))
					.findFirst().orElse(null);
			if (values.isEmpty()) {
				if (existing != null) {
					EcoreUtil.remove(existing);
				}
				return;
			}
			if (existing != null && EcoreUtil.equals(new ArrayList<EObject>(existing.getValues()), new ArrayList<EObject>(values))) {
				return;
			}
			if (existing == null) {
				existing = ClaimsFactory.eINSTANCE.createAttributeValue();
				existing.setAttribute(attribute);
				element.getAttributes().add(existing);
			}
			existing.getValues().clear();
			existing.getValues().addAll(values);
			existing.setUnstated(false);
		};
	}

	/** The claim held by exactly these actors, in this order; none leaves the claim without a holder. */
	public static Consumer<Document> setHolders(Claim claim, List<Actor> holders) {
		return document -> {
			claim.getHolders().clear();
			claim.getHolders().addAll(holders);
		};
	}

	/**
	 * Gives the actor another name. Holders, members and attribute values point to the actor itself, not to its
	 * name, so they follow: the text written on Save names it anew everywhere in the document.
	 */
	public static Consumer<Document> rename(Actor actor, String name) {
		return document -> actor.setName(name);
	}

	/** The actor's label; none (null or blank) removes it. */
	public static Consumer<Document> setLabel(Actor actor, String label) {
		return document -> {
			String next = label == null || label.isBlank() ? null : label.strip();
			if (!Objects.equals(actor.getLabel(), next)) {
				actor.setLabel(next);
			}
		};
	}

	/** Exactly these aliases, in this order. */
	public static Consumer<Document> setAliases(Actor actor, List<String> aliases) {
		return document -> {
			if (!actor.getAliases().equals(aliases)) {
				actor.getAliases().clear();
				actor.getAliases().addAll(aliases);
			}
		};
	}

	/** The group made of exactly these members, in this order, and of members the statement does not name when unnamed. */
	public static Consumer<Document> setMembers(Actor group, List<Actor> members, boolean unnamed) {
		return document -> {
			if (!group.getMembers().equals(members)) {
				group.getMembers().clear();
				group.getMembers().addAll(members);
			}
			if (group.isUnnamedMembers() != unnamed) {
				group.setUnnamedMembers(unnamed);
			}
		};
	}

	private static void deleteClaim(Document document, Claim claim) {
		document.getRelations().removeIf(r -> r.getSource() == claim || r.getTarget() == claim);
		List<AttributeValue> emptied = new ArrayList<>();
		for (EObject content : (Iterable<EObject>) document::eAllContents) {
			if (content instanceof ReferenceValue value && value.getTarget() == claim
					&& value.eContainer() instanceof AttributeValue attribute) {
				emptied.add(attribute);
			}
		}
		for (AttributeValue attribute : emptied) {
			attribute.getValues().removeIf(v -> v instanceof ReferenceValue r && r.getTarget() == claim);
			if (attribute.getValues().isEmpty()) {
				EcoreUtil.remove(attribute);
			}
		}
		EcoreUtil.remove(claim);
	}

	/**
	 * An anchor on the selected words; where the same words stand elsewhere in the text too, with the shortest context
	 * only this place has (as {@code claimbench anchor} gives it), so that a later edit of the text cannot move it onto
	 * a namesake unnoticed.
	 */
	private static Anchor anchor(Document document, int offset, String quote) {
		Anchor anchor = ClaimsFactory.eINSTANCE.createAnchor();
		anchor.setOffset(offset);
		anchor.setQuote(quote);
		SourceLoad source = SourceTexts.load(document);
		if (source.isLoaded()) {
			UniqueContext.of(source.text().text(), quote, offset, null, null).ifPresent(context -> {
				anchor.setPrefix(context.prefix().isEmpty() ? null : context.prefix());
				anchor.setSuffix(context.suffix().isEmpty() ? null : context.suffix());
			});
		}
		return anchor;
	}

	/** The base as an identifier, numbered when the document already uses it; claims start lower case. */
	static String uniqueName(Document document, String base, boolean lowerFirst) {
		String stem = identifier(base, lowerFirst);
		List<String> taken = new ArrayList<>();
		for (DocumentElement element : document.getActors()) {
			taken.add(element.getName());
		}
		for (NamedElement element : document.getClaims()) {
			taken.add(element.getName());
		}
		String name = stem;
		for (int i = 2; taken.contains(name); i++) {
			name = stem + i;
		}
		return name;
	}

	private static String identifier(String text, boolean lowerFirst) {
		StringBuilder id = new StringBuilder();
		for (char c : text.toCharArray()) {
			if (Character.isLetterOrDigit(c) || c == '_') {
				id.append(id.isEmpty() && lowerFirst ? Character.toLowerCase(c) : c);
			}
		}
		if (id.isEmpty() || !Character.isLetter(id.charAt(0))) {
			id.insert(0, 'x');
		}
		return id.toString();
	}
}
