package org.claimbench.dsl.validation;

import java.util.ArrayList;
import java.util.List;

import org.claimbench.model.claims.ClaimsPackage;
import org.claimbench.model.claims.Document;
import org.claimbench.model.claims.Provenance;
import org.eclipse.xtext.validation.AbstractDeclarativeValidator;
import org.eclipse.xtext.validation.Check;
import org.eclipse.xtext.validation.EValidatorRegistrar;

/**
 * Provenance ({@code from coder "alice"}, {@code edited}) says where the elements of a gold document come
 * from: it belongs in a document curated from coders' versions, and names one of their coders. Composed
 * into {@link ClaimDocumentValidator}.
 */
public class ProvenanceValidator extends AbstractDeclarativeValidator {

	private static final ClaimsPackage CLAIMS = ClaimsPackage.eINSTANCE;

	@Override
	public void register(EValidatorRegistrar registrar) {
		// composed into ClaimDocumentValidator, which registers for the package
	}

	@Check
	public void checkProvenanceOnlyInGold(Document document) {
		if (document.getCoder() == null) {
			return;
		}
		for (Provenance provenance : provenances(document)) {
			warning("'" + (provenance.isEdited() ? "edited" : "from coder") + "' records where an element of a gold document"
					+ " comes from; this document is " + document.getCoder() + "'s own version (it has 'coder'). Remove it, or"
					+ " remove 'coder' if this is the gold", provenance, null, IssueCodes.PROVENANCE_IN_VERSION);
		}
	}

	@Check
	public void checkProvenanceNamesACoder(Document document) {
		List<Provenance> named = provenances(document).stream().filter(p -> p.getCoder() != null).toList();
		if (named.isEmpty() || document.getCoder() != null) {
			return;
		}
		List<String> coders = StatementCoders.of(document);
		if (coders == null) {
			return;
		}
		for (Provenance provenance : named) {
			if (!coders.contains(provenance.getCoder())) {
				warning("No version of this statement is coded by '" + provenance.getCoder() + "': "
						+ (coders.isEmpty() ? "no other document beside this one codes " + document.getSource()
								: "its versions are coded by " + String.join(", ", coders)),
						provenance, CLAIMS.getProvenance_Coder(), IssueCodes.UNKNOWN_CODER);
			}
		}
	}

	private static List<Provenance> provenances(Document document) {
		List<Provenance> found = new ArrayList<>();
		for (var it = document.eAllContents(); it.hasNext();) {
			if (it.next() instanceof Provenance provenance) {
				found.add(provenance);
			}
		}
		return found;
	}
}
