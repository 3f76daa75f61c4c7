package org.claimbench.core.export;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.claimbench.model.claims.Document;
import org.claimbench.model.claims.Schema;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * Copies documents together with every schema they use (directly, through imports, or through
 * any other cross-reference) so the copies form one closed model: nothing in it points to a
 * file that the receiver might not have.
 */
public final class SelfContainedCopy {

	private final List<Document> documents = new ArrayList<>();
	private final List<Schema> schemas = new ArrayList<>();

	private SelfContainedCopy() {
	}

	public static SelfContainedCopy of(Collection<Document> originals) {
		Set<EObject> roots = new LinkedHashSet<>(originals);
		Deque<EObject> pending = new ArrayDeque<>(originals);
		while (!pending.isEmpty()) {
			EObject root = pending.pop();
			for (EObject target : crossReferencedRoots(root)) {
				if (roots.add(target)) {
					pending.push(target);
				}
			}
		}
		EcoreUtil.Copier copier = new EcoreUtil.Copier();
		Collection<EObject> copies = copier.copyAll(roots);
		copier.copyReferences();
		SelfContainedCopy result = new SelfContainedCopy();
		for (EObject copy : copies) {
			if (copy instanceof Document document) {
				result.documents.add(document);
			} else if (copy instanceof Schema schema) {
				result.schemas.add(schema);
			}
		}
		return result;
	}

	static Set<EObject> crossReferencedRoots(EObject root) {
		Set<EObject> targets = new LinkedHashSet<>();
		List<EObject> elements = new ArrayList<>();
		elements.add(root);
		root.eAllContents().forEachRemaining(elements::add);
		for (EObject element : elements) {
			for (EObject target : element.eCrossReferences()) {
				if (!target.eIsProxy()) {
					targets.add(EcoreUtil.getRootContainer(target));
				}
			}
		}
		targets.remove(root);
		return targets;
	}

	public List<Document> documents() {
		return documents;
	}

	public List<Schema> schemas() {
		return schemas;
	}

	/** Documents first, then the schemas, the order in which an export lists them. */
	public List<EObject> roots() {
		List<EObject> roots = new ArrayList<>(documents);
		roots.addAll(schemas);
		return roots;
	}
}
