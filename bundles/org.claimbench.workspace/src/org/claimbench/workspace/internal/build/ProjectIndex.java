package org.claimbench.workspace.internal.build;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.claimbench.workspace.internal.model.ProjectModelLoader;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.IPath;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.xtext.resource.IResourceDescription;
import org.eclipse.xtext.resource.IResourceDescription.Delta;
import org.eclipse.xtext.resource.impl.ChunkedResourceDescriptions;
import org.eclipse.xtext.resource.impl.ProjectDescription;
import org.eclipse.xtext.resource.impl.ResourceDescriptionsData;

/**
 * What the builder remembers of a project between builds, in memory only (a full build makes it afresh): Xtext's
 * description of every schema and document (the names it exports, the names it looked up, the elements of other
 * files it refers to) and the source text each document quotes. From these it answers which files a change affects.
 */
final class ProjectIndex {

	private final IProject project;
	private final ResourceDescriptionsData descriptions = new ResourceDescriptionsData(List.of());
	private final Map<URI, IPath> sources = new HashMap<>();

	ProjectIndex(IProject project) {
		this.project = project;
	}

	ResourceDescriptionsData descriptions() {
		return descriptions;
	}

	IResourceDescription get(URI file) {
		return descriptions.getResourceDescription(file);
	}

	void put(IResourceDescription description) {
		descriptions.addDescription(description.getURI(), description);
	}

	/** Records the source text a document quotes (null: none), so that a change of that text re-validates it. */
	void quotes(URI document, IPath source) {
		if (source == null) {
			sources.remove(document);
		} else {
			sources.put(document, source);
		}
	}

	void forget(URI file) {
		descriptions.removeDescription(file);
		sources.remove(file);
	}

	/** The documents quoting one of the given texts (workspace paths). */
	Set<URI> quoting(Collection<IPath> texts) {
		Set<URI> documents = new LinkedHashSet<>();
		sources.forEach((document, source) -> {
			if (texts.contains(source)) {
				documents.add(document);
			}
		});
		return documents;
	}

	/**
	 * The files, other than those given, that Xtext's resource description managers find affected by the deltas:
	 * they refer to an element of a changed file, or looked up a name a changed file exports or exported.
	 */
	Set<URI> affectedBy(Collection<Delta> deltas, Set<URI> except) {
		// The container manager finds the files visible to a candidate through the project description of the
		// context's resource set: one container, this project.
		ResourceSetImpl context = new ResourceSetImpl();
		ProjectDescription description = new ProjectDescription();
		description.setName(project.getName());
		description.attachToEmfObject(context);
		ChunkedResourceDescriptions all = new ChunkedResourceDescriptions(Map.of(project.getName(), descriptions), context);
		Set<URI> affected = new LinkedHashSet<>();
		for (IResourceDescription candidate : toList(descriptions.getAllResourceDescriptions())) {
			URI uri = candidate.getURI();
			if (!except.contains(uri) && manager(uri).isAffected(deltas, candidate, all)) {
				affected.add(uri);
			}
		}
		return affected;
	}

	private static List<IResourceDescription> toList(Iterable<IResourceDescription> descriptions) {
		List<IResourceDescription> list = new ArrayList<>();
		descriptions.forEach(list::add);
		return list;
	}

	static IResourceDescription.Manager manager(URI file) {
		return ProjectModelLoader.injector(file.fileExtension()).getInstance(IResourceDescription.Manager.class);
	}
}
