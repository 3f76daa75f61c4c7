package org.claimbench.dsl.ide.contentassist;

import java.util.Map;

import org.claimbench.model.claims.AttributeDef;
import org.claimbench.model.claims.AttributeValue;
import org.claimbench.model.claims.NamedTypeRef;
import org.claimbench.model.claims.PrimitiveType;
import org.claimbench.model.claims.PrimitiveTypeRef;
import org.claimbench.model.claims.TypeRef;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.AbstractElement;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.ParserRule;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistContext;
import org.eclipse.xtext.ide.editor.contentassist.IIdeContentProposalAcceptor;
import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalProvider;

/**
 * After an attribute's name, only values of its type are proposed: members or actors or claims for a
 * reference, a string for text, {@code true}/{@code false} for a boolean. Xtext's default offers every
 * kind of value the grammar allows there, most of which validation would then refuse.
 */
public class AttributeValueProposals extends IdeContentProposalProvider {

	/** The grammar's value rules, by the primitive type each one writes. */
	private static final Map<String, PrimitiveType> VALUE_RULES = Map.of("TextValue", PrimitiveType.TEXT, "NumberValue",
			PrimitiveType.NUMBER, "BooleanValue", PrimitiveType.BOOLEAN, "DateValue", PrimitiveType.DATE);
	private static final String REFERENCE_RULE = "ReferenceValue";

	@Override
	protected void createProposals(AbstractElement element, ContentAssistContext context, IIdeContentProposalAcceptor acceptor) {
		ParserRule rule = GrammarUtil.containingParserRule(element);
		AttributeDef attribute = attributeOf(context.getCurrentModel());
		if (rule != null && attribute != null && !attribute.eIsProxy() && isValueRule(rule.getName())
				&& !fits(rule.getName(), attribute.getType())) {
			return;
		}
		super.createProposals(element, context, acceptor);
	}

	private static boolean isValueRule(String rule) {
		return VALUE_RULES.containsKey(rule) || REFERENCE_RULE.equals(rule);
	}

	private static boolean fits(String rule, TypeRef type) {
		if (type instanceof NamedTypeRef) {
			return REFERENCE_RULE.equals(rule);
		}
		if (type instanceof PrimitiveTypeRef primitive && primitive.getType() != null) {
			PrimitiveType written = VALUE_RULES.get(rule);
			return written != null ? written == primitive.getType()
					: primitive.getType() == PrimitiveType.ACTOR || primitive.getType() == PrimitiveType.CLAIM;
		}
		return true;
	}

	private static AttributeDef attributeOf(EObject model) {
		for (EObject current = model; current != null; current = current.eContainer()) {
			if (current instanceof AttributeValue value) {
				return value.getAttribute();
			}
		}
		return null;
	}
}
