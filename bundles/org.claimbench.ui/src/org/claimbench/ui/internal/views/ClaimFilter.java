package org.claimbench.ui.internal.views;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.claimbench.model.claims.Actor;
import org.claimbench.model.claims.Anchor;
import org.claimbench.model.claims.Claim;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerFilter;

/**
 * The Claims view's filter: a claim stays when every word typed occurs in its kind, its name, a holder's name or
 * label, or its quotes (case does not matter); a heading stays while one of its claims does.
 */
final class ClaimFilter extends ViewerFilter {

	private List<String> terms = List.of();

	/** Sets the typed words; true when that changes what is shown. */
	boolean setText(String text) {
		List<String> next = Arrays.stream(text.toLowerCase(Locale.ROOT).split("\\s+")).filter(t -> !t.isEmpty()).toList();
		boolean changed = !next.equals(terms);
		terms = next;
		return changed;
	}

	boolean isActive() {
		return !terms.isEmpty();
	}

	@Override
	public boolean select(Viewer viewer, Object parent, Object element) {
		if (terms.isEmpty()) {
			return true;
		}
		if (element instanceof Claim claim) {
			return matches(claim);
		}
		if (element instanceof ClaimGroup group) {
			return group.claims().stream().anyMatch(this::matches);
		}
		// A relation shows under its claim, which passed.
		return true;
	}

	boolean matches(Claim claim) {
		String haystack = String.join("\n", words(claim)).toLowerCase(Locale.ROOT);
		return terms.stream().allMatch(haystack::contains);
	}

	private static List<String> words(Claim claim) {
		List<String> words = new ArrayList<>();
		words.add(claim.getName() == null ? "" : claim.getName());
		if (claim.getKind() != null && !claim.getKind().eIsProxy() && claim.getKind().getName() != null) {
			words.add(claim.getKind().getName());
		}
		for (Actor holder : claim.getHolders()) {
			if (!holder.eIsProxy()) {
				words.add(holder.getName() == null ? "" : holder.getName());
				words.add(holder.getLabel() == null ? "" : holder.getLabel());
			}
		}
		for (Anchor anchor : claim.getAnchors()) {
			words.add(anchor.getQuote() == null ? "" : anchor.getQuote());
		}
		return words;
	}
}
