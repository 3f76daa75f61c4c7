package org.claimbench.dsl.validation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.claimbench.dsl.schema.SchemaQueries;
import org.claimbench.dsl.schema.SchemaVersions;
import org.claimbench.dsl.schema.ValueSyntax;
import org.claimbench.model.claims.Actor;
import org.claimbench.model.claims.ActorKind;
import org.claimbench.model.claims.ActorMentions;
import org.claimbench.model.claims.Anchor;
import org.claimbench.model.claims.AttributeDef;
import org.claimbench.model.claims.AttributeValue;
import org.claimbench.model.claims.Claim;
import org.claimbench.model.claims.ClaimCategory;
import org.claimbench.model.claims.ClaimKind;
import org.claimbench.model.claims.ClaimsPackage;
import org.claimbench.model.claims.DateValue;
import org.claimbench.model.claims.Document;
import org.claimbench.model.claims.DocumentElement;
import org.claimbench.model.claims.Kind;
import org.claimbench.model.claims.Relation;
import org.claimbench.model.claims.RelationKind;
import org.claimbench.model.claims.Schema;
import org.claimbench.model.claims.SchemaElement;
import org.claimbench.model.claims.Value;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.validation.Check;
import org.eclipse.xtext.validation.ComposedChecks;

/**
 * Checks an annotation document against its schema: names, kinds, attributes and their values,
 * relations, holders and groups. Source texts and anchors are checked by {@link SourceAnchorValidator}.
 */
@ComposedChecks(validators = { SourceAnchorValidator.class, SchemaVisibilityValidator.class, ProjectDocumentsValidator.class,
		ProvenanceValidator.class })
public class ClaimDocumentValidator extends AbstractClaimDocumentValidator {

	private static final ClaimsPackage CLAIMS = ClaimsPackage.eINSTANCE;

	/** The codebook's kinds that the slip warnings follow; a schema without them gets none of those warnings. */
	static final String GROUP_KIND = "Group";
	static final String AGENT_KIND = "Agent";

	@Check
	public void checkUniqueNames(Document document) {
		List<DocumentElement> elements = new ArrayList<>(document.getActors());
		elements.addAll(document.getClaims());
		elements.sort(Comparator.comparingInt(Describe::line));
		Map<String, DocumentElement> first = new HashMap<>();
		for (DocumentElement element : elements) {
			DocumentElement earlier = element.getName() == null ? null : first.putIfAbsent(element.getName(), element);
			if (earlier != null) {
				error(capitalized(Describe.element(element)) + " has the same name as the " + Describe.element(earlier)
						+ " on line " + Describe.line(earlier) + "; actors and claims of a document need distinct names",
						element, CLAIMS.getNamedElement_Name(), IssueCodes.DUPLICATE_NAME);
			}
		}
	}

	@Check
	public void checkAttributeGivenOnce(DocumentElement element) {
		Map<AttributeDef, AttributeValue> first = new HashMap<>();
		for (AttributeValue value : element.getAttributes()) {
			AttributeDef attribute = value.getAttribute();
			if (attribute == null || attribute.eIsProxy()) {
				continue;
			}
			AttributeValue earlier = first.putIfAbsent(attribute, value);
			if (earlier != null) {
				error("Attribute '" + attribute.getName() + "' is given twice on " + Describe.element(element)
						+ " (first on line " + Describe.line(earlier) + "); give it once"
						+ (attribute.isMany() ? ", with all its values separated by commas" : ""),
						value, CLAIMS.getAttributeValue_Attribute(), IssueCodes.DUPLICATE_ATTRIBUTE);
			}
		}
	}

	@Check
	public void checkKindInDocumentSchema(DocumentElement element) {
		checkInDocumentSchema(element, SchemaQueries.kindOf(element), kindFeature(element));
	}

	@Check
	public void checkRelationKindInDocumentSchema(Relation relation) {
		checkInDocumentSchema(relation, relation.getKind(), CLAIMS.getRelation_Kind());
	}

