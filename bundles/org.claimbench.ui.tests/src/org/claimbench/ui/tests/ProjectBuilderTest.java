package org.claimbench.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Consumer;
import java.util.function.Predicate;

import org.claimbench.ui.internal.build.BuildAutomaticallyHandler;
import org.claimbench.ui.internal.build.BuildListeners;
import org.claimbench.ui.internal.build.ClaimBenchBuilder;
import org.claimbench.ui.internal.build.ClaimBenchNature;
import org.claimbench.ui.sourceeditor.internal.SourceEditor;
import org.claimbench.ui.internal.startup.SampleProject;
import org.claimbench.ui.internal.validation.ProblemMarkers;
import org.eclipse.core.resources.ICommand;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IWorkspaceDescription;
import org.eclipse.core.resources.IncrementalProjectBuilder;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.content.IContentType;
import org.eclipse.core.runtime.content.IContentTypeManager;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.part.ISetSelectionTarget;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The ClaimBench builder validates what is saved, whoever wrote it: files changed on disk outside any editor get
 * their markers at the next build, a schema change re-validates the documents that depend on it and no others, and
 * a changed source text marks the documents quoting it.
 */
class ProjectBuilderTest {

	private final ConcurrentLinkedQueue<IFile> validated = new ConcurrentLinkedQueue<>();
	private final Consumer<IFile> listener = validated::add;

	@BeforeEach
	void listen() {
		BuildListeners.add(listener);
	}

	@AfterEach
	void stopListening() {
		BuildListeners.remove(listener);
		Workbench.page().closeAllEditors(false);
	}

	private static IProject claimBenchProject(IFile document) throws Exception {
		IProject project = document.getProject();
		ClaimBenchNature.addTo(project, null);
		build(project);
		return project;
	}

	/** Lets a pending automatic build finish, then builds what it left, as Project > Build All would. */
	private static void build(IProject project) throws Exception {
		Job.getJobManager().join(ResourcesPlugin.FAMILY_AUTO_BUILD, null);
		project.build(IncrementalProjectBuilder.INCREMENTAL_BUILD, null);
		Job.getJobManager().join(ResourcesPlugin.FAMILY_AUTO_BUILD, null);
		Workbench.flush();
	}

	/** Writes the file as git or another program would: straight to disk, then the workspace notices. */
	private static void writeOnDisk(IFile file, String text) throws IOException, CoreException {
		Files.writeString(file.getLocation().toFile().toPath(), text, StandardCharsets.UTF_8);
		file.refreshLocal(IResource.DEPTH_ZERO, null);
	}

	private static List<String> errors(IFile file) throws CoreException {
		return Arrays.stream(file.findMarkers(ProblemMarkers.TYPE, false, IResource.DEPTH_ZERO))
				.filter(marker -> marker.getAttribute(IMarker.SEVERITY, -1) == IMarker.SEVERITY_ERROR)
				.map(marker -> file.getName() + ":" + marker.getAttribute(IMarker.LINE_NUMBER, 0) + ": "
						+ marker.getAttribute(IMarker.MESSAGE, ""))
				.toList();
	}

	/** The files of the project validated since the listener was last cleared (other projects may build meanwhile). */
	private Set<String> validatedNames(IProject project) {
		Set<String> names = new TreeSet<>();
		validated.stream().filter(file -> file.getProject().equals(project)).forEach(file -> names.add(file.getName()));
		return names;
	}

	@Test
	void aDocumentWrittenOnDiskGetsItsMarkersAfterTheBuildAndLosesThemWhenFixed() throws Exception {
		IFile document = FixtureProject.create("built", FixtureProject.document());
		IProject project = claimBenchProject(document);
		assertEquals(List.of(), errors(document), "the fixture is valid");

		writeOnDisk(document, FixtureProject.document().replace("by Kamikawa", "by Kishida"));
		build(project);
		List<String> errors = errors(document);
		assertEquals(1, errors.size(), errors.toString());
		assertTrue(errors.get(0).contains("Kishida"), errors.toString());
		assertTrue(errors.get(0).startsWith("edd.claims:5:"), "the marker is on the claim's line: " + errors);
		if (System.getProperty("claimbench.screenshots") != null) {
			showProblems(document);
		}

		writeOnDisk(document, FixtureProject.document());
		build(project);
		assertEquals(List.of(), errors(document), "the fixed file has no markers left");
	}

