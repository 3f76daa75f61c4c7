package org.claimbench.core.migration;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.claimbench.dsl.schema.SchemaQueries;
import org.claimbench.dsl.schema.SchemaVersions;
import org.claimbench.model.claims.Actor;
import org.claimbench.model.claims.AttributeDef;
import org.claimbench.model.claims.AttributeValue;
import org.claimbench.model.claims.ChangeCardinality;
import org.claimbench.model.claims.ChangeSet;
import org.claimbench.model.claims.ChangedElement;
import org.claimbench.model.claims.Claim;
import org.claimbench.model.claims.ClaimsPackage;
import org.claimbench.model.claims.Document;
import org.claimbench.model.claims.DocumentElement;
import org.claimbench.model.claims.EnumType;
import org.claimbench.model.claims.Kind;
import org.claimbench.model.claims.Merge;
import org.claimbench.model.claims.MoveAttribute;
import org.claimbench.model.claims.NamedTypeRef;
import org.claimbench.model.claims.ReferenceValue;
import org.claimbench.model.claims.Relation;
import org.claimbench.model.claims.Rename;
import org.claimbench.model.claims.Schema;
import org.claimbench.model.claims.SchemaChange;
import org.claimbench.model.claims.Split;
import org.claimbench.model.claims.SplitCase;
import org.claimbench.model.claims.Value;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.util.ReplaceRegion;

/**
 * Brings one document, coded against an earlier version of its schema, to the schema's version through the changes
 * the schema declares. It works on the names as written, not on links (the old names no longer resolve), and
 * changes only those words and the header's version, so layout and comments stay as the coder left them. An
 * annotation a change would lose (a value that has no place any more, a split it fits no case of) is a {@link Loss}:
 * then nothing of the document should be written.
 */
public final class DocumentMigration {

	private static final ClaimsPackage CLAIMS = ClaimsPackage.eINSTANCE;

	/** A replaced word, where it stands and what it says. */
	public record Edit(ReplaceRegion region, int line, String description) {
	}

	/** An annotation the migration cannot carry over without losing what it says. */
	public record Loss(int line, String message) {
	}

	public record Result(Document document, int from, int to, List<Edit> edits, List<Loss> losses) {

		public boolean changes() {
			return from != to;
		}

		/** The document's text with the edits applied (node offsets index the text the document was parsed from). */
		public String migrated(String text) {
			StringBuilder result = new StringBuilder(text);
			edits.stream().map(Edit::region).sorted(Comparator.comparingInt(ReplaceRegion::getOffset).reversed())
					.forEach(region -> region.applyTo(result));
			return result.toString();
		}
	}

	private record Step(int version, SchemaChange change) {
	}

	private final Document document;
	private final Schema schema;
	private final List<Step> steps = new ArrayList<>();
	private final List<Edit> edits = new ArrayList<>();
	private final List<Loss> losses = new ArrayList<>();

	private DocumentMigration(Document document, Schema schema, int from) {
		this.document = document;
		this.schema = schema;
		for (ChangeSet set : SchemaVersions.after(schema, from)) {
			set.getChanges().forEach(change -> steps.add(new Step(set.getVersion(), change)));
		}
	}

	/** The migration of a document whose schema resolves; a document ahead of its schema is a loss, not migrated. */
	public static Result of(Document document) {
		Schema schema = SchemaQueries.schemaOf(document);
		int from = SchemaVersions.of(document);
		if (schema == null) {
			return new Result(document, from, from, List.of(), List.of());
		}
		int to = SchemaVersions.of(schema);
		if (from > to) {
			return new Result(document, from, from, List.of(), List.of(new Loss(line(document),
					"coded against version " + from + " of schema '" + schema.getName() + "', which is at version " + to
							+ ": a migration goes forward only")));
		}
		DocumentMigration migration = new DocumentMigration(document, schema, from);
		if (from < to) {
			migration.run(to);
		}
		List<Edit> inTextOrder = migration.edits.stream().sorted(Comparator.comparingInt(e -> e.region().getOffset())).toList();
		return new Result(document, from, to, inTextOrder, List.copyOf(migration.losses));
	}

