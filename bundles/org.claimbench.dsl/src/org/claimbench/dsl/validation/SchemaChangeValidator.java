package org.claimbench.dsl.validation;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import org.claimbench.dsl.schema.SchemaQueries;
import org.claimbench.dsl.schema.SchemaVersions;
import org.claimbench.model.claims.AttributeDef;
import org.claimbench.model.claims.ChangeCardinality;
import org.claimbench.model.claims.ChangeSet;
import org.claimbench.model.claims.ChangedElement;
import org.claimbench.model.claims.ClaimsPackage;
import org.claimbench.model.claims.EnumLiteral;
import org.claimbench.model.claims.EnumType;
import org.claimbench.model.claims.Kind;
import org.claimbench.model.claims.Merge;
import org.claimbench.model.claims.MoveAttribute;
import org.claimbench.model.claims.NamedElement;
import org.claimbench.model.claims.RelationKind;
import org.claimbench.model.claims.Rename;
import org.claimbench.model.claims.Schema;
import org.claimbench.model.claims.SchemaChange;
import org.claimbench.model.claims.SchemaType;
import org.claimbench.model.claims.Split;
import org.claimbench.model.claims.SplitCase;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.validation.AbstractDeclarativeValidator;
import org.eclipse.xtext.validation.Check;
import org.eclipse.xtext.validation.EValidatorRegistrar;

/**
 * A declared schema change must be applicable to the schema as it is now: the new names exist (or are changed
 * again by a later version), the old names are gone, owners are of the right sort, and the change sets lead
 * up to the schema's version. Otherwise {@code claimbench migrate} would write documents that do not validate.
 * Composed into {@link ClaimSchemaValidator}.
 */
public class SchemaChangeValidator extends AbstractDeclarativeValidator {

	private static final ClaimsPackage CLAIMS = ClaimsPackage.eINSTANCE;

	@Override
	public void register(EValidatorRegistrar registrar) {
		// composed into ClaimSchemaValidator, which registers for the package
	}

	@Check
	public void checkVersions(Schema schema) {
		int version = SchemaVersions.of(schema);
		Set<Integer> seen = new HashSet<>();
		for (ChangeSet set : schema.getChanges()) {
			if (set.getVersion() <= SchemaVersions.FIRST) {
				notApplicable("Version " + SchemaVersions.FIRST + " is a schema's first: changes lead to version "
						+ (SchemaVersions.FIRST + 1) + " or later", set, CLAIMS.getChangeSet_Version());
			} else if (set.getVersion() > version) {
				notApplicable("These changes lead to version " + set.getVersion() + ", but schema '" + schema.getName() + "' is at version "
						+ version + ": write 'version " + set.getVersion() + "' after its name", set, CLAIMS.getChangeSet_Version());
			} else if (!seen.add(set.getVersion())) {
				notApplicable("The changes in version " + set.getVersion() + " are declared twice: keep them in one block", set,
						CLAIMS.getChangeSet_Version());
			}
		}
	}

	@Check
	public void checkRename(Rename rename) {
		Schema schema = schemaOf(rename);
		if (rename.getElement() == ChangedElement.KIND || rename.getElement() == ChangedElement.RELATION) {
			Class<? extends NamedElement> type = typeOf(rename.getElement());
			checkGone(schema, type, rename.getOldName(), rename, CLAIMS.getRename_OldName());
			checkExists(schema, type, rename.getNewName(), rename, CLAIMS.getRename_NewName());
		} else {
			SchemaType owner = checkOwner(rename.getElement(), rename.getOwner(), rename, CLAIMS.getRename_Owner());
			if (owner != null) {
				checkMemberGone(owner, rename.getOldName(), rename, CLAIMS.getRename_OldName());
				checkMemberExists(owner, rename.getNewName(), rename, CLAIMS.getRename_NewName());
			}
		}
	}

