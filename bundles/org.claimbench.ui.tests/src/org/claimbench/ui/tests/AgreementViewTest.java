package org.claimbench.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.claimbench.core.ModelLoader;
import org.claimbench.core.agreement.AgreementReport;
import org.claimbench.core.agreement.Measure;
import org.claimbench.ui.internal.agreement.AgreementRun;
import org.claimbench.ui.internal.agreement.AgreementScope;
import org.claimbench.ui.internal.agreement.AgreementView;
import org.claimbench.ui.internal.curation.CurationEditor;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.widgets.Table;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.part.ISetSelectionTarget;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Measure Agreement... on the sample: the Agreement view shows the measures {@code claimbench agree} computes for
 * the same files (core's report, computed here on its own), copies them as text and CSV, and leads from a measure
 * of the disputed statement to its curation.
 */
class AgreementViewTest {

	private static final String COMMAND = "org.claimbench.ui.measureAgreement";
	private static final String CODER_B = "us-japan-edd-2024.coder-b.claims";

	private IProject project;

	@AfterEach
	void deleteProject() throws Exception {
		Workbench.page().closeAllEditors(false);
		IViewPart view = Workbench.page().findView(AgreementView.ID);
		if (view != null) {
			Workbench.page().hideView(view);
		}
		if (project != null) {
			project.delete(true, null);
		}
	}

	/** Measures as a user does: the resource selected in the Project Explorer, then the command; waits for the table. */
	private AgreementView measure(String projectName, String selected) throws Exception {
		project = GoldSample.create(projectName).getProject();
		IResource resource = selected == null ? project : project.getFile(selected);
		IViewPart explorer = Workbench.page().showView(IPageLayout.ID_PROJECT_EXPLORER);
		Workbench.page().activate(explorer);
		((ISetSelectionTarget) explorer).selectReveal(new StructuredSelection(resource));
		Workbench.flush();
		Object view = Workbench.execute(COMMAND, Map.of());
		assertTrue(view instanceof AgreementView, "the command shows the Agreement view: " + view);
		AgreementView agreement = (AgreementView) view;
		assertTrue(Workbench.flushUntil(() -> !agreement.measures().isEmpty(), Duration.ofSeconds(90)), agreement.message());
		return agreement;
	}

	/** Core's report over the same files, loaded on their own: what {@code claimbench agree} prints. */
	private AgreementReport expected(String... files) {
		List<java.nio.file.Path> paths = new ArrayList<>();
		for (String file : files) {
			paths.add(project.getLocation().toPath().resolve(file));
		}
		if (files.length == 0) {
			paths.add(project.getLocation().toPath());
		}
		return AgreementReport.of(new ModelLoader().load(paths).documents());
	}

	private static List<String> shown(Table table) {
		List<String> rows = new ArrayList<>();
		for (int i = 0; i < table.getItemCount(); i++) {
			List<String> cells = new ArrayList<>();
			for (int column = 0; column < table.getColumnCount(); column++) {
				cells.add(table.getItem(i).getText(column));
			}
			rows.add(String.join(" | ", cells));
		}
		return rows;
	}

	private static List<String> rows(List<Measure> measures) {
		return measures.stream().map(m -> String.join(" | ", m.statement(), m.coders(), m.name(),
				Double.isNaN(m.value()) ? "n/a" : String.format(Locale.ROOT, "%.3f", m.value()), String.valueOf(m.units()))).toList();
	}

	@Test
	void aCodersDocumentGivesTheMeasuresOfItsStatementAndLeadsToItsCuration() throws Exception {
		AgreementView view = measure("agreement-statement", CODER_B);
		AgreementReport expected = expected("us-japan-edd-2024.claims", CODER_B);
		assertEquals(rows(expected.measures()), shown(view.viewer().getTable()), "the table shows agree's measures, in its order");
		assertTrue(view.measures().stream().anyMatch(m -> m.name().equals("αu claims")),
				"unitizing alpha is among them: " + rows(view.measures()));
		assertTrue(view.message().contains("us-japan-edd-2024.txt: Coder B, us-japan-edd-2024"), view.message());
		long disputed = expected.rows().stream().filter(r -> r.status() != org.claimbench.core.agreement.UnitRow.Status.AGREED).count();
		assertTrue(disputed > 0 && view.message().contains(" disputed, "), view.message());

		String text = view.copyText();
		assertTrue(text.startsWith("Statement") && text.lines().count() == expected.measures().size() + 1, text);
		Measure first = expected.measures().get(0);
		assertTrue(text.lines().skip(1).findFirst().orElseThrow().contains(first.name()), text);
		List<String> csv = view.copyCsv().lines().toList();
		assertEquals("statement,coders,measure,value,units", csv.get(0));
		assertEquals(expected.measures().size() + 1, csv.size(), csv.toString());
		assertTrue(csv.get(1).startsWith(first.statement() + "," + first.coders() + ","), csv.get(1));

		// The trend is the attribute the coders differ on: its measure is the one that leads to curation.
		Measure trend = view.measures().stream().filter(m -> m.name().equals("attribute trend")).findFirst().orElseThrow();
		assertTrue(trend.value() < 1, "the coders differ on Russia's trend: " + trend);
		view.viewer().setSelection(new StructuredSelection(trend), true);
		Screenshot.maximize(view.getSite().getShell());
		IWorkbenchPartReference reference = Workbench.page().getReference(view);
		Workbench.page().setPartState(reference, IWorkbenchPage.STATE_MAXIMIZED);
		Workbench.flush();
		Screenshot.saveIfAsked(view.getSite().getShell(), "agreement-view");
		Workbench.page().setPartState(reference, IWorkbenchPage.STATE_RESTORED);
		Workbench.flush();

		Object editor = view.curateSelected();
		assertTrue(editor instanceof CurationEditor, "a measure of the disputed statement opens its curation: " + editor);
		assertEquals(List.of("us-japan-edd-2024", "Coder B"), ((CurationEditor) editor).curation().coders());
	}

	@Test
	void aProjectGivesEveryStatementAsAgreeDoesOverItsFolder() throws Exception {
		AgreementView view = measure("agreement-project", null);
		AgreementReport expected = expected();
		assertEquals(rows(expected.measures()), shown(view.viewer().getTable()));
		assertTrue(view.message().contains("us-japan-joint-statement-2023.txt: us-japan-2023 (one coder: not measured)"), view.message());
	}

	@Test
	void aStatementsTextStandsForItsCodersAndACancelledMeasuringStopsWithoutAReport() throws Exception {
		project = GoldSample.create("agreement-cancel").getProject();
		AgreementScope text = AgreementScope.of(project.getFile("us-japan-edd-2024.txt"));
		assertEquals(List.of(project.getFile("us-japan-edd-2024.claims"), project.getFile(CODER_B)), text.versions(),
				"the statement's text stands for the coders' documents over it");
		NullProgressMonitor cancelled = new NullProgressMonitor();
		cancelled.setCanceled(true);
		assertThrows(OperationCanceledException.class, () -> AgreementRun.of(AgreementScope.ofAll(project), cancelled));
		AgreementRun.Result single = AgreementRun.of(AgreementScope.of(project.getFile("us-japan-2023.claims")), new NullProgressMonitor());
		assertNull(single.report(), "one coder's statement has nothing to measure");
		assertTrue(single.problem().startsWith("Only one coder's document, us-japan-2023.claims, codes us-japan-joint-statement-2023 in /"),
				single.problem());
		IFile uncoded = project.getFile("uncoded.txt");
		uncoded.create(new ByteArrayInputStream("A text no one has coded yet.".getBytes(StandardCharsets.UTF_8)), true, null);
		AgreementRun.Result none = AgreementRun.of(AgreementScope.of(uncoded), new NullProgressMonitor());
		assertNull(none.report(), "a text without documents measures nothing, not the folder around it");
		assertTrue(none.problem().startsWith("No coder's document codes uncoded in /"), none.problem());
		AgreementRun.Result all = AgreementRun.of(AgreementScope.ofAll(project), new NullProgressMonitor());
		assertEquals(rows(expected().measures()), rows(all.report().measures()), "the project measured outside the view as well");
	}
}
