package org.claimbench.dsl.validation;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.claimbench.dsl.source.StatementVersions;
import org.claimbench.model.claims.ClaimsPackage;
import org.claimbench.model.claims.Document;
import org.claimbench.model.claims.Provenance;
import org.eclipse.emf.common.CommonPlugin;
import org.eclipse.emf.common.util.URI;
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
		List<String> coders = coders(document);
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

	/** The coders of the statement's versions beside the document; null where its folder cannot be listed. */
	private static List<String> coders(Document document) {
		if (document.eResource() == null || document.getSource() == null) {
			return null;
		}
		URI local = CommonPlugin.asLocalURI(document.eResource().getURI());
		if (!local.isFile()) {
			return null;
		}
		Path self = Path.of(local.toFileString()).toAbsolutePath().normalize();
		try {
			return StatementVersions.beside(self, document.getSource()).stream().filter(v -> !v.curated() && !v.file().equals(self))
					.map(StatementVersions.Version::coder).sorted().distinct().toList();
		} catch (IOException e) {
			return null;
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
