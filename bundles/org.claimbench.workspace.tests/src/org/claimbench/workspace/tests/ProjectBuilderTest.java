package org.claimbench.workspace.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.claimbench.workspace.internal.build.ClaimBenchBuilder;
import org.claimbench.workspace.internal.build.ClaimBenchNature;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IProjectDescription;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.resources.IncrementalProjectBuilder;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.content.IContentType;
import org.eclipse.core.runtime.content.IContentTypeManager;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The ClaimBench builder validates what is saved, whoever wrote it, with no workbench running: files changed on
 * disk outside any editor get their markers at the next build, a schema change re-validates the documents that
 * depend on it and no others, and a changed source text marks the documents quoting it.
 */
class ProjectBuilderTest {

	private Builds builds;

	@BeforeEach
	void listen() {
		builds = new Builds();
	}

	@AfterEach
	void stopListening() {
		builds.close();
	}

	private Set<String> validatedNames(IProject project) {
		return builds.validatedNames(project);
	}

	@Test
	void aDocumentWrittenOnDiskGetsItsMarkersAfterTheBuildAndLosesThemWhenFixed() throws Exception {
		IFile document = FixtureProject.create("built", FixtureProject.document());
		IProject project = Builds.claimBenchProject(document);
		assertEquals(List.of(), Builds.errors(document), "the fixture is valid");

		Builds.writeOnDisk(document, FixtureProject.document().replace("by Kamikawa", "by Kishida"));
		Builds.build(project);
		List<String> errors = Builds.errors(document);
		assertEquals(1, errors.size(), errors.toString());
		assertTrue(errors.get(0).contains("Kishida"), errors.toString());
		assertTrue(errors.get(0).startsWith("edd.claims:5:"), "the marker is on the claim's line: " + errors);

		Builds.writeOnDisk(document, FixtureProject.document());
		Builds.build(project);
		assertEquals(List.of(), Builds.errors(document), "the fixed file has no markers left");
	}

	private static final String ALPHA = "schema alpha\nactor kind Group\nclaim kind Pledge is Intent { object: text }\n";
	private static final String BETA = "schema beta\nactor kind Group\nclaim kind Pledge is Intent { object: text }\n";
	private static final String GAMMA = "schema gamma\n\timport alpha\nclaim kind Warning is Assessment\n";

	private static String pledge(String name, String schema) {
		return "document " + name + " source \"edd.txt\" schema " + schema + "\n"
				+ "actor Ministers : Group { mention \"The Ministers\" at " + FixtureProject.at("The Ministers") + " }\n"
				+ "claim ra : Pledge by Ministers { quote \"reaffirmed their intent\" at "
				+ FixtureProject.at("reaffirmed their intent") + " }\n";
	}

	@Test
	void aSchemaChangeRevalidatesExactlyTheDocumentsThatDependOnIt() throws Exception {
		IFile unused = FixtureProject.create("schemas", pledge("edd", "alpha"));
		IProject project = unused.getProject();
		project.getFile("deterrence.cbschema").delete(true, null);
		write(project.getFile("alpha.cbschema"), ALPHA);
		write(project.getFile("beta.cbschema"), BETA);
		write(project.getFile("gamma.cbschema"), GAMMA);
		write(project.getFile("usesBeta.claims"), pledge("db", "beta"));
		write(project.getFile("usesGamma.claims"), pledge("dg", "gamma"));
		Builds.claimBenchProject(unused);
		for (IFile file : List.of(unused, project.getFile("usesBeta.claims"), project.getFile("usesGamma.claims"))) {
			assertEquals(List.of(), Builds.errors(file), "the fixture is valid");
		}
		assertEquals(Set.of("alpha.cbschema", "beta.cbschema", "gamma.cbschema", "edd.claims", "usesBeta.claims",
				"usesGamma.claims"), validatedNames(project), "a full build validates every schema and document");

		builds.clear();
		Builds.writeOnDisk(project.getFile("alpha.cbschema"), ALPHA.replace("object: text", "object: text required"));
		Builds.build(project);
		// edd uses alpha; usesGamma uses gamma, which imports alpha; beta and its document do not depend on alpha.
		assertEquals(Set.of("alpha.cbschema", "gamma.cbschema", "edd.claims", "usesGamma.claims"), validatedNames(project));
		assertEquals(1, Builds.errors(unused).size(), "the pledge lacks the attribute now required: " + Builds.errors(unused));
		assertEquals(1, Builds.errors(project.getFile("usesGamma.claims")).size(),
				"through gamma's import too: " + Builds.errors(project.getFile("usesGamma.claims")));
		assertEquals(List.of(), Builds.errors(project.getFile("usesBeta.claims")));
	}

