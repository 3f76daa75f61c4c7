package org.claimbench.dsl.scoping;

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.URIConverter;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.scoping.IScope;
import org.eclipse.xtext.scoping.impl.DefaultGlobalScopeProvider;

import com.google.common.base.Predicate;

/**
 * Xtext's global scope, narrowed to the project of the resource asking ({@link ProjectRoots}): a document
 * or schema never links to a schema of another project, however many files the resource set holds. URIs
 * are compared as the resource set's converter normalizes them, so a workbench file mapped onto a folder
 * and the schemas beside it count as one project. A name declared in several files of the project is
 * answered in an order that does not depend on loading ({@link NearestFirstScope}).
 */
public class ProjectGlobalScopeProvider extends DefaultGlobalScopeProvider {

	/**
	 * The files of the resource's project that declare something of the given type under that name, the
	 * resource itself left out, ordered by URI so that messages naming them read the same every run.
	 */
	public List<URI> otherFilesDeclaring(Resource resource, EClass type, QualifiedName name) {
		Set<URI> files = new TreeSet<>(Comparator.comparing(URI::toString));
		for (IEObjectDescription description : getScope(resource, false, type, null).getElements(name)) {
			URI file = description.getEObjectURI().trimFragment();
			if (!file.equals(resource.getURI())) {
				files.add(file);
			}
		}
		return List.copyOf(files);
	}

	@Override
	protected IScope getScope(Resource resource, boolean ignoreCase, EClass type, Predicate<IEObjectDescription> filter) {
		if (resource == null || resource.getResourceSet() == null) {
			return super.getScope(resource, ignoreCase, type, filter);
		}
		URIConverter converter = resource.getResourceSet().getURIConverter();
		URI from = converter.normalize(resource.getURI());
		Predicate<IEObjectDescription> inProject = description -> ProjectRoots.sameProject(from,
				converter.normalize(description.getEObjectURI().trimFragment()));
		return new NearestFirstScope(super.getScope(resource, ignoreCase, type,
				filter == null ? inProject : description -> filter.apply(description) && inProject.apply(description)), from);
	}
}
