package org.claimbench.dsl.ide.highlighting;

import java.util.List;

import org.claimbench.model.claims.ClaimsPackage;
import org.claimbench.model.claims.NamedElement;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.xtext.ide.editor.syntaxcoloring.DefaultSemanticHighlightingCalculator;
import org.eclipse.xtext.ide.editor.syntaxcoloring.IHighlightedPositionAcceptor;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.util.CancelIndicator;

/**
 * Colours names by what they denote, in both languages alike: a kind is shown as a kind where it is
 * declared and wherever it is used, and so are actors, claims, attributes and enum members.
 */
public class ClaimBenchHighlightingCalculator extends DefaultSemanticHighlightingCalculator {

	private static final ClaimsPackage CLAIMS = ClaimsPackage.eINSTANCE;

	@Override
	protected boolean highlightElement(EObject object, IHighlightedPositionAcceptor acceptor,
			CancelIndicator cancelIndicator) {
		if (object instanceof NamedElement) {
			String style = styleOf(object.eClass());
			if (style != null) {
				highlightFeature(acceptor, object, CLAIMS.getNamedElement_Name(), style);
			}
		}
		for (EReference reference : object.eClass().getEAllReferences()) {
			if (!reference.isContainment() && !reference.isContainer()) {
				highlightReference(object, reference, acceptor);
			}
		}
		return false;
	}

	private void highlightReference(EObject object, EReference reference, IHighlightedPositionAcceptor acceptor) {
		List<INode> nodes = NodeModelUtils.findNodesForFeature(object, reference);
		if (nodes.isEmpty()) {
			return;
		}
		// A reference to any named element (an attribute value) is coloured by what it resolved to.
		EClass target = reference.getEReferenceType();
		if (!reference.isMany() && object.eGet(reference, false) instanceof EObject value && !value.eIsProxy()) {
			target = value.eClass();
		}
		String style = styleOf(target);
		if (style != null) {
			for (INode node : nodes) {
				highlightNode(acceptor, node, style);
			}
		}
	}

	private static String styleOf(EClass type) {
		if (CLAIMS.getKind().isSuperTypeOf(type) || CLAIMS.getRelationKind().isSuperTypeOf(type)) {
			return ClaimBenchHighlightingStyles.KIND;
		}
		if (CLAIMS.getEnumType().isSuperTypeOf(type)) {
			return ClaimBenchHighlightingStyles.ENUM;
		}
		if (CLAIMS.getEnumLiteral().isSuperTypeOf(type)) {
			return ClaimBenchHighlightingStyles.ENUM_MEMBER;
		}
		if (CLAIMS.getActor().isSuperTypeOf(type)) {
			return ClaimBenchHighlightingStyles.ACTOR;
		}
		if (CLAIMS.getClaim().isSuperTypeOf(type)) {
			return ClaimBenchHighlightingStyles.CLAIM;
		}
		if (CLAIMS.getAttributeDef().isSuperTypeOf(type)) {
			return ClaimBenchHighlightingStyles.ATTRIBUTE;
		}
		if (CLAIMS.getSchema().isSuperTypeOf(type)) {
			return ClaimBenchHighlightingStyles.SCHEMA;
		}
		return null;
	}
}