	private void checkInDocumentSchema(EObject element, SchemaElement kind, EReference feature) {
		Schema schema = SchemaQueries.schemaOf(element);
		if (kind == null || kind.eIsProxy() || schema == null) {
			return;
		}
		Schema owner = EcoreUtil.getRootContainer(kind) instanceof Schema s ? s : null;
		if (owner != null && !SchemaQueries.visibleSchemas(schema).contains(owner)) {
			error(capitalized(Describe.element(kind)) + " is declared in schema '" + owner.getName()
					+ "', which this document's schema '" + schema.getName() + "' does not import", element, feature,
					IssueCodes.KIND_NOT_IN_SCHEMA);
		}
	}

	@Check
	public void checkKindIsConcrete(DocumentElement element) {
		Kind kind = SchemaQueries.kindOf(element);
		if (kind == null || kind.eIsProxy() || !kind.isAbstract()) {
			return;
		}
		Schema schema = SchemaQueries.schemaOf(element);
		List<String> concrete = schema == null ? List.of()
				: SchemaQueries.visibleElements(schema, Kind.class).stream()
						.filter(k -> k != kind && !k.isAbstract() && SchemaQueries.conformsTo(k, kind)).map(Kind::getName)
						.toList();
		error(capitalized(Describe.element(element)) + " cannot be of kind " + kind.getName() + ", which is abstract"
				+ (concrete.isEmpty() ? "" : "; use one of its sub kinds: " + String.join(", ", concrete)), element,
				kindFeature(element), IssueCodes.ABSTRACT_KIND);
	}

	/** A default value in the schema does not make a required attribute present: the document must say it. */
	@Check
	public void checkRequiredAttributes(DocumentElement element) {
		Kind kind = SchemaQueries.kindOf(element);
		if (kind == null || kind.eIsProxy()) {
			return;
		}
		Set<AttributeDef> given = element.getAttributes().stream().map(AttributeValue::getAttribute)
				.collect(Collectors.toSet());
		for (AttributeDef attribute : SchemaQueries.allAttributes(kind)) {
			if (attribute.isRequired() && !given.contains(attribute)) {
				error(capitalized(Describe.element(element)) + " of kind " + kind.getName() + " lacks the required attribute '"
						+ attribute.getName() + "', which takes " + Describe.expected(attribute.getType()), element,
						CLAIMS.getNamedElement_Name(), IssueCodes.MISSING_REQUIRED_ATTRIBUTE, attribute.getName());
			}
		}
	}

	/** A relation kind's required attributes, like a claim kind's, must be given. */
	@Check
	public void checkRequiredRelationAttributes(Relation relation) {
		RelationKind kind = relation.getKind();
		if (kind == null || kind.eIsProxy()) {
			return;
		}
		Set<AttributeDef> given = relation.getAttributes().stream().map(AttributeValue::getAttribute).collect(Collectors.toSet());
		for (AttributeDef attribute : kind.getAttributes()) {
			if (attribute.isRequired() && !given.contains(attribute)) {
				error("This " + kind.getName() + " relation lacks the required attribute '" + attribute.getName() + "', which takes "
						+ Describe.expected(attribute.getType()), relation, CLAIMS.getRelation_Kind(), IssueCodes.MISSING_REQUIRED_ATTRIBUTE,
						attribute.getName());
			}
		}
	}

	@Check
	public void checkValueTypes(AttributeValue value) {
		AttributeDef attribute = value.getAttribute();
		if (attribute == null || attribute.eIsProxy()) {
			return;
		}
		for (int i = 0; i < value.getValues().size(); i++) {
			Value given = value.getValues().get(i);
			if (!ValueConformance.fits(given, attribute.getType())) {
				error("Attribute '" + attribute.getName() + "' of " + Describe.element(value.eContainer()) + " takes "
						+ Describe.expected(attribute.getType()) + "; found " + Describe.found(given), value,
						CLAIMS.getAttributeValue_Values(), i, IssueCodes.WRONG_VALUE_TYPE);
			}
		}
	}

	@Check
	public void checkCalendarDate(DateValue value) {
		if (!ValueConformance.isDate(value)) {
			error(value.getValue() + " is not a calendar date; dates are written YYYY-MM-DD, or YYYY-MM and YYYY where the text names no day or month", value,
					CLAIMS.getDateValue_Value(), IssueCodes.INVALID_DATE);
		}
	}