	private void run(int to) {
		for (Actor actor : document.getActors()) {
			migrateElement(actor, CLAIMS.getActor_Kind(), "actor");
		}
		for (Claim claim : document.getClaims()) {
			migrateElement(claim, CLAIMS.getClaim_Kind(), "claim");
		}
		for (Relation relation : document.getRelations()) {
			migrateRelation(relation);
		}
		writeVersion(to);
	}

	// --- elements: kind, attribute names, enum values ------------------------------------------------------------

	/** An attribute value as the steps see it: its current name and its values' current words. */
	private static final class Attribute {
		final AttributeValue value;
		String name;
		final List<String> words = new ArrayList<>();

		Attribute(AttributeValue value) {
			this.value = value;
			this.name = lastSegment(text(value, CLAIMS.getAttributeValue_Attribute(), 0));
			for (Value item : value.getValues()) {
				words.add(item instanceof ReferenceValue reference ? lastSegment(text(reference, CLAIMS.getReferenceValue_Target(), 0)) : null);
			}
		}
	}

	private void migrateElement(DocumentElement element, EStructuralFeature kindFeature, String noun) {
		String writtenKind = text(element, kindFeature, 0);
		if (writtenKind == null) {
			return;
		}
		String kind = lastSegment(writtenKind);
		List<Attribute> attributes = element.getAttributes().stream().map(Attribute::new).toList();
		String named = noun + " " + element.getName();
		String who = named + " (line " + line(element) + ")";
		for (int i = 0; i < steps.size(); i++) {
			Step step = steps.get(i);
			SchemaChange change = step.change();
			if (change instanceof Rename rename) {
				if (rename.getElement() == ChangedElement.KIND && rename.getOldName().equals(kind)) {
					kind = rename.getNewName();
				} else if (rename.getElement() == ChangedElement.ATTRIBUTE && isA(kind, rename.getOwner(), i)) {
					attributes.stream().filter(a -> rename.getOldName().equals(a.name)).forEach(a -> a.name = rename.getNewName());
				} else if (rename.getElement() == ChangedElement.LITERAL) {
					renameWords(attributes, kind, i, (EnumType) rename.getOwner(), List.of(rename.getOldName()), rename.getNewName());
				}
			} else if (change instanceof Merge merge) {
				if (merge.getElement() == ChangedElement.KIND && merge.getOldNames().contains(kind)) {
					kind = merge.getNewName();
				} else if (merge.getElement() == ChangedElement.ATTRIBUTE && isA(kind, merge.getOwner(), i)) {
					mergeAttributes(attributes, merge, step.version(), who);
				} else if (merge.getElement() == ChangedElement.LITERAL) {
					renameWords(attributes, kind, i, (EnumType) merge.getOwner(), merge.getOldNames(), merge.getNewName());
				}
			} else if (change instanceof Split split && split.getOldName().equals(kind)) {
				String chosen = chooseCase(split, attributes);
				if (chosen == null) {
					losses.add(new Loss(line(element), who + " is of kind " + kind + ", which version " + step.version() + " splits into "
							+ String.join(", ", split.getCases().stream().map(SplitCase::getKind).toList())
							+ ", and its values match none of the cases: give it one of these kinds by hand, or add an 'otherwise' case"));
				} else {
					kind = chosen;
				}
			} else if (change instanceof MoveAttribute move) {
				for (Attribute attribute : attributes) {
					if (attribute.name.equals(move.getAttribute()) && isA(kind, move.getFrom(), i) && !isA(kind, move.getTo(), i)) {
						losses.add(new Loss(line(attribute.value), who + " has a value for '" + attribute.name + "', which version " + step.version()
								+ " moves to kind " + move.getTo().getName() + "; " + kind + " is not a " + move.getTo().getName()
								+ ", so the value would be lost"));
					}
				}
			} else if (change instanceof ChangeCardinality cardinality && !cardinality.isMany() && isA(kind, cardinality.getOwner(), i)) {
				for (Attribute attribute : attributes) {
					if (attribute.name.equals(cardinality.getAttribute()) && attribute.words.size() > 1) {
						losses.add(new Loss(line(attribute.value), who + " has " + attribute.words.size() + " values for '" + attribute.name
								+ "', which version " + step.version() + " makes single: keep one by hand first"));
					}
				}
			}
		}
		replaceLastSegment(element, kindFeature, 0, writtenKind, kind, named + ": kind");
		for (Attribute attribute : attributes) {
			replaceLastSegment(attribute.value, CLAIMS.getAttributeValue_Attribute(), 0,
					text(attribute.value, CLAIMS.getAttributeValue_Attribute(), 0), attribute.name, named + ": attribute");
			for (int v = 0; v < attribute.words.size(); v++) {
				if (attribute.value.getValues().get(v) instanceof ReferenceValue reference) {
					replaceLastSegment(reference, CLAIMS.getReferenceValue_Target(), 0, text(reference, CLAIMS.getReferenceValue_Target(), 0),
							attribute.words.get(v), named + ": value of " + attribute.name);
				}
			}
		}
	}

