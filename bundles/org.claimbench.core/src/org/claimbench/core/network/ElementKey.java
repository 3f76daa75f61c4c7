package org.claimbench.core.network;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * Names an element for as long as a network is built, after its document has been dropped and perhaps loaded again
 * (through another document's reference): its root (the file's URI, which EMF shares between loads) and its path
 * there. Two documents of one name stay apart, as they did when the elements themselves were the keys.
 */
record ElementKey(Object root, String path) {

	/** Null for an unresolved reference, which is no node. */
	static ElementKey of(EObject element) {
		if (element == null || element.eIsProxy()) {
			return null;
		}
		EObject root = EcoreUtil.getRootContainer(element);
		Resource resource = root.eResource();
		return new ElementKey(resource == null ? root : resource.getURI(), EcoreUtil.getRelativeURIFragmentPath(root, element));
	}
}
