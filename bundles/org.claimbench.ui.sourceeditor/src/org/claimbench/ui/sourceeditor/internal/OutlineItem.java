package org.claimbench.ui.sourceeditor.internal;

import java.util.ArrayList;
import java.util.List;

import org.claimbench.model.claims.ClaimsPackage;
import org.claimbench.model.claims.NamedElement;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

/**
 * One entry of the outline: a schema element, or an actor, claim or relation of a document, with the text
 * range the editor selects for it. Plain data, so it can be built off the UI thread.
 */
public record OutlineItem(String label, String type, int offset, int length, List<OutlineItem> children) {

	private static final int MAX_LABEL = 60;

	/** The items of the model's top-level elements (and of their named members, such as enum literals). */
	static List<OutlineItem> of(EObject root) {
		List<OutlineItem> items = new ArrayList<>();
		if (root != null) {
			for (EObject element : root.eContents()) {
				OutlineItem item = item(element, true);
				if (item != null) {
					items.add(item);
				}
			}
		}
		return items;
	}

	private static OutlineItem item(EObject element, boolean withChildren) {
		ICompositeNode node = NodeModelUtils.findActualNodeFor(element);
		if (node == null) {
			return null;
		}
		List<OutlineItem> children = new ArrayList<>();
		if (withChildren) {
			for (EObject member : element.eContents()) {
				if (member instanceof NamedElement) {
					OutlineItem child = item(member, false);
					if (child != null) {
						children.add(child);
					}
				}
			}
		}
		String type = element.eClass().getName();
		if (element instanceof NamedElement named && named.getName() != null) {
			List<INode> nameNodes = NodeModelUtils.findNodesForFeature(element,
					ClaimsPackage.eINSTANCE.getNamedElement_Name());
			INode at = nameNodes.isEmpty() ? node : nameNodes.get(0);
			return new OutlineItem(named.getName(), type, at.getOffset(), at.getLength(), children);
		}
		String text = NodeModelUtils.getTokenText(node);
		if (text.length() > MAX_LABEL) {
			text = text.substring(0, MAX_LABEL) + "…";
		}
		return new OutlineItem(text, type, node.getOffset(), node.getLength(), children);
	}
}