	private void mergeAttributes(List<Attribute> attributes, Merge merge, int version, String who) {
		List<Attribute> merged = attributes.stream().filter(a -> merge.getOldNames().contains(a.name)).toList();
		if (merged.size() > 1) {
			losses.add(new Loss(line(merged.get(1).value), who + " has values for " + String.join(" and ", merged.stream().map(a -> "'" + a.name + "'").toList())
					+ ", which version " + version + " merges into '" + merge.getNewName() + "': join them into one by hand first"));
		} else {
			merged.forEach(a -> a.name = merge.getNewName());
		}
	}

	/** Renames enum literals in the values of the element's attributes that are typed by that enum now. */
	private void renameWords(List<Attribute> attributes, String kind, int step, EnumType owner, List<String> olds, String replacement) {
		for (Attribute attribute : attributes) {
			AttributeDef definition = definition(kind, attribute.name, step);
			if (definition != null && definition.getType() instanceof NamedTypeRef named && named.getType() == owner) {
				attribute.words.replaceAll(word -> word != null && olds.contains(word) ? replacement : word);
			}
		}
	}

	/** The first case the attribute values fit; 'otherwise' fits all. */
	private static String chooseCase(Split split, List<Attribute> attributes) {
		for (SplitCase splitCase : split.getCases()) {
			if (splitCase.isOtherwise() || splitCase.getAttribute() == null) {
				return splitCase.getKind();
			}
			for (Attribute attribute : attributes) {
				if (attribute.name.equals(splitCase.getAttribute()) && matches(attribute, splitCase.getValue())) {
					return splitCase.getKind();
				}
			}
		}
		return null;
	}

	private static boolean matches(Attribute attribute, String value) {
		for (int v = 0; v < attribute.words.size(); v++) {
			String word = attribute.words.get(v);
			String text = word != null ? word : literalText(attribute.value.getValues().get(v));
			if (value.equals(text)) {
				return true;
			}
		}
		return false;
	}

	/** A number or boolean as written; split cases compare words, not quoted text. */
	private static String literalText(Value value) {
		INode node = NodeModelUtils.getNode(value);
		return node == null ? null : NodeModelUtils.getTokenText(node);
	}

	// --- relations ------------------------------------------------------------------------------------------------

	private void migrateRelation(Relation relation) {
		String written = text(relation, CLAIMS.getRelation_Kind(), 0);
		if (written == null) {
			return;
		}
		String kind = lastSegment(written);
		for (Step step : steps) {
			if (step.change() instanceof Rename rename && rename.getElement() == ChangedElement.RELATION && rename.getOldName().equals(kind)) {
				kind = rename.getNewName();
			} else if (step.change() instanceof Merge merge && merge.getElement() == ChangedElement.RELATION
					&& merge.getOldNames().contains(kind)) {
				kind = merge.getNewName();
			}
		}
		replaceLastSegment(relation, CLAIMS.getRelation_Kind(), 0, written, kind, "relation: kind");
	}

	// --- the schema as it is now, seen from a step ---------------------------------------------------------------

	/** Whether an element of this kind, at this step, will be of the owner kind: its name is carried forward first. */
	private boolean isA(String kind, EObject owner, int step) {
		return owner instanceof Kind ownerKind && currentKinds(kind, step).stream().anyMatch(k -> SchemaQueries.conformsTo(k, ownerKind));
	}