	@Test
	void aChangedSourceTextMarksTheDocumentWhoseQuoteNoLongerMatches() throws Exception {
		IFile document = FixtureProject.create("quoted", FixtureProject.document());
		IProject project = Builds.claimBenchProject(document);
		assertEquals(List.of(), Builds.errors(document), "the fixture is valid");

		builds.clear();
		Builds.writeOnDisk(project.getFile("edd.txt"), FixtureProject.SOURCE.replace("continued destabilizing", "continuing"));
		Builds.build(project);
		assertEquals(Set.of("edd.claims"), validatedNames(project), "the document quoting the text is validated again");
		List<String> errors = Builds.errors(document);
		assertTrue(errors.stream().anyMatch(error -> error.contains("destabilizing")), errors.toString());
	}

	/**
	 * A project made before the builder moved out of the ui bundle names the nature and builder by their ids in its
	 * .project file; imported as it is on disk, it is still a ClaimBench project and is validated.
	 */
	@Test
	void aProjectWhoseDotProjectNamesTheNatureAndBuilderAsBeforeIsStillBuilt() throws Exception {
		IWorkspace workspace = ResourcesPlugin.getWorkspace();
		IProject project = workspace.getRoot().getProject("kept-ids");
		if (project.exists()) {
			project.delete(true, true, null);
		}
		Path folder = Files.createTempDirectory("kept-ids");
		Files.writeString(folder.resolve(".project"), """
				<?xml version="1.0" encoding="UTF-8"?>
				<projectDescription>
					<name>kept-ids</name>
					<comment></comment>
					<projects></projects>
					<buildSpec>
						<buildCommand>
							<name>org.claimbench.ui.builder</name>
							<arguments></arguments>
						</buildCommand>
					</buildSpec>
					<natures>
						<nature>org.claimbench.ui.nature</nature>
					</natures>
				</projectDescription>
				""", StandardCharsets.UTF_8);
		Files.writeString(folder.resolve("edd.txt"), FixtureProject.SOURCE, StandardCharsets.UTF_8);
		Files.writeString(folder.resolve("deterrence.cbschema"), FixtureProject.SCHEMA, StandardCharsets.UTF_8);
		Files.writeString(folder.resolve("edd.claims"), FixtureProject.document().replace("by Kamikawa", "by Kishida"),
				StandardCharsets.UTF_8);

		IProjectDescription description = workspace.loadProjectDescription(IPath.fromOSString(folder.resolve(".project").toString()));
		project.create(description, null);
		project.open(null);
		assertEquals("org.claimbench.ui.nature", ClaimBenchNature.ID, "the id existing .project files name");
		assertEquals("org.claimbench.ui.builder", ClaimBenchBuilder.ID, "the id existing .project files name");
		assertTrue(ClaimBenchNature.isOn(project), "the nature of the .project file is known");
		assertTrue(project.getNature(ClaimBenchNature.ID) != null, "and its class is found");

		project.build(IncrementalProjectBuilder.FULL_BUILD, null);
		assertTrue(validatedNames(project).contains("edd.claims"), "the builder named in .project ran");
		List<String> errors = Builds.errors(project.getFile("edd.claims"));
		assertEquals(1, errors.size(), errors.toString());
		assertTrue(errors.get(0).contains("Kishida"), errors.toString());
	}

	@Test
	void bothExtensionsAreUtf8TextContentTypes() {
		for (String name : List.of("a.claims", "a.cbschema")) {
			IContentType type = Platform.getContentTypeManager().findContentTypeFor(name);
			assertTrue(type != null && type.isKindOf(Platform.getContentTypeManager()
					.getContentType(IContentTypeManager.CT_TEXT)), name + " is text");
			assertEquals("UTF-8", type.getDefaultCharset(), name);
		}
	}

	private static void write(IFile file, String text) throws CoreException {
		file.create(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), IResource.FORCE, null);
	}
}
