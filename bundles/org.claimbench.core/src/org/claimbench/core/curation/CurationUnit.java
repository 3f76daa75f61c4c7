package org.claimbench.core.curation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.claimbench.core.agreement.AlignedStatement;
import org.claimbench.core.agreement.Alignment;
import org.claimbench.core.agreement.UnitRow;
import org.claimbench.model.claims.Claim;
import org.eclipse.emf.ecore.EObject;

/**
 * One aligned unit of a statement as the curator sees it: a claim, a mention or a relation, whether its coders
 * agree, and each coder's version (the relations of a relation unit; none where the coder has no version).
 */
public final class CurationUnit {

	public enum Type {
		CLAIM, MENTION, RELATION
	}

	private final Type type;
	private final UnitRow row;
	private final Alignment.Unit unit;
	private final AlignedStatement.RelationUnit relation;
	private final List<List<EObject>> versions;

	/** {@code relationsByEnds}: for a relation unit, each coder's relations by their source and target claims. */
	CurationUnit(Type type, UnitRow row, Alignment.Unit unit, AlignedStatement.RelationUnit relation,
			List<Map<List<Claim>, List<EObject>>> relationsByEnds) {
		this.type = type;
		this.row = row;
		this.unit = unit;
		this.relation = relation;
		this.versions = new ArrayList<>();
		int coders = unit != null ? unit.byCoder().length : relation.byCoder().length;
		for (int coder = 0; coder < coders; coder++) {
			if (unit != null) {
				versions.add(unit.of(coder) == null ? List.of() : List.of(unit.of(coder).element()));
			} else if (relation.source().of(coder) != null && relation.target().of(coder) != null) {
				List<Claim> ends = Arrays.asList((Claim) relation.source().of(coder).element(), (Claim) relation.target().of(coder).element());
				versions.add(List.copyOf(relationsByEnds.get(coder).getOrDefault(ends, List.of())));
			} else {
				versions.add(List.of());
			}
		}
	}

	public Type type() {
		return type;
	}

	public UnitRow row() {
		return row;
	}

	public UnitRow.Status status() {
		return row.status();
	}

	/** The claim or mention unit; null for a relation. */
	public Alignment.Unit unit() {
		return unit;
	}

	/** The relation unit; null for a claim or mention. */
	public AlignedStatement.RelationUnit relation() {
		return relation;
	}

	/** The coder's version: a claim, a mention (anchor), or the coder's relations between the unit's claims; empty when none. */
	public List<EObject> version(int coder) {
		return versions.get(coder);
	}

	/** True when the coder coded the unit (for a relation: related the two claims). */
	public boolean hasVersion(int coder) {
		return !versions.get(coder).isEmpty();
	}

	/** Where the unit starts in the source text, for ordering and highlighting; -1 when nobody anchored it. */
	public int begin() {
		return row.span() == null ? -1 : row.span().begin();
	}

	public int end() {
		return row.span() == null ? -1 : row.span().end();
	}
}
