package org.claimbench.dsl.validation;

import java.util.List;

import org.claimbench.model.claims.ActorKind;
import org.claimbench.model.claims.ClaimsPackage;
import org.claimbench.model.claims.Kind;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.RuleCall;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.validation.AbstractDeclarativeValidator;
import org.eclipse.xtext.validation.Check;

/**
 * A kind has one parent. The schema grammar reads a second one after a comma ({@code claim kind X is A, B})
 * so that the rest of the schema still parses; this check says why it is wrong, on the second parent.
 */
public class SingleParentValidator extends AbstractDeclarativeValidator {

	@Override
	protected List<EPackage> getEPackages() {
		return List.of(ClaimsPackage.eINSTANCE);
	}

	@Check
	public void checkOneParent(Kind kind) {
		ICompositeNode node = NodeModelUtils.getNode(kind);
		String parent = null;
		for (INode child : node == null ? List.<INode>of() : node.getChildren()) {
			if (child instanceof ILeafNode leaf && leaf.isHidden()) {
				continue;
			}
			if (child.getGrammarElement() instanceof Keyword keyword
					&& ("is".equals(keyword.getValue()) || "extends".equals(keyword.getValue()))) {
				parent = "";
			} else if ("".equals(parent)) {
				parent = NodeModelUtils.getTokenText(child);
			} else if (child.getGrammarElement() instanceof RuleCall call && "ParentName".equals(call.getRule().getName())) {
				boolean actorKind = kind instanceof ActorKind;
				acceptError((actorKind ? "An actor kind" : "A claim kind") + " has one parent: " + kind.getName()
						+ (actorKind ? " extends " : " is ") + parent + ", not also " + NodeModelUtils.getTokenText(child)
						+ "; derive it from one and declare the attributes it needs from the other", kind, child.getOffset(),
						child.getLength(), IssueCodes.SECOND_PARENT);
			}
		}
	}
}