	/**
	 * The kinds an element of this kind will have in the schema as it is now: its name carried through the later
	 * renames and merges. A later split could give it any of its cases' kinds (which one depends on values the
	 * steps before it may still change), so each of them counts.
	 */
	private List<Kind> currentKinds(String kind, int step) {
		List<String> names = new ArrayList<>(List.of(kind));
		for (int i = step + 1; i < steps.size(); i++) {
			SchemaChange change = steps.get(i).change();
			List<String> next = new ArrayList<>();
			for (String name : names) {
				if (change instanceof Rename rename && rename.getElement() == ChangedElement.KIND && rename.getOldName().equals(name)) {
					next.add(rename.getNewName());
				} else if (change instanceof Merge merge && merge.getElement() == ChangedElement.KIND && merge.getOldNames().contains(name)) {
					next.add(merge.getNewName());
				} else if (change instanceof Split split && split.getOldName().equals(name)) {
					split.getCases().forEach(c -> next.add(c.getKind()));
				} else {
					next.add(name);
				}
			}
			names = next;
		}
		List<String> found = names;
		return SchemaQueries.visibleElements(schema, Kind.class).stream().filter(k -> found.contains(k.getName())).toList();
	}

	/** The definition an attribute of this name will have, its name carried forward through later renames. */
	private AttributeDef definition(String kind, String attribute, int step) {
		for (Kind current : currentKinds(kind, step)) {
			String name = attribute;
			for (int i = step + 1; i < steps.size(); i++) {
				if (steps.get(i).change() instanceof Rename rename && rename.getElement() == ChangedElement.ATTRIBUTE
						&& rename.getOldName().equals(name) && rename.getOwner() instanceof Kind owner && SchemaQueries.conformsTo(current, owner)) {
					name = rename.getNewName();
				}
			}
			String found = name;
			AttributeDef definition = SchemaQueries.allAttributes(current).stream().filter(a -> found.equals(a.getName())).findFirst()
					.orElse(null);
			if (definition != null) {
				return definition;
			}
		}
		return null;
	}

	// --- text ----------------------------------------------------------------------------------------------------

	private void writeVersion(int to) {
		List<INode> written = NodeModelUtils.findNodesForFeature(document, CLAIMS.getDocument_SchemaVersion());
		if (!written.isEmpty()) {
			INode node = written.get(0);
			edits.add(new Edit(new ReplaceRegion(node.getOffset(), node.getLength(), Integer.toString(to)), node.getStartLine(),
					"version " + SchemaVersions.of(document) + " → " + to));
			return;
		}
		List<INode> schemaNodes = NodeModelUtils.findNodesForFeature(document, CLAIMS.getDocument_Schema());
		if (!schemaNodes.isEmpty()) {
			INode node = schemaNodes.get(0);
			edits.add(new Edit(new ReplaceRegion(node.getEndOffset(), 0, " version " + to), node.getStartLine(),
					"version " + SchemaVersions.FIRST + " → " + to));
		}
	}

	private void replaceLastSegment(EObject object, EStructuralFeature feature, int index, String written, String name, String what) {
		if (written == null || name == null || lastSegment(written).equals(name)) {
			return;
		}
		INode node = NodeModelUtils.findNodesForFeature(object, feature).get(index);
		String text = NodeModelUtils.getTokenText(node);
		// The token text has no hidden tokens; the name's last segment ends where the node's last leaf ends.
		int end = lastLeafEnd(node);
		int start = end - lastSegment(text).length();
		edits.add(new Edit(new ReplaceRegion(start, end - start, name), node.getStartLine(), what + " " + lastSegment(text) + " → " + name));
	}

	private static int lastLeafEnd(INode node) {
		int end = node.getOffset();
		for (ILeafNode leaf : node.getLeafNodes()) {
			if (!leaf.isHidden()) {
				end = leaf.getEndOffset();
			}
		}
		return end;
	}

	private static String text(EObject object, EStructuralFeature feature, int index) {
		List<INode> nodes = NodeModelUtils.findNodesForFeature(object, feature);
		return nodes.size() > index ? NodeModelUtils.getTokenText(nodes.get(index)) : null;
	}

	private static String lastSegment(String qualified) {
		return qualified == null ? null : qualified.substring(qualified.lastIndexOf('.') + 1);
	}

	private static int line(EObject object) {
		INode node = NodeModelUtils.getNode(object);
		return node == null ? 0 : node.getStartLine();
	}
}
