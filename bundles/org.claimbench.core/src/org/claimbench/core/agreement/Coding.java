package org.claimbench.core.agreement;

import java.util.ArrayList;
import java.util.List;

import org.claimbench.model.claims.Anchor;
import org.claimbench.model.claims.NamedElement;
import org.eclipse.emf.ecore.EObject;

/**
 * One coder's annotation of one unit: a claim or an actor mention, with the spans it quotes and the
 * label the alignment prefers to match (the claim's kind, the mentioned actor's name).
 */
public record Coding(int coder, EObject element, String label, List<Span> spans) {

	public int begin() {
		return spans.isEmpty() ? Integer.MAX_VALUE : spans.get(0).begin();
	}

	/** The spans of the anchors that have an offset, in text order. */
	public static List<Span> spansOf(List<Anchor> anchors) {
		List<Span> spans = new ArrayList<>();
		for (Anchor anchor : anchors) {
			if (anchor.isSetOffset() && anchor.getQuote() != null) {
				spans.add(new Span(anchor.getOffset(), anchor.getOffset() + anchor.length()));
			}
		}
		spans.sort((a, b) -> a.begin() != b.begin() ? Integer.compare(a.begin(), b.begin()) : Integer.compare(a.end(), b.end()));
		return spans;
	}

	static String nameOf(EObject element) {
		return element instanceof NamedElement named && !named.eIsProxy() && named.getName() != null ? named.getName() : "?";
	}
}
