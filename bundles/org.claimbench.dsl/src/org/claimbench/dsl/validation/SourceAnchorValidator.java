package org.claimbench.dsl.validation;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.claimbench.dsl.source.AnchorPlaces;
import org.claimbench.dsl.source.FoldedText;
import org.claimbench.dsl.source.SourceLoad;
import org.claimbench.dsl.source.SourceText;
import org.claimbench.dsl.source.SourceTexts;
import org.claimbench.dsl.source.Typography;
import org.claimbench.model.claims.Actor;
import org.claimbench.model.claims.ActorMentions;
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

	/** How many places of an anchor without offset a message lists. */
	private static final int SHOWN_PLACES = 5;

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
		if (!anchor.isSetOffset()) {
			checkUnplaced(anchor, load.text());
			return;
		}
		List<AnchorCheck.Problem> problems = AnchorCheck.check(load.text(), what(anchor), anchor.getQuote(), anchor.getOffset(),
				anchor.getPrefix(), anchor.getSuffix());
		if (problems.isEmpty()) {
			checkWordEdges(anchor, load.text());
		}
		for (AnchorCheck.Problem problem : problems) {
			EStructuralFeature feature = switch (problem.part()) {
				case QUOTE -> CLAIMS.getAnchor_Quote();
				case OFFSET -> CLAIMS.getAnchor_Offset();
				case PREFIX -> CLAIMS.getAnchor_Prefix();
				case SUFFIX -> CLAIMS.getAnchor_Suffix();
			};
			error(problem.message(), anchor, feature, problem.code(), problem.data());
		}
	}

	/**
	 * An anchor that reads right but cuts a word of the text: "its" at the end of "limits" matches, and an offset typed
	 * or counted wrong lands there. Only for scripts that put spaces between words: in Chinese or Japanese text every
	 * quote would look cut.
	 */
	private void checkWordEdges(Anchor anchor, SourceText source) {
		String text = source.text();
		String quote = anchor.getQuote();
		int start = anchor.getOffset();
		int end = start + quote.length();
		boolean cutAtStart = start > 0 && wordCharacter(text.charAt(start - 1)) && wordCharacter(quote.charAt(0));
		boolean cutAtEnd = end < text.length() && wordCharacter(text.charAt(end)) && wordCharacter(quote.charAt(quote.length() - 1));
		if (!cutAtStart && !cutAtEnd) {
			return;
		}
		int wordStart = cutAtStart ? start : end - 1;
		while (wordStart > 0 && wordCharacter(text.charAt(wordStart - 1))) {
			wordStart--;
		}
		int wordEnd = cutAtStart ? start : end - 1;
		while (wordEnd < text.length() && wordCharacter(text.charAt(wordEnd))) {
			wordEnd++;
		}
		String word = text.substring(wordStart, wordEnd);
		warning(what(anchor) + " " + Describe.quoted(quote) + " at " + start + (cutAtStart ? " begins" : " ends") + " inside the word "
				+ Describe.quoted(word) + " (" + source.fileName() + ", line " + source.lineOf(wordStart) + "); check the offset: an"
				+ " anchor quotes whole words", anchor, CLAIMS.getAnchor_Offset(), IssueCodes.ANCHOR_INSIDE_WORD, word);
	}

	/** A letter or digit of a script that separates words by spaces. */
	private static boolean wordCharacter(char c) {
		if (!Character.isLetterOrDigit(c)) {
			return false;
		}
		Character.UnicodeScript script = Character.UnicodeScript.of(c);
		return script == Character.UnicodeScript.LATIN || script == Character.UnicodeScript.CYRILLIC
				|| script == Character.UnicodeScript.GREEK || script == Character.UnicodeScript.COMMON;
	}

	/**
	 * An anchor written without {@code at N}: found in one place, a warning that says the offset (issue data),
	 * so {@code claimbench anchor} or a quick fix can write it; found nowhere or in several places, an error.
	 */
	private void checkUnplaced(Anchor anchor, SourceText source) {
		String quote = anchor.getQuote() == null ? "" : anchor.getQuote();
		String subject = what(anchor) + " " + Describe.quoted(quote);
		if (quote.isEmpty()) {
			error(subject + " is empty; an anchor quotes at least one character of the source text", anchor,
					CLAIMS.getAnchor_Quote(), IssueCodes.EMPTY_QUOTE);
			return;
		}
		List<Integer> places = AnchorPlaces.of(source.text(), quote, anchor.getPrefix(), anchor.getSuffix(), SHOWN_PLACES + 1);
		boolean withContext = anchor.getPrefix() != null || anchor.getSuffix() != null;
		if (places.size() == 1) {
			int at = places.get(0);
			warning(subject + " has no offset; it occurs " + (withContext ? "with its prefix and suffix " : "") + "once, at offset "
					+ at + " (" + source.fileName() + ", line " + source.lineOf(at) + "): write 'at " + at
					+ "' (claimbench anchor, or the quick fix, does)", anchor, CLAIMS.getAnchor_Quote(), IssueCodes.OFFSET_MISSING,
					String.valueOf(at));
		} else if (places.size() > 1) {
			error(subject + " has no offset and occurs " + (withContext ? "with its prefix and suffix " : "") + "at "
					+ places.stream().limit(SHOWN_PLACES).map(at -> "offset " + at + " (line " + source.lineOf(at) + ")")
							.collect(Collectors.joining(", "))
					+ (places.size() > SHOWN_PLACES ? " and more" : "") + " in " + source.fileName()
					+ "; say which with 'at N', or with a prefix or suffix that only one of them has", anchor,
					CLAIMS.getAnchor_Quote(), IssueCodes.OFFSET_AMBIGUOUS,
					places.stream().limit(SHOWN_PLACES).map(String::valueOf).toArray(String[]::new));
		} else {
			FoldedText.Match near = source.folded().nearest(quote, 0, anchor.getPrefix(), anchor.getSuffix());
			if (near != null && !near.exact()) {
				error(subject + " has no offset and does not occur as written; it matches the text at offset " + near.start()
						+ " (line " + source.lineOf(near.start()) + ") except for "
						+ Typography.describe(Typography.differences(quote, near.words(), "the quote")) + ": the text has "
						+ Describe.quoted(near.words()), anchor, CLAIMS.getAnchor_Quote(), IssueCodes.QUOTE_NEAR_MISS, near.words(),
						String.valueOf(near.start()));
			} else {
				int windows = AnchorCheck.windowsLineBreaks(source.text(), quote, 0);
				if (windows >= 0) {
					String words = AnchorCheck.windowsWords(source.text(), quote, windows);
					error(subject + " has no offset and does not occur as written; it matches the text at offset " + windows + " (line "
							+ source.lineOf(windows) + ") except for its line breaks: " + AnchorCheck.WINDOWS_LINE_BREAKS, anchor,
							CLAIMS.getAnchor_Quote(), IssueCodes.QUOTE_NEAR_MISS, words, String.valueOf(windows));
				} else {
					error(subject + " has no offset and occurs nowhere in " + source.fileName()
							+ (withContext ? " with its prefix and suffix" : ""), anchor, CLAIMS.getAnchor_Quote(),
							IssueCodes.QUOTE_NOT_FOUND);
				}
			}
		}
	}

	private static String what(Anchor anchor) {
		EObject owner = anchor.eContainer();
		return owner instanceof Actor || owner instanceof ActorMentions ? "Mention" : "Quote";
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
