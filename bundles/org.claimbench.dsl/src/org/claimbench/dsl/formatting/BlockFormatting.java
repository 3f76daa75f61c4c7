package org.claimbench.dsl.formatting;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.formatting2.IFormattableDocument;
import org.eclipse.xtext.formatting2.regionaccess.ITextRegionExtensions;
import org.eclipse.xtext.formatting2.regionaccess.ISemanticRegion;

/** The layout both languages share: top-level blocks apart, one entry per line inside braces, tidy commas. */
final class BlockFormatting {

	private BlockFormatting() {
	}

	static void separateTopLevel(EObject element, IFormattableDocument document) {
		document.prepend(element, f -> f.setNewLines(2));
	}

	/** Indents what lies between the element's braces and puts each contained entry on its own line. */
	static void braces(EObject element, ITextRegionExtensions regions, IFormattableDocument document,
			Iterable<? extends EObject> entries) {
		ISemanticRegion open = regions.regionFor(element).keyword("{");
		ISemanticRegion close = regions.regionFor(element).keyword("}");
		if (open == null || close == null) {
			return;
		}
		document.prepend(open, f -> f.oneSpace());
		document.interior(open, close, f -> f.indent());
		document.append(open, f -> f.newLine());
		document.prepend(close, f -> f.newLine());
		for (EObject entry : entries) {
			document.prepend(entry, f -> f.newLine());
		}
	}

	static void commas(EObject element, ITextRegionExtensions regions, IFormattableDocument document) {
		for (ISemanticRegion comma : regions.regionFor(element).keywords(",")) {
			document.prepend(comma, f -> f.noSpace());
			document.append(comma, f -> f.oneSpace());
		}
	}

	/** Puts each header clause on a line of its own. */
	static void headerLines(EObject element, ITextRegionExtensions regions, IFormattableDocument document,
			String... keywords) {
		for (ISemanticRegion keyword : regions.regionFor(element).keywords(keywords)) {
			document.prepend(keyword, f -> f.newLine());
		}
	}
}
