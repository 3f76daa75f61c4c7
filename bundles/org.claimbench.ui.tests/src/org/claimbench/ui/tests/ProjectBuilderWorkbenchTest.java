package org.claimbench.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import org.claimbench.ui.internal.build.BuildAutomaticallyHandler;
import org.claimbench.ui.sourceeditor.internal.SourceEditor;
import org.claimbench.workspace.internal.build.BuildListeners;
import org.claimbench.workspace.internal.build.ClaimBenchBuilder;
import org.claimbench.workspace.internal.build.ClaimBenchNature;
import org.claimbench.ui.internal.startup.SampleProject;
import org.claimbench.workspace.tests.Builds;
import org.claimbench.workspace.tests.FixtureProject;
import org.eclipse.core.resources.ICommand;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IWorkspaceDescription;
import org.eclipse.core.resources.ResourcesPlugin;
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
 * The ClaimBench builder in the workbench: its markers reach the Problems view, an editor's unsaved text keeps its own
 * markers over the build's, the sample project builds clean, and the Project menu converts and builds projects. What
 * the builder validates, and when, is tested headless in org.claimbench.workspace.tests.
 */
class ProjectBuilderWorkbenchTest {

	private Builds builds;

	@BeforeEach
	void listen() {
		builds = new Builds();
	}

	@AfterEach
	void stopListening() {
		builds.close();
		Workbench.page().closeAllEditors(false);
	}

	private static IProject claimBenchProject(IFile document) throws Exception {
		IProject project = Builds.claimBenchProject(document);
		Workbench.flush();
		return project;
	}

	/** Builds as Project > Build All would, then lets the workbench show what the build left. */
	private static void build(IProject project) throws Exception {
		Builds.build(project);
		Workbench.flush();
	}

	private Set<String> validatedNames(IProject project) {
		return builds.validatedNames(project);
	}

	@Test
	void aDocumentWrittenOnDiskIsMarkedInTheWorkbench() throws Exception {
		IFile document = FixtureProject.create("built", FixtureProject.document());
		IProject project = claimBenchProject(document);
		Builds.writeOnDisk(document, FixtureProject.document().replace("by Kamikawa", "by Kishida"));
		build(project);
		List<String> errors = Builds.errors(document);
		assertEquals(1, errors.size(), errors.toString());
		assertTrue(errors.get(0).contains("Kishida"), errors.toString());
		if (System.getProperty("claimbench.screenshots") != null) {
			showProblems(document);
		}
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

	@Test
	void anEditorsUnsavedStateStaysOnTopOfTheBuildsMarkers() throws Exception {
		IFile document = FixtureProject.create("unsaved", FixtureProject.document());
		IProject project = claimBenchProject(document);
		SourceEditor editor = SourceEditors.open(document);
		SourceEditors.document(editor).replace(0, 0, "// unsaved\nnonsense ");
		SourceEditors.settle(editor);
		List<String> unsaved = Builds.errors(document);
		assertFalse(unsaved.isEmpty(), "the editor marks its unsaved text");

		builds.clear();
		Builds.writeOnDisk(project.getFile("deterrence.cbschema"), FixtureProject.SCHEMA + "enum Extra { one two }\n");
		build(project);
		assertTrue(validatedNames(project).contains("edd.claims"), "the document depends on the changed schema");
		SourceEditors.settle(editor);
		assertEquals(unsaved, Builds.errors(document), "the markers still describe the editor's unsaved text");

		editor.doRevertToSaved();
		SourceEditors.settle(editor);
		assertEquals(List.of(), Builds.errors(document), "reverted, the markers describe the saved file again");
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
				errors.addAll(Builds.errors(file));
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
}
