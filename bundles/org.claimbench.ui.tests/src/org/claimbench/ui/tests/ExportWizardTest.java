package org.claimbench.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.claimbench.model.claims.Document;
import org.claimbench.ui.internal.startup.SampleProject;
import org.claimbench.ui.internal.wizards.ExportFormat;
import org.claimbench.ui.internal.wizards.ExportJob;
import org.claimbench.ui.internal.wizards.ExportWizard;
import org.claimbench.workspace.internal.model.AnnotationSession;
import org.claimbench.workspace.tests.FixtureProject;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.wizards.IWizardDescriptor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** File > Export > ClaimBench: exports what validates, refuses what does not, and says which it was. */
class ExportWizardTest {

	private static final String BROKEN_CLAIM = "claim bad : Reaffirmation by Nobody { quote \"Joint\" at 0 }\n";

	@AfterEach
	void closeReports() {
		Arrays.stream(Display.getCurrent().getShells()).filter(s -> ExportWizard.REPORT_TITLE.equals(s.getText()))
				.forEach(Shell::close);
	}

	private static IFile sampleDocument() throws Exception {
		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(SampleProject.NAME);
		return project.exists() ? project.getFile(SampleProject.NAME + ".claims") : SampleProject.create(null);
	}

	/** The report dialog's shell once the job's outcome has reached the UI thread. */
	private static Shell report() throws InterruptedException {
		Shell[] report = new Shell[1];
		Workbench.flushUntil(() -> (report[0] = Arrays.stream(Display.getCurrent().getShells())
				.filter(shell -> ExportWizard.REPORT_TITLE.equals(shell.getText()) && shell.isVisible()).findFirst()
				.orElse(null)) != null, Duration.ofSeconds(30));
		return report[0];
	}

	@Test
	void exportIsOfferedUnderClaimBenchInFileExport() {
		IWizardDescriptor wizard = PlatformUI.getWorkbench().getExportWizardRegistry().findWizard(ExportWizard.ID);
		assertNotNull(wizard);
		assertEquals("ClaimBench", wizard.getCategory().getLabel());
	}

	@Test
	void sampleSelectedInTheNavigatorIsExportedAsXmiThatEmfLoads(@TempDir Path folder) throws Exception {
		IFile sample = sampleDocument();
		ExportWizard wizard = new ExportWizard();
		// The sample project is a series (register, two statements, a second coder): the statement itself is selected.
		wizard.init(PlatformUI.getWorkbench(), new StructuredSelection(sample));
		WizardDialog dialog = new WizardDialog(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), wizard);
		dialog.setBlockOnOpen(false);
		dialog.open();
		assertEquals(List.of(sample), wizard.page().chosenDocuments(), "the selected document is ticked");
		assertTrue(wizard.page().formatChoice(ExportFormat.XMI).getSelection(), "XMI is the default format");
		assertFalse(wizard.canFinish(), "no output file yet");
		Path output = folder.resolve("sample.xmi");
		wizard.page().outputField().setText(output.toString());
		assertTrue(wizard.canFinish(), wizard.page().getErrorMessage());

		assertTrue(wizard.performFinish());
		dialog.close();
		wizard.job().join();
		assertEquals(IStatus.OK, wizard.job().getResult().getSeverity(), wizard.job().getResult().getMessage());

		Resource xmi = loadXmi(output);
		Document exported = (Document) xmi.getContents().get(0);
		Document original = AnnotationSession.open(sample).document();
		assertEquals(original.getName(), exported.getName());
		assertEquals(original.getClaims().size(), exported.getClaims().size());
		assertEquals(original.getSchema().getName(), exported.getSchema().getName(), "the schema travels with the export");
		assertTrue(exported.getSchema().eResource() == xmi, "the export is self-contained");