	@Check
	public void checkSchemaVersion(Document document) {
		Schema schema = SchemaQueries.schemaOf(document);
		if (schema == null) {
			return;
		}
		int coded = SchemaVersions.of(document);
		int current = SchemaVersions.of(schema);
		EStructuralFeature feature = document.isSetSchemaVersion() ? CLAIMS.getDocument_SchemaVersion() : CLAIMS.getDocument_Schema();
		if (coded > current) {
			error("This document was coded against version " + coded + " of schema '" + schema.getName() + "', which is at version "
					+ current + ": check the version, or the schema's", document, feature, IssueCodes.SCHEMA_VERSION_AHEAD);
		} else if (coded < current) {
			warning("This document was coded against version " + coded + " of schema '" + schema.getName() + "', which is now at version "
					+ current + ": 'claimbench migrate' brings it up to date", document, feature, IssueCodes.SCHEMA_VERSION_BEHIND);
		}
	}

	@Check
	public void checkDocumentDate(Document document) {
		if (document.getDate() != null && !ValueSyntax.isDate(document.getDate())) {
			error("The document's date " + document.getDate() + " is not a calendar date; dates are written YYYY-MM-DD, or YYYY-MM",
					document, CLAIMS.getDocument_Date(), IssueCodes.INVALID_DATE);
		}
	}

	@Check
	public void checkSingleValue(AttributeValue value) {
		AttributeDef attribute = value.getAttribute();
		if (attribute != null && !attribute.eIsProxy() && !attribute.isMany() && value.getValues().size() > 1) {
			error("Attribute '" + attribute.getName() + "' of " + Describe.element(value.eContainer())
					+ " takes a single value; found " + value.getValues().size() + " values", value,
					CLAIMS.getAttributeValue_Values(), 1, IssueCodes.TOO_MANY_VALUES);
		}
	}

	@Check
	public void checkRelationAllowed(Relation relation) {
		if (relation.getKind() == null || relation.getKind().eIsProxy()) {
			return;
		}
		SchemaQueries.RelationEnds ends = SchemaQueries.ends(relation.getKind(), SchemaQueries.schemaOf(relation));
		checkRelationEnd(relation, relation.getSource(), ends.sourceKinds(), ends.sourceCategories(), CLAIMS.getRelation_Source(),
				"start at", "sources");
		checkRelationEnd(relation, relation.getTarget(), ends.targetKinds(), ends.targetCategories(), CLAIMS.getRelation_Target(),
				"point to", "targets");
	}

	private void checkRelationEnd(Relation relation, Claim claim, List<ClaimKind> allowedKinds, List<ClaimCategory> categories,
			EReference feature, String verb, String ends) {
		// A kind the schema names but that does not resolve is the schema's error, reported there; it allows nothing here.
		List<ClaimKind> kinds = allowedKinds.stream().filter(k -> !k.eIsProxy() && k.getName() != null).toList();
		if (!allowedKinds.isEmpty() && kinds.isEmpty() && categories.isEmpty()) {
			return;
		}
		if (claim == null || claim.eIsProxy() || claim.getKind() == null || claim.getKind().eIsProxy()
				|| (kinds.isEmpty() && categories.isEmpty())) {
			return;
		}
		ClaimKind kind = claim.getKind();
		ClaimCategory category = SchemaQueries.category(kind);
		boolean allowed = categories.contains(category) || kinds.stream().anyMatch(k -> SchemaQueries.conformsTo(kind, k));
		if (!allowed) {
			Set<String> accepted = new LinkedHashSet<>();
			kinds.forEach(k -> accepted.add("kind " + k.getName()));
			categories.forEach(c -> accepted.add("category " + c.getLiteral()));
			error("Relation kind '" + relation.getKind().getName() + "' cannot " + verb + " " + Describe.element(claim)
					+ " of kind " + kind.getName() + (SchemaQueries.categoryName(kind) == null ? "" : " (" + SchemaQueries.categoryName(kind) + ")")
					+ "; it allows " + ends + " of " + String.join(" or ", accepted), relation, feature,
					IssueCodes.RELATION_NOT_ALLOWED);
		}
	}

