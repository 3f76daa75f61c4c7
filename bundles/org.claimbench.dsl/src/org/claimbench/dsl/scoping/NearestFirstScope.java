package org.claimbench.dsl.scoping;

import java.util.Comparator;
import java.util.List;
import java.util.stream.StreamSupport;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.scoping.IScope;

/**
 * A global scope whose answer for a name that several files declare does not depend on the order the
 * files were loaded in: the declaration in the asking file's own folder comes first, then the others by
 * path. Such a name is an error anyway (validation says so, naming every file); this keeps the
 * follow-on diagnostics the same from one run to the next.
 */
final class NearestFirstScope implements IScope {

	private final IScope delegate;
	private final Comparator<IEObjectDescription> order;

	NearestFirstScope(IScope delegate, URI from) {
		this.delegate = delegate;
		URI folder = from.trimSegments(1);
		Comparator<IEObjectDescription> nearest = Comparator
				.comparing(d -> !d.getEObjectURI().trimFragment().trimSegments(1).equals(folder));
		this.order = nearest.thenComparing(d -> d.getEObjectURI().toString());
	}

	@Override
	public IEObjectDescription getSingleElement(QualifiedName name) {
		List<IEObjectDescription> all = sorted(delegate.getElements(name));
		return all.isEmpty() ? null : all.get(0);
	}

	@Override
	public Iterable<IEObjectDescription> getElements(QualifiedName name) {
		return sorted(delegate.getElements(name));
	}

	@Override
	public IEObjectDescription getSingleElement(EObject object) {
		return delegate.getSingleElement(object);
	}

	@Override
	public Iterable<IEObjectDescription> getElements(EObject object) {
		return delegate.getElements(object);
	}

	@Override
	public Iterable<IEObjectDescription> getAllElements() {
		return delegate.getAllElements();
	}

	private List<IEObjectDescription> sorted(Iterable<IEObjectDescription> descriptions) {
		return StreamSupport.stream(descriptions.spliterator(), false).sorted(order).toList();
	}
}
