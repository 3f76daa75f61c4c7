package org.claimbench.dsl.scoping;

import org.claimbench.model.claims.SchemaElement;

import java.util.Set;

import org.claimbench.dsl.schema.SchemaQueries;
import org.claimbench.model.claims.ActorKind;
import org.claimbench.model.claims.AttributeDef;
import org.claimbench.model.claims.ClaimKind;
import org.claimbench.model.claims.Kind;
import org.claimbench.model.claims.ClaimsPackage;
import org.claimbench.model.claims.Schema;
import org.claimbench.model.claims.SchemaType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.scoping.IScope;
import org.eclipse.xtext.scoping.Scopes;

/** Types resolve by simple name in this schema and the schemas it imports; defaults by the attribute's type. */
public class ClaimSchemaScopeProvider extends AbstractClaimSchemaScopeProvider {

	private static final ClaimsPackage CLAIMS = ClaimsPackage.eINSTANCE;

	private static final Set<EReference> NAMED_BY_SIMPLE_NAME = Set.of(CLAIMS.getEnumExtension_Extended(),
			CLAIMS.getRelationKindExtension_Extended(), CLAIMS.getRelationKindExtension_SourceKinds(),
			CLAIMS.getRelationKindExtension_TargetKinds(), CLAIMS.getRename_Owner(), CLAIMS.getMerge_Owner(), CLAIMS.getMoveAttribute_From(),
			CLAIMS.getMoveAttribute_To(), CLAIMS.getChangeCardinality_Owner());

	@Override
	public IScope getScope(EObject context, EReference reference) {
		Schema schema = EcoreUtil.getRootContainer(context) instanceof Schema s ? s : null;
		if (schema != null) {
			if (reference == CLAIMS.getKind_OtherParents()) {
				Class<? extends Kind> type = context instanceof ActorKind ? ActorKind.class : ClaimKind.class;
				return Scopes.scopeFor(SchemaQueries.visibleElements(schema, type), defaultScope(context, reference));
			}
			if (NAMED_BY_SIMPLE_NAME.contains(reference)) {
				// What extensions and schema changes name, like types, may come from an imported schema.
				@SuppressWarnings("unchecked")
				Class<? extends SchemaElement> type = (Class<? extends SchemaElement>) reference.getEReferenceType().getInstanceClass();
				return Scopes.scopeFor(SchemaQueries.visibleElements(schema, type), defaultScope(context, reference));
			}
			if (reference == CLAIMS.getNamedTypeRef_Type()) {
				return Scopes.scopeFor(SchemaQueries.visibleElements(schema, SchemaType.class), defaultScope(context, reference));
			}
			if (reference == CLAIMS.getActorKind_SuperKind()) {
				return Scopes.scopeFor(SchemaQueries.visibleElements(schema, ActorKind.class), defaultScope(context, reference));
			}
			if (reference == CLAIMS.getClaimKind_SuperKind() || reference == CLAIMS.getRelationKind_SourceKinds()
					|| reference == CLAIMS.getRelationKind_TargetKinds()) {
				return Scopes.scopeFor(SchemaQueries.visibleElements(schema, ClaimKind.class), defaultScope(context, reference));
			}
			if (reference == CLAIMS.getReferenceValue_Target()) {
				EObject attribute = context;
				while (attribute != null && !(attribute instanceof AttributeDef)) {
					attribute = attribute.eContainer();
				}
				return attribute == null ? IScope.NULLSCOPE
						: Scopes.scopeFor(ValueTargets.candidates((AttributeDef) attribute, null));
			}
		}
		return super.getScope(context, reference);
	}

	/** Qualified names of other schemas, looked up only when a simple name is not found. */
	private IScope defaultScope(EObject context, EReference reference) {
		return new OuterScope(() -> super.getScope(context, reference));
	}
}