	@Check
	public void checkConditionIsAnotherClaim(Claim claim) {
		if (claim.getCondition() == claim) {
			error(capitalized(Describe.element(claim)) + " cannot hold on condition of itself; name the claim it depends on, or quote the"
					+ " condition with 'if quote'", claim, CLAIMS.getClaim_Condition(), IssueCodes.CONDITION_ON_ITSELF);
		}
	}

	@Check
	public void checkClaimHasHolder(Claim claim) {
		if (claim.getHolders().isEmpty()) {
			error(capitalized(Describe.element(claim)) + " has no holder; say who holds it with 'by', followed by actors",
					claim, CLAIMS.getNamedElement_Name(), IssueCodes.CLAIM_WITHOUT_HOLDER);
		}
	}

	@Check
	public void checkGroupMembershipCycle(Actor group) {
		for (int i = 0; i < group.getMembers().size(); i++) {
			Actor member = group.getMembers().get(i);
			List<Actor> path = pathTo(member, group, new HashSet<>());
			if (path != null) {
				String message = member == group ? "Group '" + group.getName() + "' lists itself as a member"
						: "Group '" + group.getName() + "' contains itself: " + group.getName() + " → "
								+ path.stream().map(Actor::getName).collect(Collectors.joining(" → "));
				error(message, group, CLAIMS.getActor_Members(), i, IssueCodes.GROUP_CYCLE);
				return;
			}
		}
	}

	@Check
	public void checkGroupHasMembers(Actor group) {
		if (group.isGroup() && group.getMembers().isEmpty() && !group.isUnnamedMembers()) {
			error("Group '" + group.getName() + "' lists no members; name them after '=', as in: group "
					+ group.getName() + (group.getKind() == null || group.getKind().eIsProxy() ? "" : " : " + group.getKind().getName())
					+ " = FirstMember, SecondMember (or '= unnamed' where the statement does not name them)", group, CLAIMS.getNamedElement_Name(), IssueCodes.GROUP_WITHOUT_MEMBERS);
		}
	}

	@Check
	public void checkRelationNotToItself(Relation relation) {
		Claim source = relation.getSource();
		if (source != null && !source.eIsProxy() && source == relation.getTarget()) {
			warning("Relation from " + Describe.element(source) + " to itself; a relation links two different claims",
					relation, CLAIMS.getRelation_Target(), IssueCodes.RELATION_TO_ITSELF);
		}
	}

	@Check
	public void checkRelationGivenOnce(Document document) {
		Map<List<EObject>, Relation> first = new HashMap<>();
		for (Relation relation : document.getRelations()) {
			if (relation.getKind() == null || relation.getSource() == null || relation.getTarget() == null
					|| relation.getKind().eIsProxy() || relation.getSource().eIsProxy() || relation.getTarget().eIsProxy()) {
				continue;
			}
			Relation earlier = first.putIfAbsent(List.of(relation.getKind(), relation.getSource(), relation.getTarget()), relation);
			if (earlier != null) {
				warning("Relation " + relation.getKind().getName() + " " + relation.getSource().getName() + " -> "
						+ relation.getTarget().getName() + " is given twice (first on line " + Describe.line(earlier)
						+ "); keep one, with all its quotes", relation, CLAIMS.getRelation_Kind(), IssueCodes.DUPLICATE_RELATION);
			}
		}
	}

	@Check
	public void checkAnchorGivenOnce(DocumentElement element) {
		checkAnchorsGivenOnce(element.getAnchors(), element instanceof Actor ? "Mention" : "Quote", Describe.element(element));
	}

	@Check
	public void checkMentionGivenOnce(ActorMentions mentions) {
		checkAnchorsGivenOnce(mentions.getAnchors(), "Mention",
				mentions.getActor() == null || mentions.getActor().eIsProxy() ? "this actor" : Describe.element(mentions.getActor()));
	}