	@Check
	public void checkMerge(Merge merge) {
		Schema schema = schemaOf(merge);
		if (merge.getOldNames().size() < 2) {
			notApplicable("A merge joins two names or more into one; for one, write a rename", merge, CLAIMS.getMerge_OldNames());
		}
		boolean typeLevel = merge.getElement() == ChangedElement.KIND || merge.getElement() == ChangedElement.RELATION;
		SchemaType owner = typeLevel ? null : checkOwner(merge.getElement(), merge.getOwner(), merge, CLAIMS.getMerge_Owner());
		if (!typeLevel && owner == null) {
			return;
		}
		for (String old : merge.getOldNames()) {
			if (old.equals(merge.getNewName())) {
				continue;
			}
			if (typeLevel) {
				checkGone(schema, typeOf(merge.getElement()), old, merge, CLAIMS.getMerge_OldNames());
			} else {
				checkMemberGone(owner, old, merge, CLAIMS.getMerge_OldNames());
			}
		}
		if (typeLevel) {
			checkExists(schema, typeOf(merge.getElement()), merge.getNewName(), merge, CLAIMS.getMerge_NewName());
		} else {
			checkMemberExists(owner, merge.getNewName(), merge, CLAIMS.getMerge_NewName());
		}
	}

	@Check
	public void checkSplit(Split split) {
		Schema schema = schemaOf(split);
		List<SplitCase> cases = split.getCases();
		if (cases.size() < 2) {
			notApplicable("A split names two kinds or more; for one, write a rename", split, CLAIMS.getSplit_Cases());
		}
		if (cases.stream().noneMatch(c -> split.getOldName().equals(c.getKind()))) {
			checkGone(schema, Kind.class, split.getOldName(), split, CLAIMS.getSplit_OldName());
		}
		for (int i = 0; i < cases.size(); i++) {
			SplitCase splitCase = cases.get(i);
			checkExists(schema, Kind.class, splitCase.getKind(), splitCase, CLAIMS.getSplitCase_Kind());
			boolean takesAll = splitCase.isOtherwise() || splitCase.getAttribute() == null;
			if (takesAll && i < cases.size() - 1) {
				notApplicable("A case without 'if' takes every annotation the cases before it did not: only the last case may;"
						+ " write 'otherwise' there", splitCase, CLAIMS.getSplitCase_Kind());
			}
		}
	}

	@Check
	public void checkMove(MoveAttribute move) {
		if (move.getTo() != null && !move.getTo().eIsProxy() && !hasAttribute(move.getTo(), move.getAttribute())) {
			notApplicable("Attribute '" + move.getAttribute() + "' is not an attribute of " + Describe.element(move.getTo())
					+ ": declare it there to move it", move, CLAIMS.getMoveAttribute_Attribute());
		}
	}

	@Check
	public void checkCardinality(ChangeCardinality change) {
		Kind owner = change.getOwner();
		if (owner == null || owner.eIsProxy()) {
			return;
		}
		AttributeDef attribute = SchemaQueries.allAttributes(owner).stream().filter(a -> a.getName().equals(change.getAttribute()))
				.findFirst().orElse(null);
		if (attribute == null) {
			notApplicable("Attribute '" + change.getAttribute() + "' is not an attribute of " + Describe.element(owner), change,
					CLAIMS.getChangeCardinality_Attribute());
		} else if (attribute.isMany() != change.isMany()) {
			notApplicable("Attribute '" + change.getAttribute() + "' of " + Describe.element(owner) + " is declared "
					+ (attribute.isMany() ? "many ('*')" : "single (no '*')") + ", but this change makes it "
					+ (change.isMany() ? "many" : "single") + ": change its declaration too", change,
					CLAIMS.getChangeCardinality_Attribute());
		}
	}

	private void checkGone(Schema schema, Class<? extends NamedElement> type, String name, EObject change, EStructuralFeature feature) {
		if (declared(schema, type, name)) {
			notApplicable("'" + name + "' is still declared: the change would leave the annotations that use it as they are;"
					+ " remove or rename its declaration", change, feature);
		}
	}

	private void checkExists(Schema schema, Class<? extends NamedElement> type, String name, EObject change, EStructuralFeature feature) {
		if (!declared(schema, type, name) && !changedLater(change, name)) {
			notApplicable("No " + (type == RelationKind.class ? "relation kind" : "kind") + " '" + name + "' is declared in schema '"
					+ schema.getName() + "' or its imports, and no later version changes it: the migrated documents would not link",
					change, feature);
		}
	}

