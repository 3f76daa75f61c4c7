package org.claimbench.workspace.internal.validation;

import org.claimbench.model.claims.ActorMentions;
import org.claimbench.model.claims.NamedElement;
import org.claimbench.model.claims.Relation;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.InternalEObject;

/**
 * Names the element of a document that a problem lies in, the same way in the live model and in a copy parsed from
 * its text: its kind of element and its name (a relation by its kind and ends, the mentions of an actor by the actor).
 * Positions would not do: the live model's elements have no text yet, and a copy's are not the live model's objects.
 */
public final class IssueOwners {

	/** The owner of problems of the document (or schema) itself rather than one of its elements. */
	public static final String ROOT = "";

	private IssueOwners() {
	}

	/** The owner of a problem on the object: the element of the document that holds it, or {@link #ROOT}. */
	public static String of(EObject object) {
		EObject element = object;
		while (element.eContainer() != null && element.eContainer().eContainer() != null) {
			element = element.eContainer();
		}
		return element.eContainer() == null ? ROOT : ofElement(element);
	}

	/** The owner name of a child of the document. */
	public static String ofElement(EObject element) {
		if (element instanceof Relation relation) {
			return "relation " + name(relation.getKind()) + " " + name(relation.getSource()) + " " + name(relation.getTarget());
		}
		if (element instanceof ActorMentions mentions) {
			return "mentions " + name(mentions.getActor());
		}
		return element.eClass().getName() + " " + name(element);
	}

	private static String name(EObject object) {
		if (object == null) {
			return "-";
		}
		if (object.eIsProxy()) {
			// An end in another document that is not loaded: its URI says which it is.
			return String.valueOf(((InternalEObject) object).eProxyURI());
		}
		return object instanceof NamedElement named ? String.valueOf(named.getName()) : object.eClass().getName();
	}
}