		Shell report = report();
		assertNotNull(report, "the user is told the export is done");
		assertTrue(texts(report).contains("Exported 1 document"), texts(report));
	}

	private static Resource loadXmi(Path file) throws Exception {
		ResourceSetImpl set = new ResourceSetImpl();
		set.getResourceFactoryRegistry().getExtensionToFactoryMap().put("xmi", new XMIResourceFactoryImpl());
		Resource resource = set.getResource(URI.createFileURI(file.toString()), true);
		assertTrue(resource.getErrors().isEmpty(), resource.getErrors().toString());
		return resource;
	}

	@Test
	void documentWithErrorsIsRefusedWithItsErrorsListedAndTheOldFileKept(@TempDir Path folder) throws Exception {
		IFile broken = FixtureProject.create("export-broken", FixtureProject.document() + BROKEN_CLAIM);
		IFile valid = FixtureProject.create("export-valid", FixtureProject.document());
		Path output = Files.writeString(folder.resolve("out.json"), "previous export");
		List<String> steps = new ArrayList<>();
		NullProgressMonitor monitor = new NullProgressMonitor() {
			@Override
			public void subTask(String name) {
				steps.add(name);
			}
		};

		IStatus result = new ExportJob(List.of(valid, broken), ExportFormat.JSON, output, false).export(monitor);

		assertEquals(IStatus.ERROR, result.getSeverity());
		assertTrue(result.getMessage().startsWith("Export refused"), result.getMessage());
		List<String> listed = Arrays.stream(result.getChildren()).map(IStatus::getMessage).toList();
		assertTrue(listed.stream().anyMatch(m -> m.startsWith("export-broken/edd.claims:6: ") && m.contains("Nobody")),
				listed.toString());
		assertFalse(listed.stream().anyMatch(m -> m.startsWith("export-valid")), listed.toString());
		assertEquals("previous export", Files.readString(output, StandardCharsets.UTF_8), "a refused export writes nothing");
		assertEquals(List.of("Validating /export-valid/edd.claims", "Validating /export-broken/edd.claims"),
				steps.subList(0, 2), "one progress step per document");
	}

	@Test
	void exportAnywayWritesTheDocumentsDespiteTheirErrors(@TempDir Path folder) throws Exception {
		IFile broken = FixtureProject.create("export-forced", FixtureProject.document() + BROKEN_CLAIM);
		Path output = folder.resolve("forced.jsonld");

		IStatus result = new ExportJob(List.of(broken), ExportFormat.WEB_ANNOTATION, output, true)
				.export(new NullProgressMonitor());

		assertEquals(IStatus.OK, result.getSeverity(), result.getMessage());
		assertTrue(result.getMessage().contains("despite 1 error"), result.getMessage());
		String json = Files.readString(output);
		assertTrue(json.contains("http://www.w3.org/ns/anno.jsonld"), json);
		assertTrue(json.contains("Minister Kamikawa reaffirmed their intent"), "the claims' quotes are exported");
	}

	@Test
	void refusalIsReportedToTheUserWithTheErrors(@TempDir Path folder) throws Exception {
		IFile broken = FixtureProject.create("export-report", FixtureProject.document() + BROKEN_CLAIM);
		ExportWizard wizard = new ExportWizard();
		wizard.init(PlatformUI.getWorkbench(), new StructuredSelection(broken));
		WizardDialog dialog = new WizardDialog(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), wizard);
		dialog.setBlockOnOpen(false);
		dialog.open();
		wizard.page().outputField().setText(folder.resolve("refused.xmi").toString());
		assertTrue(wizard.performFinish());
		dialog.close();
		wizard.job().join();

		assertEquals(IStatus.ERROR, wizard.job().getResult().getSeverity());
		Shell report = report();
		assertNotNull(report, "the refusal is shown, not only logged");
		assertTrue(texts(report).contains("Export refused"), texts(report));
		assertTrue(texts(report).contains("export-report/edd.claims:6: "), "the errors are listed: " + texts(report));
		assertFalse(Files.exists(folder.resolve("refused.xmi")));
	}

	/** What a dialog says: the texts of its labels. */
	private static String texts(Composite composite) {
		StringBuilder texts = new StringBuilder();
		for (Control child : composite.getChildren()) {
			if (child instanceof Label label) {
				texts.append(label.getText()).append('\n');
			} else if (child instanceof Composite inner) {
				texts.append(texts(inner));
			}
		}
		return texts.toString();
	}
}
