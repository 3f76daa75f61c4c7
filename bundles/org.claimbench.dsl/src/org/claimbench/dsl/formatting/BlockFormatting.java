package org.claimbench.dsl.formatting;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.formatting2.IFormattableDocument;
import org.eclipse.xtext.formatting2.regionaccess.IEObjectRegion;
import org.eclipse.xtext.formatting2.regionaccess.ITextRegionAccess;
import org.eclipse.xtext.formatting2.regionaccess.ITextRegionExtensions;
import org.eclipse.xtext.formatting2.regionaccess.ISemanticRegion;

/** The layout both languages share: top-level blocks apart, one entry per line inside braces, tidy commas. */
final class BlockFormatting {

	private BlockFormatting() {
	}

	/**
	 * One space between every two tokens that no other rule places: the fallback that makes the layout
	 * canonical ({@code claim   x} becomes {@code claim x}). Low priority, so every specific rule wins.
	 * No space around the dot of a qualified name or a number, or after a minus sign.
	 */
	static void oneSpaceBetweenTokens(ITextRegionAccess regions, IFormattableDocument document) {
		IEObjectRegion root = regions.regionForRootEObject();
		if (root == null) {
			return;
		}
		for (ISemanticRegion region : root.getAllSemanticRegions()) {
			ISemanticRegion next = region.getNextSemanticRegion();
			if (next == null) {
				continue;
			}
			boolean tight = ".".equals(region.getText()) || ".".equals(next.getText()) || "-".equals(region.getText());
			document.append(region, f -> {
				f.lowPriority();
				if (tight) {
					f.noSpace();
				} else {
					f.oneSpace();
				}
			});
		}
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

	/**
	 * Puts the keywords of header clauses (a keyword and one value each) on lines of their own, indented
	 * together: indentation must span from the first clause to the end of the last one, since an indent
	 * on a single hidden region is undone right there.
	 */
	static void headerLines(EObject element, ITextRegionExtensions regions, IFormattableDocument document,
			String... keywords) {
		List<ISemanticRegion> clauses = regions.regionFor(element).keywords(keywords);
		if (clauses.isEmpty()) {
			return;
		}
		for (ISemanticRegion keyword : clauses) {
			document.prepend(keyword, f -> f.newLine());
		}
		ISemanticRegion lastValue = clauses.get(clauses.size() - 1).getNextSemanticRegion();
		if (lastValue != null) {
			document.set(clauses.get(0).getPreviousHiddenRegion(), lastValue.getNextHiddenRegion(), f -> f.indent());
		}
	}
}