	/** For the user guide: the marked file in the Project Explorer and its marker in the Problems view. */
	private static void showProblems(IFile document) throws Exception {
		IViewPart explorer = Workbench.page().showView(IPageLayout.ID_PROJECT_EXPLORER);
		if (explorer instanceof ISetSelectionTarget target) {
			target.selectReveal(new StructuredSelection(document));
		}
		IViewPart problems = Workbench.page().showView(IPageLayout.ID_PROBLEM_VIEW);
		Workbench.flush();
		Tree tree = descendant(problems.getSite().getShell(), Tree.class, t -> t.getColumnCount() > 1);
		if (tree != null) {
			for (TreeItem item : tree.getItems()) {
				// The view fills a category's rows when it is expanded, as a click on its arrow would.
				Event expand = new Event();
				expand.item = item;
				tree.notifyListeners(SWT.Expand, expand);
				item.setExpanded(true);
			}
		}
		Screenshot.saveIfAsked(problems.getSite().getShell(), "builder-problems");
	}

	private static <T extends Control> T descendant(Composite parent, Class<T> type, Predicate<T> wanted) {
		for (Control child : parent.getChildren()) {
			if (type.isInstance(child) && child.isVisible() && wanted.test(type.cast(child))) {
				return type.cast(child);
			}
			if (child instanceof Composite composite) {
				T found = descendant(composite, type, wanted);
				if (found != null) {
					return found;
				}
			}
		}
		return null;
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
		claimBenchProject(unused);
		for (IFile file : List.of(unused, project.getFile("usesBeta.claims"), project.getFile("usesGamma.claims"))) {
			assertEquals(List.of(), errors(file), "the fixture is valid");
		}
		assertEquals(Set.of("alpha.cbschema", "beta.cbschema", "gamma.cbschema", "edd.claims", "usesBeta.claims",
				"usesGamma.claims"), validatedNames(project), "a full build validates every schema and document");

		validated.clear();
		writeOnDisk(project.getFile("alpha.cbschema"), ALPHA.replace("object: text", "object: text required"));
		build(project);
		// edd uses alpha; usesGamma uses gamma, which imports alpha; beta and its document do not depend on alpha.
		assertEquals(Set.of("alpha.cbschema", "gamma.cbschema", "edd.claims", "usesGamma.claims"), validatedNames(project));
		assertEquals(1, errors(unused).size(), "the pledge lacks the attribute now required: " + errors(unused));
		assertEquals(1, errors(project.getFile("usesGamma.claims")).size(),
				"through gamma's import too: " + errors(project.getFile("usesGamma.claims")));
		assertEquals(List.of(), errors(project.getFile("usesBeta.claims")));
	}

	@Test
	void aChangedSourceTextMarksTheDocumentWhoseQuoteNoLongerMatches() throws Exception {
		IFile document = FixtureProject.create("quoted", FixtureProject.document());
		IProject project = claimBenchProject(document);
		assertEquals(List.of(), errors(document), "the fixture is valid");

		validated.clear();
		writeOnDisk(project.getFile("edd.txt"), FixtureProject.SOURCE.replace("continued destabilizing", "continuing"));
		build(project);
		assertEquals(Set.of("edd.claims"), validatedNames(project), "the document quoting the text is validated again");
		List<String> errors = errors(document);
		assertTrue(errors.stream().anyMatch(error -> error.contains("destabilizing")), errors.toString());
	}

	@Test
	void anEditorsUnsavedStateStaysOnTopOfTheBuildsMarkers() throws Exception {
		IFile document = FixtureProject.create("unsaved", FixtureProject.document());
		IProject project = claimBenchProject(document);
		SourceEditor editor = SourceEditors.open(document);
		SourceEditors.document(editor).replace(0, 0, "// unsaved\nnonsense ");
		SourceEditors.settle(editor);
		List<String> unsaved = errors(document);
		assertFalse(unsaved.isEmpty(), "the editor marks its unsaved text");

		validated.clear();
		writeOnDisk(project.getFile("deterrence.cbschema"), FixtureProject.SCHEMA + "enum Extra { one two }\n");
		build(project);
		assertTrue(validatedNames(project).contains("edd.claims"), "the document depends on the changed schema");
		SourceEditors.settle(editor);
		assertEquals(unsaved, errors(document), "the markers still describe the editor's unsaved text");

		editor.doRevertToSaved();
		SourceEditors.settle(editor);
		assertEquals(List.of(), errors(document), "reverted, the markers describe the saved file again");
	}

