package org.claimbench.core.agreement;

import org.claimbench.model.claims.Anchor;
import org.claimbench.model.claims.Claim;
import org.claimbench.model.claims.ClaimsFactory;
import org.claimbench.model.claims.Provenance;
import org.claimbench.model.claims.Relation;
import org.eclipse.emf.ecore.EObject;

/** Marks an element of a gold document with where it comes from: {@code from coder "..."} or {@code edited}. */
public final class Provenances {

	private Provenances() {
	}

	/** The element (a claim, a mention or a relation) is that coder's version. */
	public static void takenFrom(EObject element, String coder) {
		Provenance provenance = ClaimsFactory.eINSTANCE.createProvenance();
		provenance.setCoder(coder);
		set(element, provenance);
	}

	/** The curator made the element from the versions. */
	public static void edited(EObject element) {
		Provenance provenance = ClaimsFactory.eINSTANCE.createProvenance();
		provenance.setEdited(true);
		set(element, provenance);
	}

	private static void set(EObject element, Provenance provenance) {
		if (element instanceof Claim claim) {
			claim.setProvenance(provenance);
		} else if (element instanceof Anchor anchor) {
			anchor.setProvenance(provenance);
		} else if (element instanceof Relation relation) {
			relation.setProvenance(provenance);
		} else {
			throw new IllegalArgumentException("no provenance for " + element.eClass().getName());
		}
	}
}
