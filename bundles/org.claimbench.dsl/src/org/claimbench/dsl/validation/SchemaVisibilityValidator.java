package org.claimbench.dsl.validation;

import java.util.List;
import java.util.stream.Collectors;

import org.claimbench.dsl.schema.SchemaConflicts;
import org.claimbench.dsl.scoping.ProjectGlobalScopeProvider;
import org.claimbench.model.claims.ClaimsPackage;
import org.claimbench.model.claims.Document;
import org.claimbench.model.claims.Schema;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.xtext.naming.IQualifiedNameConverter;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.scoping.IGlobalScopeProvider;
import org.eclipse.xtext.validation.AbstractDeclarativeValidator;
import org.eclipse.xtext.validation.Check;
import org.eclipse.xtext.validation.EValidatorRegistrar;

import com.google.inject.Inject;

/**
 * Which schema a name means must never depend on which files were loaded or in which order: two schemas
 * of one name in a project, and names that a schema and its imports declare twice, are errors that name
 * both files. Composed into the validators of both languages.
 */
public class SchemaVisibilityValidator extends AbstractDeclarativeValidator {

	private static final ClaimsPackage CLAIMS = ClaimsPackage.eINSTANCE;

	@Inject
	private IGlobalScopeProvider globalScopes;

	@Inject
	private IQualifiedNameConverter names;

	@Override
	public void register(EValidatorRegistrar registrar) {
		// composed into ClaimDocumentValidator and ClaimSchemaValidator, which register for the package
	}

	@Check
	public void checkDocumentSchemaIsUnique(Document document) {
		List<INode> nodes = NodeModelUtils.findNodesForFeature(document, CLAIMS.getDocument_Schema());
		if (!nodes.isEmpty()) {
			reportAmbiguous(document, CLAIMS.getDocument_Schema(), 0, NodeModelUtils.getTokenText(nodes.get(0)));
		}
	}

	@Check
	public void checkImportsAreUnique(Schema schema) {
		List<INode> nodes = NodeModelUtils.findNodesForFeature(schema, CLAIMS.getSchema_Imports());
		for (int i = 0; i < nodes.size(); i++) {
			reportAmbiguous(schema, CLAIMS.getSchema_Imports(), i, NodeModelUtils.getTokenText(nodes.get(i)));
		}
	}

	@Check
	public void checkSchemaNameIsUniqueInProject(Schema schema) {
		if (schema.getName() == null || schema.eResource() == null) {
			return;
		}
		List<URI> others = schemasNamed(schema, schema.getName());
		if (!others.isEmpty()) {
			error("Another schema of this project is also named '" + schema.getName() + "': "
					+ others.stream().map(uri -> Locations.file(uri, schema.eResource())).collect(Collectors.joining(", "))
					+ "; documents and imports could not tell them apart. Rename one, or give each its own project"
					+ " (a folder with a .claimbench marker)", schema, CLAIMS.getNamedElement_Name(),
					IssueCodes.DUPLICATE_SCHEMA);
		}
	}

	/** A name declared twice in the schema and its imports; the schema's own errors are reported where it is declared. */
	@Check
	public void checkSchemaRedeclarations(Schema schema) {
		for (SchemaConflicts.Conflict conflict : SchemaConflicts.of(schema)) {
			if (conflict.redeclaredBy(schema)) {
				error(ClaimDocumentValidator.capitalized(Describe.element(conflict.later())) + " redeclares the "
						+ Describe.element(conflict.first()) + " of schema '" + schemaName(conflict.first()) + "' ("
						+ Locations.of(conflict.first(), schema) + "); a schema cannot replace what it imports."
						+ " Give it a new name (a claim or actor kind can derive from the imported one with 'is' or 'extends')",
						conflict.later(), CLAIMS.getNamedElement_Name(), IssueCodes.REDECLARED_NAME);
			} else {
				error("Two imported schemas declare '" + conflict.name() + "': '" + schemaName(conflict.first()) + "' ("
						+ Locations.of(conflict.first(), schema) + ") and '" + schemaName(conflict.later()) + "' ("
						+ Locations.of(conflict.later(), schema) + "); which one this schema gets would depend on the order"
						+ " of its imports. Rename one of them", schema, CLAIMS.getNamedElement_Name(),
						IssueCodes.REDECLARED_NAME);
			}
		}
	}

	/** A document is only as right as its schema: one that declares a name twice cannot be trusted to mean one thing. */
	@Check
	public void checkDocumentSchemaHasNoRedeclarations(Document document) {
		Schema schema = document.getSchema();
		if (schema == null || schema.eIsProxy()) {
			return;
		}
		List<SchemaConflicts.Conflict> conflicts = SchemaConflicts.of(schema);
		if (!conflicts.isEmpty()) {
			SchemaConflicts.Conflict first = conflicts.get(0);
			error("Schema '" + schema.getName() + "' declares '" + first.name() + "' twice (" + Locations.of(first.first(), document)
					+ " and " + Locations.of(first.later(), document) + ")" + (conflicts.size() > 1
							? " and " + (conflicts.size() - 1) + " more name" + (conflicts.size() > 2 ? "s" : "") + " likewise"
							: "")
					+ "; fix the schema first", document, CLAIMS.getDocument_Schema(), IssueCodes.REDECLARED_NAME);
		}
	}

	private void reportAmbiguous(EObject owner, EReference reference, int index, String name) {
		if (name == null || name.isBlank()) {
			return;
		}
		List<URI> schemas = schemasNamed(owner, name.trim());
		if (schemas.size() > 1) {
			error("Schema name '" + name.trim() + "' is ambiguous: " + schemas.size() + " schemas of this project have it ("
					+ schemas.stream().map(uri -> Locations.file(uri, owner.eResource())).collect(Collectors.joining(", "))
					+ "). Rename one, or give each its own project (a folder with a .claimbench marker)", owner,
					reference, reference.isMany() ? index : INSIGNIFICANT_INDEX, IssueCodes.AMBIGUOUS_SCHEMA);
		}
	}

	/** The files of the project, other than the asking one, that declare a schema of this name. */
	private List<URI> schemasNamed(EObject context, String name) {
		if (!(globalScopes instanceof ProjectGlobalScopeProvider project) || context.eResource() == null) {
			return List.of();
		}
		try {
			return project.otherFilesDeclaring(context.eResource(), CLAIMS.getSchema(), names.toQualifiedName(name));
		} catch (IllegalArgumentException e) {
			return List.of();
		}
	}

	private static String schemaName(EObject element) {
		return element.eContainer() instanceof Schema schema ? schema.getName() : "?";
	}
}
