package org.claimbench.dsl.validation;

import java.util.Map;

import org.claimbench.dsl.source.SourceLoad;
import org.claimbench.dsl.source.SourceTexts;
import org.claimbench.model.claims.Actor;
import org.claimbench.model.claims.Anchor;
import org.claimbench.model.claims.ClaimsPackage;
import org.claimbench.model.claims.Document;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.validation.AbstractDeclarativeValidator;
import org.eclipse.xtext.validation.Check;
import org.eclipse.xtext.validation.EValidatorRegistrar;

/**
 * Checks that a document's source text can be read and that every anchor quotes it exactly at its
 * offset, with its prefix and suffix where given ({@link AnchorCheck}). A source that cannot be read
 * gets one error and no anchor diagnostics; an anchor gets at most one diagnostic about its quote, so a
 * changed word in the source shows up once.
 */
public class SourceAnchorValidator extends AbstractDeclarativeValidator {

	private static final ClaimsPackage CLAIMS = ClaimsPackage.eINSTANCE;

	/** Validation-context key of the source loaded for the document being validated. */
	private static final Object LOADED_SOURCE = SourceAnchorValidator.class.getName() + ".source";

	@Override
	public void register(EValidatorRegistrar registrar) {
		// composed into ClaimDocumentValidator, which registers for the package
	}

	@Check
	public void checkSourceReadable(Document document) {
		if (document.isRegister()) {
			return; // a register names no source text
		}
		SourceLoad load = source(document);
		if (!load.isLoaded()) {
			error(load.message(), document, CLAIMS.getDocument_Source(), switch (load.problem()) {
				case NOT_DECLARED -> IssueCodes.SOURCE_NOT_DECLARED;
				case OUTSIDE_FOLDER -> IssueCodes.SOURCE_OUTSIDE_FOLDER;
				case NOT_FOUND -> IssueCodes.SOURCE_NOT_FOUND;
				case UNREADABLE -> IssueCodes.SOURCE_UNREADABLE;
				case NOT_UTF8 -> IssueCodes.SOURCE_NOT_UTF8;
			});
		}
	}

	@Check
	public void checkAnchor(Anchor anchor) {
		if (!(EcoreUtil.getRootContainer(anchor) instanceof Document document) || document.isRegister()) {
			return;
		}
		SourceLoad load = source(document);
		if (!load.isLoaded()) {
			return;
		}
		for (AnchorCheck.Problem problem : AnchorCheck.check(load.text(), what(anchor), anchor.getQuote(),
				anchor.getOffset(), anchor.getPrefix(), anchor.getSuffix())) {
			EStructuralFeature feature = switch (problem.part()) {
				case QUOTE -> CLAIMS.getAnchor_Quote();
				case OFFSET -> CLAIMS.getAnchor_Offset();
				case PREFIX -> CLAIMS.getAnchor_Prefix();
				case SUFFIX -> CLAIMS.getAnchor_Suffix();
			};
			error(problem.message(), anchor, feature, problem.code(), problem.data());
		}
	}

	private static String what(Anchor anchor) {
		EObject owner = anchor.eContainer();
		return owner instanceof Actor ? "Mention" : "Quote";
	}

	/** Loads the source once per validation run of a document, however many anchors it has. */
	private SourceLoad source(Document document) {
		Map<Object, Object> context = getContext();
		if (context == null) {
			return SourceTexts.load(document);
		}
		return (SourceLoad) context.computeIfAbsent(LOADED_SOURCE, key -> SourceTexts.load(document));
	}
}
