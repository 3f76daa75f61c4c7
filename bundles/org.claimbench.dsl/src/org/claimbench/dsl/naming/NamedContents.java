package org.claimbench.dsl.naming;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.Set;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EcorePackage;

/**
 * Which elements can hold a named element somewhere in their contents, read off the metamodel: the classes an
 * element's containment references admit (their subclasses included), and theirs in turn. An element is named
 * when its class has a {@code name} feature, which is where the qualified name providers of both languages take
 * names from ({@link ClaimDocumentNames} only qualifies actors, which have one).
 */
public final class NamedContents {

	private static final String NAME = "name";

	private NamedContents() {
	}

	/**
	 * False only when no element an instance of the class may contain, at any depth, can have a name; true when
	 * unsure (a containment typed with a class of a package outside the metamodel).
	 */
	public static boolean mayHoldNamed(EClass type) {
		Set<EClass> seen = new LinkedHashSet<>();
		Deque<EClass> open = new ArrayDeque<>();
		open.add(type);
		while (!open.isEmpty()) {
			for (EReference containment : open.remove().getEAllContainments()) {
				EClass contained = containment.getEReferenceType();
				if (contained == null || contained.getEPackage() == null || contained.getEPackage() == EcorePackage.eINSTANCE) {
					return true;
				}
				for (EClass admitted : admitted(contained)) {
					if (admitted.getEStructuralFeature(NAME) != null) {
						return true;
					}
					if (seen.add(admitted)) {
						open.add(admitted);
					}
				}
			}
		}
		return false;
	}

	/** The class and every class of its package that derives from it. */
	private static Set<EClass> admitted(EClass type) {
		Set<EClass> admitted = new LinkedHashSet<>();
		admitted.add(type);
		EPackage ePackage = type.getEPackage();
		for (EClassifier classifier : ePackage.getEClassifiers()) {
			if (classifier instanceof EClass candidate && type.isSuperTypeOf(candidate)) {
				admitted.add(candidate);
			}
		}
		return admitted;
	}
}
