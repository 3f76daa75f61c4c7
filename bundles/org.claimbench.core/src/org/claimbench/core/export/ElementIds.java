package org.claimbench.core.export;

import java.util.ArrayDeque;
import java.util.Deque;

import org.claimbench.model.claims.NamedElement;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * Readable identifiers for exported elements: the dotted names from the document or schema
 * down to the element ({@code deterrence.ThreatAssessment.subject}), or, for an element without
 * a name, its root's name and its EMF path within that root.
 */
public final class ElementIds {

	private ElementIds() {
	}

	public static String of(EObject element) {
		Deque<String> names = new ArrayDeque<>();
		for (EObject current = element; current != null; current = current.eContainer()) {
			if (!(current instanceof NamedElement named) || named.getName() == null) {
				EObject root = EcoreUtil.getRootContainer(element);
				String rootName = root instanceof NamedElement n && n.getName() != null ? n.getName() : "";
				return rootName + "#" + EcoreUtil.getRelativeURIFragmentPath(root, element);
			}
			names.push(named.getName());
		}
		return String.join(".", names);
	}
}
