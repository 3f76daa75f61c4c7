package org.claimbench.core.curation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.claimbench.core.agreement.Provenances;
import org.claimbench.core.agreement.SourceComments;
import org.claimbench.core.agreement.UnitRow;
import org.claimbench.model.claims.Actor;
import org.claimbench.model.claims.ActorMentions;
import org.claimbench.model.claims.Anchor;
import org.claimbench.model.claims.AttributeValue;
import org.claimbench.model.claims.Claim;
import org.claimbench.model.claims.ClaimsFactory;
import org.claimbench.model.claims.Document;
import org.claimbench.model.claims.DocumentStatus;
import org.claimbench.model.claims.NamedElement;
import org.claimbench.model.claims.ReferenceValue;
import org.claimbench.model.claims.Relation;
import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.resource.SaveOptions;
import org.eclipse.xtext.resource.XtextResource;

/**
 * Writes the gold document of a curation: the first coder's document with every disputed unit replaced by the
 * chosen version (marked {@code from coder "..."}), the edited claim (marked {@code edited}), or nothing where
 * the unit is left out or still open. What a taken version refers to is looked up in the gold by name (actors)
 * or by unit (claims); a reference to a claim that is not in the gold is left out and reported. The versions
 * themselves are not changed: the gold is a copy, in a resource of its own beside them.
 */
public final class GoldDocument {

	/** The gold's DSL text, whether every dispute is settled, and what had to be left out on the way. */
	public record Result(String text, boolean settled, List<String> notes) {
	}

	private final Curation curation;
	private final Document gold;
	private final EcoreUtil.Copier baseCopies = new EcoreUtil.Copier();
	/** The gold's element of each claim or mention unit, null where the unit is not in the gold. */
	private final Map<CurationUnit, EObject> goldOf = new IdentityHashMap<>();
	/** Every version's claim and mention, to its unit. */
	private final Map<EObject, CurationUnit> unitOf = new IdentityHashMap<>();
	private final List<String> notes = new ArrayList<>();
	/** Each of the gold's elements to the version's element it was copied from, for the comments to go with it. */
	private final Map<EObject, EObject> originals = new IdentityHashMap<>();
	/** How many claims and actors of the gold have each name; null until the first name is placed. */
	private Map<String, Integer> names;

	private GoldDocument(Curation curation, String name) {
		this.curation = curation;
		Document base = curation.aligned().documents().get(0);
		gold = (Document) baseCopies.copy(base);
		baseCopies.copyReferences();
		baseCopies.forEach((original, copy) -> originals.put(copy, original));
		gold.setName(name);
		gold.setCoder(null);
		for (CurationUnit unit : curation.units()) {
			if (unit.type() != CurationUnit.Type.RELATION) {
				for (int coder = 0; coder < curation.coders().size(); coder++) {
					unit.version(coder).forEach(element -> unitOf.put(element, unit));
				}
				// The gold's references point at the copies of the first coder's elements.
				unit.version(0).forEach(element -> unitOf.put(baseCopies.get(element), unit));
			}
		}
	}

	/**
	 * The gold's text, for a file at {@code uri} with document name {@code name}; the gold is loaded into the
	 * versions' resource set for as long as it is serialized (it links against their schemas and registers).
	 */
	public static Result write(Curation curation, URI uri, String name) {
		GoldDocument builder = new GoldDocument(curation, name);
		builder.settleClaimsAndMentions();
		builder.settleRelations();
		builder.retarget();
		boolean settled = curation.open() == 0;
		builder.gold.setStatus(settled ? DocumentStatus.CURATED : DocumentStatus.DRAFT);
		ResourceSet set = curation.aligned().documents().get(0).eResource().getResourceSet();
		Resource existing = set.getResource(uri, false);
		if (existing != null) {
			existing.unload();
			set.getResources().remove(existing);
		}
		XtextResource resource = (XtextResource) set.createResource(uri);
		try {
			resource.getContents().add(builder.gold);
			String serialized = resource.getSerializer().serialize(builder.gold, SaveOptions.newBuilder().format().getOptions());
			// The serializer writes the model alone; the specialists' comments come from the versions' texts.
			String text = SourceComments.of(curation.aligned().documents()).addTo(serialized, builder.gold, builder.originals::get);
			return new Result(text.endsWith("\n") ? text : text + "\n", settled, List.copyOf(builder.notes));
		} finally {
			set.getResources().remove(resource);
		}
	}

