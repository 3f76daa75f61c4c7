package org.claimbench.workspace.internal.model;

import java.util.ArrayList;
import java.util.List;

import org.claimbench.model.claims.Actor;
import org.claimbench.model.claims.Document;
import org.eclipse.emf.ecore.resource.Resource;

/**
 * The actors a document can name: its own, then those of the project's actor registers that its session
 * loaded beside it (see {@link ProjectModelLoader}), which every document of the project shares.
 */
public final class VisibleActors {

	private VisibleActors() {
	}

	public static List<Actor> of(Document document) {
		List<Actor> actors = new ArrayList<>(document.getActors());
		Resource own = document.eResource();
		if (own == null || own.getResourceSet() == null) {
			return actors;
		}
		for (Resource resource : List.copyOf(own.getResourceSet().getResources())) {
			if (resource != own && !resource.getContents().isEmpty() && resource.getContents().get(0) instanceof Document register
					&& register.isRegister()) {
				actors.addAll(register.getActors());
			}
		}
		return actors;
	}
}
