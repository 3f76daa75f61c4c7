package org.claimbench.dsl.scoping;

import java.util.List;
import java.util.function.Supplier;

import org.claimbench.dsl.schema.SchemaQueries;
import org.claimbench.model.claims.ActorKind;
import org.claimbench.model.claims.AttributeDef;
import org.claimbench.model.claims.AttributeValue;
import org.claimbench.model.claims.ClaimKind;
import org.claimbench.model.claims.ClaimsPackage;
import org.claimbench.model.claims.Document;
import org.claimbench.model.claims.Kind;
import org.claimbench.model.claims.Relation;
import org.claimbench.model.claims.RelationKind;
import org.claimbench.model.claims.Schema;
import org.claimbench.model.claims.SchemaElement;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.resource.ISelectable;
import org.eclipse.xtext.scoping.IGlobalScopeProvider;
import org.eclipse.xtext.scoping.IScope;
import org.eclipse.xtext.scoping.Scopes;
import org.eclipse.xtext.scoping.impl.MultimapBasedSelectable;
import org.eclipse.xtext.scoping.impl.SelectableBasedScope;
import org.eclipse.xtext.util.IResourceScopeCache;
import org.eclipse.xtext.util.Tuples;

import com.google.common.collect.Iterables;
import com.google.inject.Inject;

/**
 * Kinds resolve by simple name in the document's schema and the schemas it imports; attribute
 * names in the kind of the element they describe; attribute values by the attribute's type;
 * holders, members and relation ends by simple name among the document's actors and claims, then
 * among the actors of the project's registers and, by qualified name ({@code d2023.reaffirm}), the
 * claims and actors of its other documents. Every scope falls back to Xtext's default one (qualified
 * names, other resources), built only when a name is not found in front of it.
 */
public class ClaimDocumentScopeProvider extends AbstractClaimDocumentScopeProvider {

	private static final ClaimsPackage CLAIMS = ClaimsPackage.eINSTANCE;

	private static final String DOCUMENT_NAMES = ClaimDocumentScopeProvider.class.getName() + ".names";

	private static final String SCHEMA_NAMES = ClaimDocumentScopeProvider.class.getName() + ".schemaNames";

	@Inject
	private IResourceScopeCache cache;

	@Inject
	private IGlobalScopeProvider globalScopes;

	@Override
	public IScope getScope(EObject context, EReference reference) {
		if (reference.getEReferenceType() == CLAIMS.getActor() || reference.getEReferenceType() == CLAIMS.getClaim()) {
			return documentScope(context, reference);
		}
		if (reference == CLAIMS.getDocument_Schema() && context.eResource() != null) {
			// A document holds no schema, so the default scope's local part would be empty: skip building it.
			return globalScopes.getScope(context.eResource(), reference, null);
		}
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
			if (owner instanceof Relation relation) {
				RelationKind kind = relation.getKind();
				return kind == null || kind.eIsProxy() ? IScope.NULLSCOPE
						: cachedScope(IScope.NULLSCOPE, context, reference, kind, () -> kind.getAttributes());
			}
			Kind kind = SchemaQueries.kindOf(owner);
			return kind == null ? IScope.NULLSCOPE
					: cachedScope(IScope.NULLSCOPE, context, reference, kind, () -> SchemaQueries.allAttributes(kind));
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
			AttributeDef attribute = ((AttributeValue) attributeValue).getAttribute();
			// An actor or claim may also come from the project's other files: a register's actor, another
			// document's claim by qualified name. Enum members come from the schema alone.
			EClass type = ValueTargets.documentElementType(attribute);
			if (type == CLAIMS.getActor() || type == CLAIMS.getClaim()) {
				// The candidates are the document's actors (or claims), the same as holders and relation ends see.
				EReference seenAs = type == CLAIMS.getActor() ? CLAIMS.getClaim_Holders() : CLAIMS.getRelation_Source();
				return SelectableBasedScope.createScope(defaultScope(context, seenAs), documentNames(document), type, false);
			}
			return attribute == null || attribute.eIsProxy() ? IScope.NULLSCOPE
					: cachedScope(IScope.NULLSCOPE, context, reference, attribute, () -> ValueTargets.candidates(attribute, document));
		}
		return super.getScope(context, reference);
	}

	private <T extends SchemaElement> IScope schemaScope(EObject context, Class<T> type, EReference reference) {
		Schema schema = SchemaQueries.schemaOf(context);
		IScope outer = defaultScope(context, reference);
		return schema == null ? outer : cachedScope(outer, context, reference, schema, () -> SchemaQueries.visibleElements(schema, type));
	}

	/**
	 * The elements by simple name in front of the outer scope, as {@link Scopes#scopeFor(Iterable, IScope)} has them,
	 * their names indexed once for each (reference, schema element) in the cache of the asking document: the ten
	 * thousand claims of a long document all look up their kinds and attributes among the same few.
	 */
	private IScope cachedScope(IScope outer, EObject context, EReference reference, EObject of, Supplier<List<? extends EObject>> elements) {
		Resource resource = context.eResource();
		ISelectable names = resource == null ? new MultimapBasedSelectable(Scopes.scopedElementsFor(elements.get()))
				: cache.get(Tuples.create(SCHEMA_NAMES, reference, of), resource, () -> new MultimapBasedSelectable(Scopes.scopedElementsFor(elements.get())));
		return SelectableBasedScope.createScope(outer, names, reference.getEReferenceType(), false);
	}

	/**
	 * The document's actors and claims by simple name, indexed once per version of the document: the
	 * same names the default scope finds through the document's name as namespace, without computing
	 * a qualified name for every object of the document.
	 */
	private IScope documentScope(EObject context, EReference reference) {
		Resource resource = context.eResource();
		if (resource == null || !(EcoreUtil.getRootContainer(context) instanceof Document document)) {
			return super.getScope(context, reference);
		}
		return SelectableBasedScope.createScope(defaultScope(context, reference), documentNames(document), reference.getEReferenceType(), false);
	}

	private ISelectable documentNames(Document document) {
		return cache.get(DOCUMENT_NAMES, document.eResource(), () -> new MultimapBasedSelectable(
				Scopes.scopedElementsFor(Iterables.concat(document.getActors(), document.getClaims()))));
	}

	private IScope defaultScope(EObject context, EReference reference) {
		return new OuterScope(() -> super.getScope(context, reference));
	}
}
