package org.claimbench.dsl.validation;

import java.util.Map;

import org.claimbench.dsl.source.AnchorMatcher;
import org.claimbench.dsl.source.SourceLoad;
import org.claimbench.dsl.source.SourceText;
import org.claimbench.dsl.source.SourceTexts;
import org.claimbench.model.claims.Actor;
import org.claimbench.model.claims.Anchor;
import org.claimbench.model.claims.ClaimsPackage;
import org.claimbench.model.claims.Document;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.validation.AbstractDeclarativeValidator;
import org.eclipse.xtext.validation.Check;
import org.eclipse.xtext.validation.EValidatorRegistrar;

/**
 * Checks that a document's source text can be read and that every anchor quotes it exactly at its
 * offset. A source that cannot be read gets one error and no anchor diagnostics; an anchor gets at
 * most one diagnostic about its quote, so a changed word in the source shows up once.
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
		String quote = anchor.getQuote() == null ? "" : anchor.getQuote();
		if (!load.isLoaded()) {
			return;
		}
		if (quote.isEmpty()) {
			error(what(anchor) + " is empty; an anchor quotes at least one character of the source text", anchor,
					CLAIMS.getAnchor_Quote(), IssueCodes.EMPTY_QUOTE);
			return;
		}
		SourceText source = load.text();
		String text = source.text();
		int offset = anchor.getOffset();
		if (AnchorMatcher.matchesAt(text, quote, offset)) {
			checkContext(anchor, source);
			return;
		}
		int moved = AnchorMatcher.nearest(text, quote, offset, anchor.getPrefix(), anchor.getSuffix());
		String occurs = moved < 0 ? "" : "; the quote occurs at offset " + moved + " (line " + source.lineOf(moved) + ")";
		String subject = what(anchor) + " " + Describe.quoted(quote);
		if (!source.contains(offset, quote.length())) {
			String outside = "Offset " + offset + " of " + subject.substring(0, 1).toLowerCase() + subject.substring(1)
					+ " lies outside the source text (" + source.fileName() + " has " + source.length() + " characters)";
			if (moved < 0) {
				error(outside + ", and the quote occurs nowhere in it", anchor, CLAIMS.getAnchor_Offset(),
						IssueCodes.ANCHOR_OUT_OF_RANGE);
			} else {
				error(outside + occurs, anchor, CLAIMS.getAnchor_Offset(), IssueCodes.QUOTE_MOVED, String.valueOf(moved));
			}
			return;
		}
		String mismatch = subject + " does not match the source text at offset " + offset + " (" + source.fileName()
				+ ", line " + source.lineOf(offset) + "): found " + Describe.quoted(source.excerpt(offset, quote.length()));
		if (moved < 0) {
			error(mismatch + ", and the quote occurs nowhere in " + source.fileName(), anchor, CLAIMS.getAnchor_Quote(),
					IssueCodes.QUOTE_NOT_FOUND);
		} else {
			error(mismatch + occurs, anchor, CLAIMS.getAnchor_Offset(), IssueCodes.QUOTE_MOVED, String.valueOf(moved));
		}
	}

	/** Prefix and suffix are optional context; when given and different, the anchor still holds, so only a warning. */
	private void checkContext(Anchor anchor, SourceText source) {
		String text = source.text();
		int offset = anchor.getOffset();
		String prefix = anchor.getPrefix();
		if (!AnchorMatcher.prefixMatches(text, offset, prefix)) {
			int start = Math.max(0, offset - prefix.length());
			warning("Prefix " + Describe.quoted(prefix) + " does not match the text before" + where(anchor, source) + ": found "
					+ Describe.quoted(text.substring(start, offset)), anchor, CLAIMS.getAnchor_Prefix(),
					IssueCodes.CONTEXT_MISMATCH);
		}
		String suffix = anchor.getSuffix();
		int end = offset + anchor.getQuote().length();
		if (!AnchorMatcher.suffixMatches(text, end, suffix)) {
			warning("Suffix " + Describe.quoted(suffix) + " does not match the text after" + where(anchor, source) + ": found "
					+ Describe.quoted(source.excerpt(end, suffix.length())), anchor, CLAIMS.getAnchor_Suffix(),
					IssueCodes.CONTEXT_MISMATCH);
		}
	}

	/** Where a context warning points; built only for a warning, since nearly every anchor matches. */
	private static String where(Anchor anchor, SourceText source) {
		int offset = anchor.getOffset();
		return " " + what(anchor).toLowerCase() + " " + Describe.quoted(anchor.getQuote()) + " at offset " + offset + " ("
				+ source.fileName() + ", line " + source.lineOf(offset) + ")";
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
