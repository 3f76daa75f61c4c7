package org.claimbench.dsl.scoping;

import java.util.function.Supplier;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.scoping.IScope;

/**
 * An outer scope built on first use. Most names resolve in the scope in front of it, and building
 * Xtext's default chain (local names, imports, every resource of the set) for each of them cost more
 * than the look-up itself.
 */
final class OuterScope implements IScope {

	private final Supplier<IScope> builder;
	private IScope scope;

	OuterScope(Supplier<IScope> builder) {
		this.builder = builder;
	}

	private IScope scope() {
		if (scope == null) {
			scope = builder.get();
		}
		return scope;
	}

	@Override
	public IEObjectDescription getSingleElement(QualifiedName name) {
		return scope().getSingleElement(name);
	}

	@Override
	public Iterable<IEObjectDescription> getElements(QualifiedName name) {
		return scope().getElements(name);
	}

	@Override
	public IEObjectDescription getSingleElement(EObject object) {
		return scope().getSingleElement(object);
	}

	@Override
	public Iterable<IEObjectDescription> getElements(EObject object) {
		return scope().getElements(object);
	}

	@Override
	public Iterable<IEObjectDescription> getAllElements() {
		return scope().getAllElements();
	}

	@Override
	public String toString() {
		return scope == null ? "OuterScope (not built yet)" : "OuterScope -> " + scope;
	}
}
