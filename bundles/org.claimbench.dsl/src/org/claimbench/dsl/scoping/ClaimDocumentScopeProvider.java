package org.claimbench.dsl.scoping;

import java.util.List;

import org.claimbench.dsl.schema.SchemaQueries;
import org.claimbench.model.claims.ActorKind;
import org.claimbench.model.claims.AttributeValue;
import org.claimbench.model.claims.ClaimKind;
import org.claimbench.model.claims.ClaimsPackage;
import org.claimbench.model.claims.Document;
import org.claimbench.model.claims.Kind;
import org.claimbench.model.claims.RelationKind;
import org.claimbench.model.claims.Schema;
import org.claimbench.model.claims.SchemaElement;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.scoping.IScope;
import org.eclipse.xtext.scoping.Scopes;

/**
 * Kinds resolve by simple name in the document's schema and the schemas it imports; attribute
 * names in the kind of the element they describe; attribute values by the attribute's type.
 */
public class ClaimDocumentScopeProvider extends AbstractClaimDocumentScopeProvider {

	private static final ClaimsPackage CLAIMS = ClaimsPackage.eINSTANCE;

	@Override
	public IScope getScope(EObject context, EReference reference) {
		if (reference == CLAIMS.getActor_Kind()) {
			return schemaScope(context, ActorKind.class, reference);
		}
		if (reference == CLAIMS.getClaim_Kind()) {
			return schemaScope(context, ClaimKind.class, reference);
		}
		if (reference == CLAIMS.getRelation_Kind()) {
			return schemaScope(context, RelationKind.class, reference);
		}
		if (reference == CLAIMS.getAttributeValue_Attribute()) {
			EObject owner = context instanceof AttributeValue ? context.eContainer() : context;
			Kind kind = SchemaQueries.kindOf(owner);
			return kind == null ? IScope.NULLSCOPE : Scopes.scopeFor(SchemaQueries.allAttributes(kind));
		}
		if (reference == CLAIMS.getReferenceValue_Target()) {
			EObject attributeValue = context;
			while (attributeValue != null && !(attributeValue instanceof AttributeValue)) {
				attributeValue = attributeValue.eContainer();
			}
			Document document = EcoreUtil.getRootContainer(context) instanceof Document d ? d : null;
			if (attributeValue == null || document == null) {
				return IScope.NULLSCOPE;
			}
			return Scopes.scopeFor(ValueTargets.candidates(((AttributeValue) attributeValue).getAttribute(), document));
		}
		return super.getScope(context, reference);
	}

	private <T extends SchemaElement> IScope schemaScope(EObject context, Class<T> type, EReference reference) {
		Schema schema = SchemaQueries.schemaOf(context);
		List<T> elements = schema == null ? List.of() : SchemaQueries.visibleElements(schema, type);
		return Scopes.scopeFor(elements, super.getScope(context, reference));
	}
}