	private void settleClaimsAndMentions() {
		for (CurationUnit unit : curation.units()) {
			if (unit.type() == CurationUnit.Type.RELATION) {
				continue;
			}
			Choice choice = curation.choice(unit);
			EObject base = unit.hasVersion(0) ? baseCopies.get(unit.version(0).get(0)) : null;
			EObject chosen = switch (choice.kind()) {
				case TAKE -> choice.coder() == 0 ? base : copyOf(unit.version(choice.coder()).get(0));
				case EDITED -> EcoreUtil.copy(choice.edited());
				default -> null;
			};
			if (chosen != base && base != null) {
				EcoreUtil.remove(base);
				if (base instanceof Claim removed) {
					freed(removed.getName());
				}
			}
			if (chosen != null && chosen != base) {
				place(chosen, choice.kind() == Choice.Kind.TAKE ? unit.version(choice.coder()).get(0) : null);
			}
			if (chosen != null && unit.status() != UnitRow.Status.AGREED) {
				mark(chosen, choice);
			}
			goldOf.put(unit, chosen);
		}
	}

	private void mark(EObject element, Choice choice) {
		if (choice.kind() == Choice.Kind.EDITED) {
			Provenances.edited(element);
		} else {
			Provenances.takenFrom(element, curation.coders().get(choice.coder()));
		}
	}

	/** Puts a claim or mention from another version into the gold, where the text order puts it. */
	private void place(EObject element, EObject original) {
		if (element instanceof Claim claim) {
			claim.setName(freeName(claim.getName()));
			insertByOffset(gold.getClaims(), claim, Claim::getAnchors);
		} else if (element instanceof Anchor mention) {
			Actor actor = mentionedActor(original);
			if (actor == null) {
				notes.add("the mention \"" + mention.getQuote() + "\" names an actor that cannot be found; it is left out");
				return;
			}
			if (actor.eContainer() == gold) {
				insertAnchor(actor.getAnchors(), mention);
			} else {
				ActorMentions block = gold.getMentions().stream().filter(m -> m.getActor() == actor).findFirst().orElse(null);
				if (block == null) {
					block = ClaimsFactory.eINSTANCE.createActorMentions();
					block.setActor(actor);
					gold.getMentions().add(block);
				}
				insertAnchor(block.getAnchors(), mention);
			}
		}
	}

	/** The actor a version's mention names, as the gold has it: its own actor of that name, or the register's. */
	private Actor mentionedActor(EObject original) {
		if (original != null && original.eContainer() instanceof Actor actor) {
			return goldActor(actor);
		}
		if (original != null && original.eContainer() instanceof ActorMentions block && block.getActor() != null) {
			return goldActor(block.getActor());
		}
		return null;
	}

	/** The gold's actor for an actor of some version: the register's as it is, a document's by name (copied when the gold lacks it). */
	private Actor goldActor(Actor actor) {
		if (!(actor.eContainer() instanceof Document owner) || owner.isRegister() || owner == gold
				|| !curation.aligned().documents().contains(owner)) {
			return actor;
		}
		for (Actor own : gold.getActors()) {
			if (own.getName() != null && own.getName().equals(actor.getName())) {
				return own;
			}
		}
		Actor copy = copyOf(actor);
		copy.getAnchors().clear();
		gold.getActors().add(copy);
		taken(copy.getName());
		// Its members and attributes may name further actors of that version.
		retarget(copy);
		return copy;
	}

	private void settleRelations() {
		for (CurationUnit unit : curation.units()) {
			if (unit.type() != CurationUnit.Type.RELATION) {
				continue;
			}
			Choice choice = curation.choice(unit);
			List<Relation> base = unit.version(0).stream().map(r -> (Relation) baseCopies.get(r)).toList();
			if (choice.kind() == Choice.Kind.TAKE && choice.coder() == 0) {
				if (unit.status() != UnitRow.Status.AGREED) {
					base.forEach(r -> mark(r, choice));
				}
				continue;
			}
			base.forEach(EcoreUtil::remove);
			if (choice.kind() == Choice.Kind.TAKE) {
				for (EObject relation : unit.version(choice.coder())) {
					Relation copy = (Relation) copyOf(relation);
					gold.getRelations().add(copy);
					mark(copy, choice);
				}
			}
		}
	}

	/** Points every reference of the gold at the gold's own elements; drops those whose claim the gold lacks. */
	private void retarget() {
		List<EObject> all = new ArrayList<>();
		gold.eAllContents().forEachRemaining(all::add);
		for (EObject object : all) {
			// A value dropped on the way is no longer in the gold.
			if (EcoreUtil.getRootContainer(object) == gold) {
				retarget(object);
			}
		}
	}

