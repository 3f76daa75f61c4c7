package org.claimbench.core.agreement;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.Collections;

import org.claimbench.core.ClaimBenchLanguages;
import org.claimbench.model.claims.AttributeValue;
import org.claimbench.model.claims.Claim;
import org.claimbench.model.claims.DocumentElement;
import org.claimbench.model.claims.ReferenceValue;
import org.claimbench.model.claims.Document;
import org.claimbench.model.claims.DocumentStatus;
import org.claimbench.model.claims.Relation;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.resource.SaveOptions;
import org.eclipse.xtext.serializer.ISerializer;

/**
 * Merges coders' versions of one statement into a gold document: what all coders coded alike is
 * kept; every other unit is a dispute, left out of the gold and reported, unless one coder is
 * preferred, whose version of every disputed unit is taken (and whose omissions are kept as such).
 * The gold is {@code status curated} when no dispute is left, {@code draft} while some are; each element taken
 * from the preferred coder's version of a disputed unit says so ({@code from coder "..."}), as the workbench's
 * curation editor writes it.
 */
public final class GoldMerge {

	/** The gold document's text and the disputes, a line each (indented lines add to the one before). */
	public record Result(String text, List<String> disputes, boolean resolved) {
	}

	private GoldMerge() {
	}

	/**
	 * Merges; {@code preferred} is the index of the coder whose version settles disputes, or -1. The gold is named
	 * {@code name}, not after the version it starts from, so that both can stay in one project. Changes the documents
	 * in memory.
	 */
	public static Result merge(AlignedStatement aligned, int preferred, String name) {
		int base = Math.max(preferred, 0);
		Document gold = aligned.documents().get(base);
		Set<EObject> dropped = Collections.newSetFromMap(new IdentityHashMap<>());
		List<String> disputes = new ArrayList<>();
		List<UnitRow> rows = aligned.rows();
		int row = 0;
		List<Alignment.Unit> units = new ArrayList<>(aligned.claims());
		units.addAll(aligned.mentions());
		for (Alignment.Unit unit : units) {
			UnitRow unitRow = rows.get(row++);
			if (unitRow.status() != UnitRow.Status.AGREED) {
				disputes.add(describe(unitRow));
				if (preferred < 0 && unit.of(base) != null) {
					dropped.add(unit.of(base).element());
				} else if (unit.of(base) != null) {
					Provenances.takenFrom(unit.of(base).element(), aligned.coders().get(base));
				}
			}
		}
		for (AlignedStatement.RelationUnit relation : aligned.relations()) {
			UnitRow unitRow = rows.get(row++);
			if (unitRow.status() != UnitRow.Status.AGREED) {
				disputes.add(describe(unitRow));
				if (relation.source().of(base) != null && relation.target().of(base) != null) {
					Claim source = (Claim) relation.source().of(base).element();
					Claim target = (Claim) relation.target().of(base).element();
					for (Relation r : gold.getRelations()) {
						if (r.getSource() == source && r.getTarget() == target) {
							if (preferred < 0) {
								dropped.add(r);
							} else {
								Provenances.takenFrom(r, aligned.coders().get(base));
							}
						}
					}
				}
			}
		}
		for (Relation relation : List.copyOf(gold.getRelations())) {
			if (dropped.contains(relation.getSource()) || dropped.contains(relation.getTarget())) {
				dropped.add(relation);
			}
		}
		// A claim left out may be named by an attribute of a claim that is kept: the reference goes too.
		List<EObject> references = new ArrayList<>();
		for (var it = gold.eAllContents(); it.hasNext();) {
			if (it.next() instanceof ReferenceValue reference && dropped.contains(reference.getTarget())
					&& !dropped.contains(containingElement(reference))) {
				references.add(reference);
				disputes.add("  (so the reference to " + Coding.nameOf(reference.getTarget()) + " in "
						+ Coding.nameOf(containingElement(reference)) + " is left out too)");
			}
		}
		dropped.forEach(EcoreUtil::remove);
		for (EObject reference : references) {
			AttributeValue attribute = (AttributeValue) reference.eContainer();
			EcoreUtil.remove(reference);
			if (attribute.getValues().isEmpty()) {
				EcoreUtil.remove(attribute);
			}
		}
		boolean resolved = disputes.isEmpty() || preferred >= 0;
		gold.setName(name);
		gold.setCoder(null);
		gold.setStatus(resolved ? DocumentStatus.CURATED : DocumentStatus.DRAFT);
		ISerializer serializer = ClaimBenchLanguages.injector().getInstance(ISerializer.class);
		String text = serializer.serialize(gold, SaveOptions.newBuilder().format().getOptions());
		return new Result(text.endsWith("\n") ? text : text + "\n", disputes, resolved);
	}

	private static EObject containingElement(EObject object) {
		EObject element = object;
		while (element != null && !(element instanceof DocumentElement)) {
			element = element.eContainer();
		}
		return element;
	}

	private static String describe(UnitRow row) {
		return row.status() + " " + row.type() + " " + row.label() + (row.span() == null ? "" : " at " + row.span())
				+ " (" + String.join(", ", row.coders()) + ")";
	}
}