	@Test
	void theSampleProjectValidatesWithoutErrorsAsASeries() throws Exception {
		assertTrue(ClaimBenchNature.isOn(ResourcesPlugin.getWorkspace().getRoot().getProject(SampleProject.NAME)),
				"the sample project created at the first start is a ClaimBench project");
		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject("sample-series");
		if (project.exists()) {
			project.delete(true, true, null);
		}
		SampleProject.create(project.getName(), null);
		build(project);
		assertEquals(Set.of("codebook.cbschema", "deterrence.cbschema", "us-japan-2023.claims", "us-japan-actors.claims",
				"us-japan-edd-2024.claims", "us-japan-edd-2024.coder-b.claims"), validatedNames(project));
		List<String> errors = new ArrayList<>();
		for (IResource member : project.members()) {
			if (member instanceof IFile file) {
				errors.addAll(errors(file));
			}
		}
		assertEquals(List.of(), errors);
	}

	@Test
	void convertingTheActiveEditorsProjectAddsTheBuilderOnceAndBuildsIt() throws Exception {
		IFile document = FixtureProject.create("converted", FixtureProject.document());
		IProject project = document.getProject();
		assertFalse(ClaimBenchNature.isOn(project), "a plain project to begin with");
		Workbench.open(document);
		Workbench.execute("org.claimbench.ui.convertProject", Map.of());
		Workbench.execute("org.claimbench.ui.convertProject", Map.of());
		assertTrue(ClaimBenchNature.isOn(project));
		ICommand[] commands = project.getDescription().getBuildSpec();
		assertEquals(1, Arrays.stream(commands).filter(c -> ClaimBenchBuilder.ID.equals(c.getBuilderName())).count());
		build(project);
		assertTrue(validatedNames(project).contains("edd.claims"), "converting builds the project");
	}

	@Test
	void theProjectMenuSwitchesBuildAutomaticallyAndShowsItsState() throws Exception {
		Menu bar = Workbench.page().getWorkbenchWindow().getShell().getMenuBar();
		MenuItem projectMenu = Arrays.stream(bar.getItems()).filter(item -> item.getText().replace("&", "").equals("Project"))
				.findFirst().orElseThrow(() -> new AssertionError("the menu bar has a Project menu"));
		boolean before = ResourcesPlugin.getWorkspace().isAutoBuilding();
		try {
			assertEquals(List.of("Build All", "Build Automatically", "Convert to ClaimBench Project", "Migrate Documents..."), labels(projectMenu));
			assertEquals(before, checked(projectMenu, "Build Automatically"));
			Workbench.execute(BuildAutomaticallyHandler.COMMAND_ID, Map.of());
			assertEquals(!before, ResourcesPlugin.getWorkspace().isAutoBuilding());
			assertEquals(!before, checked(projectMenu, "Build Automatically"), "the check mark follows the workspace");
		} finally {
			IWorkspaceDescription description = ResourcesPlugin.getWorkspace().getDescription();
			description.setAutoBuilding(before);
			ResourcesPlugin.getWorkspace().setDescription(description);
		}
	}

	/** The item labels of a menu of the menu bar, as they are when the user opens it. */
	private static List<String> labels(MenuItem menu) {
		show(menu);
		return Arrays.stream(menu.getMenu().getItems()).filter(item -> (item.getStyle() & SWT.SEPARATOR) == 0)
				.map(item -> item.getText().replaceAll("&|\\t.*", "")).toList();
	}

	private static boolean checked(MenuItem menu, String label) {
		show(menu);
		return Arrays.stream(menu.getMenu().getItems()).filter(item -> item.getText().replaceAll("&|\\t.*", "").equals(label))
				.findFirst().orElseThrow().getSelection();
	}

	private static void show(MenuItem menu) {
		menu.getMenu().notifyListeners(SWT.Show, new Event());
		Workbench.flush();
		menu.getMenu().notifyListeners(SWT.Hide, new Event());
		Workbench.flush();
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
