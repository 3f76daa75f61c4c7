package org.claimbench.dsl.naming;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.resource.impl.DefaultResourceDescriptionStrategy;
import org.eclipse.xtext.util.IAcceptor;

import com.google.inject.Singleton;

/**
 * Exports what Xtext's default strategy exports, every element that has a qualified name, without walking into
 * elements whose contents cannot hold a named one ({@link NamedContents}): the anchors, attribute values and
 * provenance of a document's ten thousand claims have no names, and asking each of them for one made the first
 * look-up of a schema by name cost as much as linking a whole document.
 */
@Singleton
public class NamedContentsStrategy extends DefaultResourceDescriptionStrategy {

	private final Map<EClass, Boolean> descend = new ConcurrentHashMap<>();

	@Override
	public boolean createEObjectDescriptions(EObject eObject, IAcceptor<IEObjectDescription> acceptor) {
		boolean walked = super.createEObjectDescriptions(eObject, acceptor);
		return walked && descend.computeIfAbsent(eObject.eClass(), NamedContents::mayHoldNamed);
	}
}
