package org.claimbench.core.curation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.claimbench.core.agreement.Alignment;
import org.claimbench.core.agreement.ClaimValues;
import org.claimbench.core.agreement.Coding;
import org.claimbench.core.agreement.Span;
import org.claimbench.core.agreement.UnitRow;
import org.claimbench.model.claims.Actor;
import org.claimbench.model.claims.ActorMentions;
import org.claimbench.model.claims.Anchor;
import org.claimbench.model.claims.Claim;
import org.claimbench.model.claims.Document;
import org.claimbench.model.claims.DocumentStatus;
import org.claimbench.model.claims.Provenance;
import org.claimbench.model.claims.Relation;
import org.eclipse.emf.ecore.EObject;

/**
 * Reads the decisions back from a gold saved earlier, so that curation goes on where it stopped: an element
 * marked {@code from coder "X"} that is exactly X's version of a disputed unit takes X's version again; in a
 * curated gold, a disputed unit none of whose versions is there was left out. Edited claims are not restored
 * (the units stay open) and are counted, so the editor can say so.
 */
public final class EarlierDecisions {

	/** How many decisions were read back, and how many edited units are open again. */
	public record Restored(int taken, int leftOut, int editedOpen) {
	}

	private EarlierDecisions() {
	}

	public static Restored restore(Curation curation, Document gold) {
		// Units by where their versions start, so that a large gold is matched without comparing every pair.
		Map<Integer, List<CurationUnit>> claimsAt = new HashMap<>();
		Map<Integer, List<CurationUnit>> mentionsAt = new HashMap<>();
		for (CurationUnit unit : curation.units()) {
			if (unit.type() == CurationUnit.Type.RELATION) {
				continue;
			}
			for (int coder = 0; coder < curation.coders().size(); coder++) {
				if (unit.hasVersion(coder) && unit.unit().of(coder).begin() != Integer.MAX_VALUE) {
					(unit.type() == CurationUnit.Type.CLAIM ? claimsAt : mentionsAt)
							.computeIfAbsent(unit.unit().of(coder).begin(), b -> new ArrayList<>()).add(unit);
				}
			}
		}
		Map<Claim, CurationUnit> unitOfGoldClaim = new IdentityHashMap<>();
		Set<CurationUnit> touched = new HashSet<>();
		int taken = 0;
		int edited = 0;
		for (Claim claim : gold.getClaims()) {
			List<Span> spans = Coding.spansOf(claim.getAnchors());
			if (spans.isEmpty()) {
				continue;
			}
			for (CurationUnit unit : claimsAt.getOrDefault(spans.get(0).begin(), List.of())) {
				int coder = sameAs(unit, claim, spans);
				if (coder >= 0) {
					unitOfGoldClaim.put(claim, unit);
					taken += decide(curation, unit, claim.getProvenance(), coder) ? 1 : 0;
					touched.add(unit);
					break;
				}
			}
			if (!unitOfGoldClaim.containsKey(claim) && claim.getProvenance() != null && claim.getProvenance().isEdited()) {
				for (CurationUnit unit : curation.disputed()) {
					if (unit.type() == CurationUnit.Type.CLAIM && overlaps(unit, spans)) {
						touched.add(unit);
						edited++;
						break;
					}
				}
			}
		}
		for (var it = gold.eAllContents(); it.hasNext();) {
			if (it.next() instanceof Anchor mention && mention.isSetOffset()
					&& (mention.eContainer() instanceof Actor || mention.eContainer() instanceof ActorMentions)) {
				for (CurationUnit unit : mentionsAt.getOrDefault(mention.getOffset(), List.of())) {
					int coder = sameMention(unit, mention);
					if (coder >= 0) {
						taken += decide(curation, unit, mention.getProvenance(), coder) ? 1 : 0;
						touched.add(unit);
						break;
					}
				}
			}
		}
		Map<List<Alignment.Unit>, CurationUnit> relationUnits = new HashMap<>();
		for (CurationUnit unit : curation.units()) {
			if (unit.type() == CurationUnit.Type.RELATION) {
				relationUnits.put(List.of(unit.relation().source(), unit.relation().target()), unit);
			}
		}
		for (Relation relation : gold.getRelations()) {
			CurationUnit source = unitOfGoldClaim.get(relation.getSource());
			CurationUnit target = unitOfGoldClaim.get(relation.getTarget());
			CurationUnit unit = source == null || target == null ? null : relationUnits.get(List.of(source.unit(), target.unit()));
			if (unit != null) {
				Provenance provenance = relation.getProvenance();
				int coder = provenance == null ? -1 : curation.coders().indexOf(provenance.getCoder());
				if (coder >= 0 && unit.hasVersion(coder)) {
					taken += decide(curation, unit, provenance, coder) ? 1 : 0;
				}
				touched.add(unit);
			}
		}
		int leftOut = 0;
		if (gold.getStatus() == DocumentStatus.CURATED) {
			for (CurationUnit unit : curation.disputed()) {
				if (!touched.contains(unit) && !curation.choice(unit).isSettled()) {
					curation.choose(unit, Choice.LEAVE_OUT);
					leftOut++;
				}
			}
		}
		return new Restored(taken, leftOut, edited);
	}

	/** Takes the coder's version when the gold says it took it; an element without provenance decides nothing. */
	private static boolean decide(Curation curation, CurationUnit unit, Provenance provenance, int matching) {
		if (unit.status() == UnitRow.Status.AGREED || provenance == null || provenance.isEdited()) {
			return false;
		}
		int coder = curation.coders().indexOf(provenance.getCoder());
		if (coder < 0 || !unit.hasVersion(coder)) {
			coder = matching;
		}
		curation.choose(unit, Choice.take(coder));
		return true;
	}

	/** The first coder whose version of the claim unit the gold's claim is, word for word and value for value; -1 if none. */
	private static int sameAs(CurationUnit unit, Claim claim, List<Span> spans) {
		String whole = ClaimValues.whole(claim, spans);
		for (int coder = 0; coder < unit.unit().byCoder().length; coder++) {
			if (unit.hasVersion(coder)) {
				Claim version = (Claim) unit.version(coder).get(0);
				if (ClaimValues.whole(version, unit.unit().of(coder).spans()).equals(whole)) {
					return coder;
				}
			}
		}
		return -1;
	}

	private static int sameMention(CurationUnit unit, Anchor mention) {
		for (int coder = 0; coder < unit.unit().byCoder().length; coder++) {
			if (unit.hasVersion(coder)) {
				Anchor version = (Anchor) unit.version(coder).get(0);
				if (version.getOffset() == mention.getOffset() && String.valueOf(version.getQuote()).equals(mention.getQuote())
						&& actorName(version).equals(actorName(mention))) {
					return coder;
				}
			}
		}
		return -1;
	}

	private static String actorName(Anchor mention) {
		EObject owner = mention.eContainer();
		Actor actor = owner instanceof Actor a ? a : owner instanceof ActorMentions m ? m.getActor() : null;
		return actor == null || actor.getName() == null ? "?" : actor.getName();
	}

	private static boolean overlaps(CurationUnit unit, List<Span> spans) {
		return unit.begin() >= 0 && spans.stream().anyMatch(s -> s.overlap(new Span(unit.begin(), unit.end())) > 0);
	}
}