	@SuppressWarnings("unchecked")
	private void retarget(EObject object) {
		for (EReference reference : object.eClass().getEAllReferences()) {
			if (reference.isContainment() || reference.isContainer() || reference.isDerived() || !reference.isChangeable()
					|| !object.eIsSet(reference)) {
				continue;
			}
			if (reference.isMany()) {
				EList<EObject> targets = (EList<EObject>) object.eGet(reference);
				for (int i = 0; i < targets.size(); i++) {
					EObject replacement = goldTarget(targets.get(i));
					if (replacement == null) {
						drop(object, targets.get(i));
						return;
					}
					if (replacement != targets.get(i)) {
						targets.set(i, replacement);
					}
				}
			} else {
				EObject target = (EObject) object.eGet(reference);
				EObject replacement = goldTarget(target);
				if (replacement == null) {
					drop(object, target);
					return;
				} else if (replacement != target) {
					object.eSet(reference, replacement);
				}
			}
		}
	}

	/** What a reference should point at in the gold; null when the gold lacks it. */
	private EObject goldTarget(EObject target) {
		if (target instanceof Actor actor) {
			return baseCopies.containsKey(actor) ? baseCopies.get(actor) : goldActor(actor);
		}
		if (target instanceof Claim claim && unitOf.containsKey(claim)) {
			return goldOf.get(unitOf.get(claim));
		}
		return target;
	}

	/** A reference to a claim the gold lacks: the value, the relation or the condition goes, and the notes say so. */
	private void drop(EObject owner, EObject target) {
		String name = describe(target);
		if (owner instanceof ReferenceValue value && value.eContainer() instanceof AttributeValue attribute) {
			EObject element = attribute.eContainer();
			EcoreUtil.remove(value);
			if (attribute.getValues().isEmpty()) {
				EcoreUtil.remove(attribute);
			}
			notes.add("the reference to " + name + " in " + describe(element) + " is left out too");
		} else if (owner instanceof Relation relation) {
			EcoreUtil.remove(relation);
		} else if (owner instanceof Claim claim && claim.getCondition() == target) {
			claim.setCondition(null);
			notes.add("the condition " + name + " of " + claim.getName() + " is left out too");
		}
	}

	/** A copy of a version's element (references still to the version's), remembering what each part was copied from. */
	private <T extends EObject> T copyOf(T original) {
		EcoreUtil.Copier copier = new EcoreUtil.Copier();
		@SuppressWarnings("unchecked")
		T copy = (T) copier.copy(original);
		copier.copyReferences();
		copier.forEach((from, to) -> originals.put(to, from));
		return copy;
	}

	/**
	 * A name no claim or actor of the gold has yet, and from now on taken. The names are counted once and then
	 * kept up to date ({@link #taken}, {@link #freed}): collecting them for every placed claim made saving a
	 * gold of 10,000 claims quadratic.
	 */
	private String freeName(String name) {
		if (names == null) {
			names = new HashMap<>();
			gold.getClaims().forEach(c -> taken(c.getName()));
			gold.getActors().forEach(a -> taken(a.getName()));
		}
		String free = name;
		for (int n = 2; names.containsKey(free); n++) {
			free = name + "_" + n;
		}
		taken(free);
		return free;
	}

	/** Counts a name of the gold; a claim and an actor may share one. */
	private void taken(String name) {
		if (names != null) {
			names.merge(String.valueOf(name), 1, Integer::sum);
		}
	}

	private void freed(String name) {
		if (names != null) {
			names.computeIfPresent(String.valueOf(name), (k, count) -> count == 1 ? null : count - 1);
		}
	}

	private static <T extends EObject> void insertByOffset(EList<T> list, T element, java.util.function.Function<T, EList<Anchor>> anchors) {
		int begin = firstOffset(anchors.apply(element));
		int at = list.size();
		for (int i = 0; i < list.size(); i++) {
			if (firstOffset(anchors.apply(list.get(i))) > begin) {
				at = i;
				break;
			}
		}
		list.add(at, element);
	}

	private static void insertAnchor(EList<Anchor> anchors, Anchor anchor) {
		int at = anchors.size();
		for (int i = 0; i < anchors.size(); i++) {
			if (anchors.get(i).isSetOffset() && anchor.isSetOffset() && anchors.get(i).getOffset() > anchor.getOffset()) {
				at = i;
				break;
			}
		}
		anchors.add(at, anchor);
	}

	private static int firstOffset(Collection<Anchor> anchors) {
		return anchors.stream().filter(Anchor::isSetOffset).mapToInt(Anchor::getOffset).min().orElse(Integer.MAX_VALUE);
	}

	private static String describe(EObject element) {
		return element instanceof NamedElement named && named.getName() != null ? named.getName() : "?";
	}
}
