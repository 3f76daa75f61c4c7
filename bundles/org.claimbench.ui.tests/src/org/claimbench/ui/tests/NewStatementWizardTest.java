package org.claimbench.ui.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.claimbench.ui.internal.editor.AnnotationEditor;
import org.claimbench.workspace.internal.model.FileText;
import org.claimbench.ui.internal.wizards.NewStatementWizard;
import org.claimbench.ui.internal.wizards.StatementPage;
import org.claimbench.workspace.tests.FixtureProject;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.wizards.IWizardDescriptor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** File > New > Statement, driven through the wizard page's widgets as a user fills them. */
class NewStatementWizardTest {

	private static final String PASTED = "Gemeinsame Erklärung – Bonn, 1. März 2025\r\n"
			+ "Die Ministerinnen bekräftigten ihre Absicht, die Gespräche über Abschreckung fortzusetzen.\r\n";

	private WizardDialog dialog;

	@AfterEach
	void close() {
		if (dialog != null) {
			dialog.close();
		}
		Workbench.page().closeAllEditors(false);
	}

	private NewStatementWizard openWizard(IResource selected) {
		NewStatementWizard wizard = new NewStatementWizard();
		wizard.init(PlatformUI.getWorkbench(),
				selected == null ? StructuredSelection.EMPTY : new StructuredSelection(selected));
		Shell shell = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
		dialog = new WizardDialog(shell, wizard);
		dialog.setBlockOnOpen(false);
		dialog.open();
		Workbench.flush();
		return wizard;
	}

	private static void chooseSchema(StatementPage page, String name) {
		Combo schemas = page.schemaField();
		int index = Arrays.asList(schemas.getItems()).indexOf(
				Arrays.stream(schemas.getItems()).filter(item -> item.startsWith(name)).findFirst().orElseThrow());
		schemas.select(index);
		schemas.notifyListeners(SWT.Selection, new Event());
	}

	private static void deleteProject(String name) throws Exception {
		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(name);
		if (project.exists()) {
			project.delete(true, true, null);
		}
	}

	@Test
	void statementIsOfferedUnderClaimBenchAndDirectlyInFileNew() {
		IWizardDescriptor wizard = PlatformUI.getWorkbench().getNewWizardRegistry().findWizard(NewStatementWizard.ID);
		assertNotNull(wizard);
		assertEquals("Statement", wizard.getLabel());
		assertEquals("ClaimBench", wizard.getCategory().getLabel());
		assertTrue(Arrays.asList(Workbench.page().getNewWizardShortcuts()).contains(NewStatementWizard.ID),
				"File > New lists the perspective's shortcuts");
	}

	@Test
	void pastedTextBecomesANewProjectsStatementWithTheSampleSchemasAndOpensInTheAnnotationEditor() throws Exception {
		deleteProject("bonn-talks");
		NewStatementWizard wizard = openWizard(null);
		StatementPage page = wizard.page();
		page.projectField().setText("bonn-talks");
		page.pastedTextField().setText(PASTED);
		page.documentIdField().setText("bonn_talks_2025");
		page.titleField().setText("Gemeinsame Erklärung der Ministerinnen");
		page.dateField().setText("2025-03-01");
		page.placeField().setText("Bonn");
		// The sample's codebook declares only abstract kinds: deterrence is the one schema offered, and chosen.
		assertEquals(1, page.schemaField().getItemCount(), Arrays.toString(page.schemaField().getItems()));
		assertTrue(page.schemaField().getText().startsWith("deterrence"), page.schemaField().getText());
		assertTrue(wizard.canFinish(), page.getErrorMessage());
		assertTrue(page.pasteChoice().getSelection(), "pasting chose the pasted text");
		assertTrue(dialog.getShell().getDefaultButton().isEnabled(), "Finish is offered");
		saveScreenshot(dialog.getShell());

		assertTrue(wizard.performFinish());
		Workbench.flush();

		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject("bonn-talks");
		IFile source = project.getFile("bonn-talks-2025.txt");
		IFile document = project.getFile("bonn-talks-2025.claims");
		assertArrayEquals(PASTED.getBytes(StandardCharsets.UTF_8), source.getContents().readAllBytes(),
				"the source text is written as given, line endings included");
		assertTrue(project.getFile("deterrence.cbschema").exists());
		assertTrue(project.getFile("codebook.cbschema").exists(), "the schema deterrence imports comes along");
		String text = FileText.read(document);
		for (String expected : List.of("document bonn_talks_2025", "title \"Gemeinsame Erklärung der Ministerinnen\"",
				"date 2025-03-01", "place \"Bonn\"", "source \"bonn-talks-2025.txt\"", "schema deterrence")) {
			assertTrue(text.contains(expected), expected + " missing in:\n" + text);
		}

		AnnotationEditor editor = (AnnotationEditor) Workbench.page().getActiveEditor();
		assertEquals(document, editor.session().file());
		assertEquals(PASTED, editor.sourceWidget().getText());
		Workbench.awaitValidation(editor);
		assertEquals(List.of(), Arrays.stream(document.findMarkers(IMarker.PROBLEM, true, IResource.DEPTH_ZERO))
				.map(m -> m.getAttribute(IMarker.MESSAGE, "")).toList(), "the new document is valid");
	}

