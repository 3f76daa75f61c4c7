package org.claimbench.app.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.claimbench.app.internal.AboutText;
import org.claimbench.app.internal.AnnotationPerspective;
import org.eclipse.core.runtime.Platform;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.junit.jupiter.api.Test;

/** What a user sees when ClaimBench starts: its window, title, perspective and views. */
class WorkbenchStartTest {

	private IWorkbenchWindow window() {
		IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		assertNotNull(window, "the workbench has an open window");
		return window;
	}

	@Test
	void workbenchRunsTheClaimBenchProduct() {
		assertTrue(PlatformUI.isWorkbenchRunning());
		assertEquals("org.claimbench.app.product", Platform.getProduct().getId());
		assertEquals("ClaimBench", Platform.getProduct().getName());
	}

	@Test
	void windowTitleNamesClaimBench() {
		String title = window().getShell().getText();
		assertTrue(title.startsWith("ClaimBench"), "window title was: " + title);
	}

	@Test
	void windowHasTheProductIcon() {
		assertTrue(window().getShell().getImages().length > 0, "the window shows the ClaimBench icon");
	}

	@Test
	void annotationPerspectiveIsOpen() {
		IWorkbenchPage page = window().getActivePage();
		assertEquals(AnnotationPerspective.ID, page.getPerspective().getId());
		assertEquals("Annotation", page.getPerspective().getLabel());
	}

	@Test
	void projectExplorerAndProblemsAreShown() {
		IWorkbenchPage page = window().getActivePage();
		assertNotNull(page.findView(IPageLayout.ID_PROJECT_EXPLORER), "Project Explorer is open");
		assertNotNull(page.findView(IPageLayout.ID_PROBLEM_VIEW), "Problems view is open");
	}

	@Test
	void aboutNamesTheInstalledVersionAndPlatform() {
		String text = AboutText.text();
		assertTrue(text.startsWith("ClaimBench " + AboutText.version()), text);
		assertTrue(AboutText.version().startsWith("0.1.0"), AboutText.version());
		assertTrue(text.contains("Eclipse Platform 3."), text);
	}

	@Test
	void aboutCommandIsAvailable() {
		ICommandService commands = PlatformUI.getWorkbench().getService(ICommandService.class);
		assertTrue(commands.getCommand("org.claimbench.app.about").isHandled(), "Help > About ClaimBench has a handler");
	}
}
