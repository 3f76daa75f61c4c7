package org.claimbench.dsl.validation;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;

/** Where an element of another file lies, said so that a user can open it: "codebook.cbschema, line 12". */
final class Locations {

	private Locations() {
	}

	/** The element's file (relative to the folder of the file being validated) and line. */
	static String of(EObject element, EObject from) {
		return file(element.eResource(), from.eResource()) + ", line " + Describe.line(element);
	}

	static String file(Resource resource, Resource from) {
		return resource == null ? "an unsaved file" : file(resource.getURI(), from);
	}

	static String file(URI uri, Resource from) {
		if (from != null && from.getURI() != null) {
			URI folder = from.getURI().trimSegments(1).appendSegment("");
			URI relative = uri.deresolve(folder, true, true, false);
			if (relative.isRelative() && !relative.toString().isEmpty()) {
				return URI.decode(relative.toString());
			}
		}
		return uri.isFile() ? uri.toFileString() : URI.decode(uri.isPlatformResource() ? uri.toPlatformString(true) : uri.toString());
	}
}