	@Test
	void importedFileIsCopiedByteForByteIntoTheSelectedProjectAndBoundToItsSchema(@TempDir Path folder) throws Exception {
		IFile existing = FixtureProject.create("imports", FixtureProject.document());
		byte[] bytes = ("\uFEFFJoint Statement\nThe Ministers reaffirmed their commitment.\n").getBytes(StandardCharsets.UTF_8);
		Path file = Files.write(folder.resolve("joint-statement.txt"), bytes);
		NewStatementWizard wizard = openWizard(existing);
		StatementPage page = wizard.page();
		assertEquals("imports", page.projectField().getText(), "the selected file's project is preselected");
		page.filePathField().setText(file.toString());
		page.documentIdField().setText("joint_statement");
		assertEquals(1, page.schemaField().getItemCount(), "the project's own schema is offered, not the sample's");
		assertEquals("deterrence", page.schemaField().getText());
		assertTrue(wizard.canFinish(), page.getErrorMessage());

		assertTrue(wizard.performFinish());
		Workbench.flush();

		assertArrayEquals(bytes, existing.getProject().getFile("joint-statement.txt").getContents().readAllBytes());
		assertTrue(existing.getProject().getFile("joint-statement.claims").exists());
		assertFalse(existing.getProject().getFile("codebook.cbschema").exists(), "no sample schema is copied");
		AnnotationEditor editor = (AnnotationEditor) Workbench.page().getActiveEditor();
		assertNotNull(editor);
		assertEquals("joint-statement.claims", editor.session().file().getName());
	}

	@Test
	void pageExplainsWhatIsMissingOrWrong(@TempDir Path folder) throws Exception {
		FixtureProject.create("taken", FixtureProject.document());
		NewStatementWizard wizard = openWizard(null);
		StatementPage page = wizard.page();
		page.projectField().setText("taken");
		page.pastedTextField().setText("   \n");
		page.documentIdField().setText("fresh");
		assertTrue(page.getErrorMessage().contains("empty"), page.getErrorMessage());

		page.pastedTextField().setText(FixtureProject.SOURCE);
		page.documentIdField().setText("edd");
		assertEquals("The project taken already has a file named edd.txt: choose another document id.",
				page.getErrorMessage());

		page.documentIdField().setText("2024 talks");
		assertTrue(page.getErrorMessage().contains("must not start with a digit"), page.getErrorMessage());

		page.documentIdField().setText("fresh");
		page.dateField().setText("2024-02-30");
		assertTrue(page.getErrorMessage().contains("YYYY-MM-DD"), page.getErrorMessage());
		page.dateField().setText("2024-02-29");
		assertEquals(null, page.getErrorMessage());

		Path latin1 = Files.write(folder.resolve("latin1.txt"), "Erkl\u00e4rung".getBytes(StandardCharsets.ISO_8859_1));
		page.filePathField().setText(latin1.toString());
		assertTrue(page.importChoice().getSelection(), "typing a path chooses importing it");
		assertTrue(page.getErrorMessage().contains("UTF-8"), page.getErrorMessage());
		assertFalse(wizard.canFinish());
	}

	/** With -Dclaimbench.screenshots=<folder>, keeps a picture of the filled-in wizard for the documentation. */
	private static void saveScreenshot(Shell shell) {
		String folder = System.getProperty("claimbench.screenshots");
		if (folder == null) {
			return;
		}
		// GTK paints asynchronously: give it a few rounds so the picture shows the widgets' current state.
		for (int i = 0; i < 10; i++) {
			shell.redraw();
			shell.update();
			Workbench.flush();
			try {
				Thread.sleep(50);
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
		}
		Rectangle bounds = shell.getBounds();
		Image image = new Image(shell.getDisplay(), bounds.width, bounds.height);
		GC gc = new GC(image);
		shell.print(gc);
		gc.dispose();
		ImageLoader loader = new ImageLoader();
		loader.data = new ImageData[] { image.getImageData() };
		loader.save(Path.of(folder, "new-statement.png").toString(), SWT.IMAGE_PNG);
		image.dispose();
	}
}