	private SchemaType checkOwner(ChangedElement element, SchemaType owner, EObject change, EStructuralFeature feature) {
		if (owner == null || owner.eIsProxy()) {
			return null;
		}
		boolean fits = element == ChangedElement.ATTRIBUTE ? owner instanceof Kind : owner instanceof EnumType;
		if (!fits) {
			notApplicable(ClaimDocumentValidator.capitalized(Describe.element(owner)) + " has no " + element.getLiteral()
					+ "s: name " + (element == ChangedElement.ATTRIBUTE ? "a kind" : "an enum"), change, feature);
			return null;
		}
		return owner;
	}

	private void checkMemberGone(SchemaType owner, String name, EObject change, EStructuralFeature feature) {
		if (hasMember(owner, name)) {
			notApplicable("'" + name + "' is still " + memberWord(owner) + " of " + Describe.element(owner)
					+ ": the change would leave the annotations that use it as they are", change, feature);
		}
	}

	private void checkMemberExists(SchemaType owner, String name, EObject change, EStructuralFeature feature) {
		if (!hasMember(owner, name) && !changedLater(change, name)) {
			notApplicable("'" + name + "' is not " + memberWord(owner) + " of " + Describe.element(owner)
					+ ", and no later version changes it: declare it there", change, feature);
		}
	}

	private static String memberWord(SchemaType owner) {
		return owner instanceof EnumType ? "a literal" : "an attribute";
	}

	private static boolean hasMember(SchemaType owner, String name) {
		if (owner instanceof EnumType type) {
			return type.getLiterals().stream().map(EnumLiteral::getName).anyMatch(name::equals);
		}
		return hasAttribute((Kind) owner, name);
	}

	private static boolean hasAttribute(Kind kind, String name) {
		return SchemaQueries.allAttributes(kind).stream().map(AttributeDef::getName).anyMatch(name::equals);
	}

	private static boolean declared(Schema schema, Class<? extends NamedElement> type, String name) {
		Predicate<NamedElement> named = element -> name != null && name.equals(element.getName());
		if (type == Kind.class) {
			return SchemaQueries.visibleElements(schema, Kind.class).stream().anyMatch(named);
		}
		return SchemaQueries.visibleElements(schema, RelationKind.class).stream().anyMatch(named);
	}

	/** A name a later change renames, merges or splits away existed at this change's version. */
	private static boolean changedLater(EObject change, String name) {
		ChangeSet set = (ChangeSet) (change instanceof SplitCase ? change.eContainer().eContainer() : change.eContainer());
		Schema schema = (Schema) set.eContainer();
		int index = change instanceof SplitCase ? set.getChanges().indexOf(change.eContainer()) : set.getChanges().indexOf(change);
		for (ChangeSet other : schema.getChanges()) {
			List<SchemaChange> changes = other.getChanges();
			for (int i = 0; i < changes.size(); i++) {
				boolean later = other.getVersion() > set.getVersion() || other == set && i > index;
				if (later && removes(changes.get(i), name)) {
					return true;
				}
			}
		}
		return false;
	}

	private static boolean removes(SchemaChange change, String name) {
		if (change instanceof Rename rename) {
			return name.equals(rename.getOldName());
		}
		if (change instanceof Merge merge) {
			return merge.getOldNames().contains(name) && !name.equals(merge.getNewName());
		}
		return change instanceof Split split && name.equals(split.getOldName());
	}

	private static Class<? extends NamedElement> typeOf(ChangedElement element) {
		return element == ChangedElement.RELATION ? RelationKind.class : Kind.class;
	}

	private static Schema schemaOf(EObject change) {
		EObject current = change;
		while (!(current instanceof Schema)) {
			current = current.eContainer();
		}
		return (Schema) current;
	}

	private void notApplicable(String message, EObject object, EStructuralFeature feature) {
		error(message, object, feature, IssueCodes.CHANGE_NOT_APPLICABLE);
	}
}
