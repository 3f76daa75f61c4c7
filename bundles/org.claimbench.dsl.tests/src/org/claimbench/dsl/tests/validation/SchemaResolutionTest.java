package org.claimbench.dsl.tests.validation;

import static org.claimbench.dsl.tests.validation.Issues.assertIssue;
import static org.claimbench.dsl.tests.validation.Issues.assertNone;
import static org.claimbench.dsl.tests.validation.Issues.assertSingle;
import static org.claimbench.dsl.tests.validation.Issues.withCode;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.claimbench.dsl.tests.ClaimDocumentInjectorProvider;
import org.claimbench.dsl.validation.IssueCodes;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import com.google.inject.Inject;
import com.google.inject.Provider;

/**
 * A document is checked against its own project's schema, whatever else is loaded and in whatever order;
 * names that would mean two things are errors naming both files.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(ClaimDocumentInjectorProvider.class)
class SchemaResolutionTest {

	private static final String BASE = """
			schema base
			actor kind State
			enum Level { low high }
			claim kind Need is Intent
			""";

	@Inject
	private Provider<XtextResourceSet> resourceSets;

	@TempDir
	Path root;

	private Path write(String name, String text) {
		try {
			Path file = root.resolve(name);
			Files.createDirectories(file.getParent());
			Files.writeString(file, text, StandardCharsets.UTF_8);
			return file;
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** A document with a source text beside it (the text is not what these tests are about). */
	private Path document(String name, String header, String body) {
		Path file = write(name, header.replaceFirst(" schema ", " source \"t.txt\" schema ") + body);
		write(root.relativize(file.resolveSibling("t.txt")).toString(), "A statement.\n");
		return file;
	}

	/** Two folders, each a project with its own schema 'deterrence' and a document that only fits its own. */
	private void twoProjectsWithOneSchemaName() {
		write("a/deterrence.cbschema", "schema deterrence\nactor kind State\nclaim kind Alert is Assessment { level: text }\n");
		document("a/doc.claims", "document a schema deterrence\n", "actor X : State\nclaim c : Alert by X { level \"high\" }\n");
		write("b/deterrence.cbschema", "schema deterrence\nactor kind State\nclaim kind Alert is Assessment { range: number }\n");
		document("b/doc.claims", "document b schema deterrence\n", "actor Y : State\nclaim c : Alert by Y { range 3 }\n");
	}

	/** Loads the files into one resource set in the given order, then validates the last-named file. */
	private List<Issue> validateLoadedInOrder(String validated, String... files) {
		XtextResourceSet set = resourceSets.get();
		for (String file : files) {
			set.getResource(URI.createFileURI(root.resolve(file).toString()), true);
		}
		Resource resource = set.getResource(URI.createFileURI(root.resolve(validated).toString()), true);
		EcoreUtil.resolveAll(set);
		return ((XtextResource) resource).getResourceServiceProvider().getResourceValidator().validate(resource,
				CheckMode.ALL, CancelIndicator.NullImpl);
	}

	@Test
	void eachDocumentGetsTheSchemaOfItsOwnFolderWhicheverIsLoadedFirst() {
		twoProjectsWithOneSchemaName();
		List<String> order = List.of("a/deterrence.cbschema", "b/deterrence.cbschema");
		List<String> reversed = List.of("b/deterrence.cbschema", "a/deterrence.cbschema");
		for (List<String> schemas : List.of(order, reversed)) {
			for (String document : List.of("a/doc.claims", "b/doc.claims")) {
				assertNone(validateLoadedInOrder(document, schemas.toArray(String[]::new)));
			}
		}
	}

	@Test
	void aMarkedProjectSeesTheSchemasOfItsSubfoldersAndNotThoseOfAnotherProject() throws IOException {
		twoProjectsWithOneSchemaName();
		Files.createFile(root.resolve("a/.claimbench"));
		write("a/schemas/extra.cbschema", "schema extra\nimport deterrence\nclaim kind Warning is Alert\n");
		document("a/texts/w.claims", "document w schema extra\n", "actor X : State\nclaim c : Warning by X { level \"low\" }\n");
		assertNone(validateLoadedInOrder("a/texts/w.claims", "b/deterrence.cbschema", "a/deterrence.cbschema",
				"a/schemas/extra.cbschema"));
		// b is not marked: its document sees its own folder only, never project a's schemas.
		document("b/uses-extra.claims", "document u schema extra\n", "");
		List<Issue> issues = validateLoadedInOrder("b/uses-extra.claims", "a/schemas/extra.cbschema", "b/deterrence.cbschema");
		assertTrue(issues.stream().anyMatch(i -> i.getSeverity() == Severity.ERROR && i.getMessage().contains("extra")),
				Issues.describe(issues));
	}

	@Test
	void twoSchemasWithOneNameInOneProjectAreAnErrorNamingBothFiles() {
		write("p/one.cbschema", "schema deterrence\nactor kind State\n");
		write("p/two.cbschema", "schema deterrence\nactor kind Agent\n");
		document("p/doc.claims", "document d schema deterrence\n", "");
		List<Issue> issues = validateLoadedInOrder("p/doc.claims", "p/one.cbschema", "p/two.cbschema");
		assertSingle(issues, IssueCodes.AMBIGUOUS_SCHEMA, Severity.ERROR, 1, "Schema name 'deterrence' is ambiguous",
				"one.cbschema", "two.cbschema");
		List<Issue> schemaIssues = validateLoadedInOrder("p/two.cbschema", "p/one.cbschema");
		assertSingle(schemaIssues, IssueCodes.DUPLICATE_SCHEMA, Severity.ERROR, 1,
				"Another schema of this project is also named 'deterrence': one.cbschema");
	}

	@Test
	void anExtensionThatRedeclaresAnImportedNameIsAnErrorWithBothLocations() {
		write("p/base.cbschema", BASE);
		write("p/ext.cbschema", "schema ext\nimport base\n\nclaim kind Need is Assessment\n");
		List<Issue> issues = validateLoadedInOrder("p/ext.cbschema", "p/base.cbschema");
		assertSingle(issues, IssueCodes.REDECLARED_NAME, Severity.ERROR, 4,
				"Claim kind 'Need' redeclares the claim kind 'Need' of schema 'base' (base.cbschema, line 4)");
		document("p/doc.claims", "document d schema ext\n", "");
		List<Issue> documentIssues = validateLoadedInOrder("p/doc.claims", "p/base.cbschema", "p/ext.cbschema");
		assertSingle(documentIssues, IssueCodes.REDECLARED_NAME, Severity.ERROR, 1,
				"Schema 'ext' declares 'Need' twice (base.cbschema, line 4 and ext.cbschema, line 4)", "fix the schema first");
	}

	@Test
	void everyKindOfSchemaElementCountsAsARedeclaration() {
		write("p/base.cbschema", BASE + "relation kind motivates from Assessment to Intent\n");
		write("p/ext.cbschema", "schema ext\nimport base\nenum State { a b }\nactor kind Level\nrelation kind motivates\n");
		List<Issue> issues = withCode(validateLoadedInOrder("p/ext.cbschema", "p/base.cbschema"), IssueCodes.REDECLARED_NAME);
		assertEquals(3, issues.size(), Issues.describe(issues));
		assertIssue(issues.get(0), IssueCodes.REDECLARED_NAME, Severity.ERROR, 3, "Enum 'State' redeclares the actor kind 'State'");
		assertIssue(issues.get(1), IssueCodes.REDECLARED_NAME, Severity.ERROR, 4, "Actor kind 'Level' redeclares the enum 'Level'");
		assertIssue(issues.get(2), IssueCodes.REDECLARED_NAME, Severity.ERROR, 5, "relation kind 'motivates'");
	}

	@Test
	void twoImportsThatDeclareOneNameAreAnErrorWhateverTheirOrder() {
		write("p/left.cbschema", "schema left\nenum Scope { local }\n");
		write("p/right.cbschema", "schema right\nenum Scope { global }\n");
		for (String imports : List.of("import left import right", "import right import left")) {
			write("p/both.cbschema", "schema both\n" + imports + "\n");
			List<Issue> issues = validateLoadedInOrder("p/both.cbschema", "p/left.cbschema", "p/right.cbschema");
			assertSingle(issues, IssueCodes.REDECLARED_NAME, Severity.ERROR, 1, "Two imported schemas declare 'Scope'",
					"left.cbschema, line 2", "right.cbschema, line 2");
		}
	}

	@Test
	void aSharedBaseReachedThroughTwoImportsIsNoConflict() {
		write("p/base.cbschema", BASE);
		write("p/left.cbschema", "schema left\nimport base\nclaim kind L is Need\n");
		write("p/right.cbschema", "schema right\nimport base\nclaim kind R is Need\n");
		write("p/both.cbschema", "schema both\nimport left import right\n");
		assertNone(validateLoadedInOrder("p/both.cbschema", "p/base.cbschema", "p/left.cbschema", "p/right.cbschema"));
	}

	@Test
	void aSubKindMayNotDropRequiredButMayNarrowTheType() {
		write("p/kinds.cbschema", """
				schema kinds
				actor kind Agent
				actor kind State extends Agent
				claim kind Threat is Assessment {
					subject: Agent required
					by: actor
					level: text required
				}
				claim kind NuclearThreat is Threat {
					subject: State required
					by: State
					level: text
				}
				claim kind OddThreat is Threat {
					by: claim
				}
				""");
		List<Issue> issues = validateLoadedInOrder("p/kinds.cbschema");
		List<Issue> all = new ArrayList<>(issues);
		assertEquals(2, all.size(), Issues.describe(all));
		assertIssue(all.get(0), IssueCodes.WEAKENED_REDEFINITION, Severity.ERROR, 12,
				"Attribute 'level' of claim kind 'NuclearThreat' drops 'required'", "Write 'required' here too");
		assertIssue(all.get(1), IssueCodes.CONFLICTING_REDEFINITION, Severity.ERROR, 15,
				"Attribute 'by' of claim kind 'OddThreat' is declared claim", "declared actor");
	}
}
