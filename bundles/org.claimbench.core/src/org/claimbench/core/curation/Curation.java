package org.claimbench.core.curation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.claimbench.core.agreement.AlignedStatement;
import org.claimbench.core.agreement.Alignment;
import org.claimbench.core.agreement.UnitRow;
import org.claimbench.model.claims.Claim;
import org.claimbench.model.claims.Document;
import org.claimbench.model.claims.Relation;
import org.eclipse.emf.ecore.EObject;

/**
 * The units of several coders' versions of one statement and what the curator chose for each: units all
 * coders coded alike are accepted already; every other unit is open until a coder's version is taken, it is
 * left out, or an edited claim replaces it. Changing a choice returns the one it replaced, so that the
 * workbench can undo it.
 */
public final class Curation {

	private final AlignedStatement aligned;
	private final List<CurationUnit> units = new ArrayList<>();
	private final Map<CurationUnit, Choice> choices = new HashMap<>();

	public Curation(AlignedStatement aligned) {
		this.aligned = aligned;
		List<UnitRow> rows = aligned.rows();
		int row = 0;
		for (Alignment.Unit unit : aligned.claims()) {
			units.add(new CurationUnit(CurationUnit.Type.CLAIM, rows.get(row++), unit, null, null));
		}
		for (Alignment.Unit unit : aligned.mentions()) {
			units.add(new CurationUnit(CurationUnit.Type.MENTION, rows.get(row++), unit, null, null));
		}
		// Each coder's relations by the claims they join, found once rather than once per relation unit.
		List<Map<List<Claim>, List<EObject>>> relationsByEnds = new ArrayList<>();
		for (Document document : aligned.documents()) {
			Map<List<Claim>, List<EObject>> byEnds = new HashMap<>();
			for (Relation relation : document.getRelations()) {
				byEnds.computeIfAbsent(Arrays.asList(relation.getSource(), relation.getTarget()), k -> new ArrayList<>()).add(relation);
			}
			relationsByEnds.add(byEnds);
		}
		for (AlignedStatement.RelationUnit relation : aligned.relations()) {
			units.add(new CurationUnit(CurationUnit.Type.RELATION, rows.get(row++), null, relation, relationsByEnds));
		}
	}

	public AlignedStatement aligned() {
		return aligned;
	}

	public List<String> coders() {
		return aligned.coders();
	}

	/** Claims, then mentions, then relations, each in the order of the alignment (text order). */
	public List<CurationUnit> units() {
		return units;
	}

	/** The units the coders did not all code alike: the ones to decide. */
	public List<CurationUnit> disputed() {
		return units.stream().filter(u -> u.status() != UnitRow.Status.AGREED).toList();
	}

	public Choice choice(CurationUnit unit) {
		return unit.status() == UnitRow.Status.AGREED ? Choice.take(0) : choices.getOrDefault(unit, Choice.OPEN);
	}

	/** Sets the choice for a unit the coders dispute and returns the one it replaces. */
	public Choice choose(CurationUnit unit, Choice choice) {
		if (unit.status() == UnitRow.Status.AGREED) {
			throw new IllegalArgumentException("the coders agree on " + unit.row().label() + "; there is nothing to choose");
		}
		if (choice.kind() == Choice.Kind.TAKE && !unit.hasVersion(choice.coder())) {
			throw new IllegalArgumentException(coders().get(choice.coder()) + " has no version of " + unit.row().label());
		}
		Choice before = choice(unit);
		if (choice.isSettled()) {
			choices.put(unit, choice);
		} else {
			choices.remove(unit);
		}
		return before;
	}

	/** How many disputed units are still open. */
	public int open() {
		return (int) disputed().stream().filter(u -> !choice(u).isSettled()).count();
	}

	/** Every open unit settled with that coder's version, or left out where the coder has none, as {@code merge --prefer} does. */
	public void preferEverywhere(int coder) {
		for (CurationUnit unit : disputed().stream().filter(u -> !choice(u).isSettled()).toList()) {
			choose(unit, unit.hasVersion(coder) ? Choice.take(coder) : Choice.LEAVE_OUT);
		}
	}
}