	private void checkAnchorsGivenOnce(List<Anchor> anchors, String what, String owner) {
		Map<List<Object>, Anchor> first = new HashMap<>();
		for (Anchor anchor : anchors) {
			if (anchor.getQuote() == null) {
				continue;
			}
			// Without an offset, the quote and its context say which words are meant: two differing contexts are two anchors.
			List<Object> words = anchor.isSetOffset() ? List.of(anchor.getQuote(), anchor.getOffset())
					: Arrays.asList(anchor.getQuote(), anchor.getPrefix(), anchor.getSuffix());
			Anchor earlier = first.putIfAbsent(words, anchor);
			if (earlier != null) {
				warning(what + " " + Describe.quoted(anchor.getQuote())
						+ (anchor.isSetOffset() ? " at " + anchor.getOffset() : " without an offset") + " is given twice for "
						+ owner + " (first on line " + Describe.line(earlier) + "); keep one", anchor,
						CLAIMS.getAnchor_Quote(), IssueCodes.DUPLICATE_ANCHOR);
			}
		}
	}

	/** Follows the codebook: the kinds for groups derive from its actor kind Group. */
	@Check
	public void checkGroupKindIsAGroupKind(Actor group) {
		ActorKind kind = group.getKind();
		if (!group.isGroup() || kind == null || kind.eIsProxy()) {
			return;
		}
		ActorKind groupKind = codebookKind(group, GROUP_KIND);
		if (groupKind != null && !SchemaQueries.conformsTo(kind, groupKind)) {
			warning("Group '" + group.getName() + "' has kind " + kind.getName() + ", which is not a kind of group (not derived from "
					+ GROUP_KIND + "); give it a group kind" + kindsDerivedFrom(group, groupKind) + ", or make it an actor",
					group, CLAIMS.getActor_Kind(), IssueCodes.GROUP_OF_NON_GROUP_KIND);
		}
	}

	/** Follows the codebook: its actor kind Agent is "anyone who can hold a claim", so only its sub kinds hold claims. */
	@Check
	public void checkHolderCanHold(Claim claim) {
		ActorKind agent = codebookKind(claim, AGENT_KIND);
		if (agent == null) {
			return;
		}
		for (int i = 0; i < claim.getHolders().size(); i++) {
			Actor holder = claim.getHolders().get(i);
			ActorKind kind = holder.eIsProxy() ? null : holder.getKind();
			if (kind != null && !kind.eIsProxy() && !SchemaQueries.conformsTo(kind, agent)) {
				warning(capitalized(Describe.element(holder)) + " of kind " + kind.getName() + " cannot hold a claim: only kinds derived from "
						+ AGENT_KIND + " can" + kindsDerivedFrom(claim, agent), claim, CLAIMS.getClaim_Holders(), i,
						IssueCodes.HOLDER_CANNOT_HOLD);
			}
		}
	}

	/** The actor kind of that name visible to the element's document, or null when its schema declares none. */
	private static ActorKind codebookKind(EObject element, String name) {
		Schema schema = SchemaQueries.schemaOf(element);
		return schema == null ? null
				: SchemaQueries.visibleElements(schema, ActorKind.class).stream().filter(k -> name.equals(k.getName()))
						.findFirst().orElse(null);
	}

	private static String kindsDerivedFrom(EObject element, ActorKind ancestor) {
		List<String> kinds = SchemaQueries.visibleElements(SchemaQueries.schemaOf(element), ActorKind.class).stream()
				.filter(k -> k != ancestor && !k.isAbstract() && SchemaQueries.conformsTo(k, ancestor)).map(ActorKind::getName)
				.toList();
		return kinds.isEmpty() ? "" : " (" + String.join(", ", kinds) + ")";
	}

	/** The chain of memberships from the actor down to the wanted one, or null when there is none. */
	private static List<Actor> pathTo(Actor actor, Actor wanted, Set<Actor> visited) {
		if (actor == null || actor.eIsProxy() || !visited.add(actor)) {
			return actor == wanted ? new ArrayList<>(List.of(actor)) : null;
		}
		if (actor == wanted) {
			return new ArrayList<>(List.of(actor));
		}
		for (Actor member : actor.getMembers()) {
			List<Actor> rest = pathTo(member, wanted, visited);
			if (rest != null) {
				rest.add(0, actor);
				return rest;
			}
		}
		return null;
	}

	private static EReference kindFeature(DocumentElement element) {
		return element instanceof Actor ? CLAIMS.getActor_Kind() : CLAIMS.getClaim_Kind();
	}

	static String capitalized(String text) {
		return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
	}
}
