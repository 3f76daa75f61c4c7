package org.claimbench.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import org.claimbench.ui.internal.editor.AnnotationEditor;
import org.claimbench.ui.internal.series.ChainRow;
import org.claimbench.ui.internal.series.SeriesView;
import org.claimbench.ui.internal.views.ClaimsView;
import org.eclipse.core.resources.IFile;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Table;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPartReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The sample as the series it is: the 2024 need that reaffirms a need of the 2023 statement shows, in the
 * Series view, both statements in date order with their wording; a double click goes to the 2023 claim.
 */
class SeriesViewTest {

	@AfterEach
	void closeEditors() {
		Workbench.page().closeAllEditors(false);
		Workbench.page().hideView(Workbench.page().findView(SeriesView.ID));
	}

	@Test
	void theClaimChosenInTheClaimsViewShowsItsChainAcrossTheSamplesStatements() throws Exception {
		Workbench.page().closeAllEditors(false);
		IFile latest = GoldSample.create("series-view");
		AnnotationEditor editor = Workbench.open(latest);
		ClaimsView claims = (ClaimsView) Workbench.page().showView(ClaimsView.ID);
		SeriesView series = (SeriesView) Workbench.page().showView(SeriesView.ID);
		Workbench.flush();
		claims.viewer().setSelection(new StructuredSelection(GoldSample.claim(editor, "reinforcePosture")), true);
		Workbench.page().activate(claims);

		assertTrue(Workbench.flushUntil(() -> series.rows().size() >= 2, Duration.ofSeconds(30)), series.message());
		List<ChainRow> rows = series.rows();
		assertEquals(2, rows.size(), rows.toString());
		assertEquals(List.of("2023-01-13", "2024-07-28"), rows.stream().map(ChainRow::date).toList());
		assertEquals(List.of("us_japan_2023", "us_japan_edd_2024"), rows.stream().map(ChainRow::statement).toList(),
				"the gold version is read, the second coder's is set aside");
		assertEquals(List.of("strengthenCapacity", "reinforcePosture"), rows.stream().map(ChainRow::claim).toList());
		assertEquals(List.of(ChainRow.FIRST, "reaffirms"), rows.stream().map(ChainRow::link).toList());
		assertTrue(rows.get(1).chosen() && !rows.get(0).chosen(), "the claim chosen is the one marked");
		assertTrue(rows.get(1).wording().contains("[-") && rows.get(1).wording().contains("{+"),
				"the 2024 wording is shown as a diff against 2023's: " + rows.get(1).wording());
		Table table = series.viewer().getTable();
		assertEquals(2, table.getItemCount());
		assertTrue(table.getItem(0).getText(5).startsWith("this landscape demands"), table.getItem(0).getText(5));
		assertTrue(series.message().startsWith("reinforcePosture: 2 appearances"), series.message());
		String whole = series.wording().getText();
		assertTrue(whole.startsWith("2024-07-28  us_japan_edd_2024.reinforcePosture  reaffirms\n") && whole.contains("deterrence posture"),
				"the pane shows the chosen appearance's whole wording: " + whole);
		assertTrue(Arrays.stream(series.wording().getStyleRanges()).anyMatch(range -> range.strikeout),
				"words 2024 no longer says are struck through");
		Screenshot.maximize(editor.getSite().getShell());
		IWorkbenchPartReference view = Workbench.page().getReference(series);
		Workbench.page().setPartState(view, IWorkbenchPage.STATE_MAXIMIZED);
		Screenshot.saveIfAsked(editor.getSite().getShell(), "series-view");
		Workbench.page().setPartState(view, IWorkbenchPage.STATE_RESTORED);

		table.setSelection(0);
		table.notifyListeners(SWT.Selection, new Event());
		table.notifyListeners(SWT.DefaultSelection, new Event());
		Workbench.flush();
		AnnotationEditor earlier = (AnnotationEditor) Workbench.page().getActiveEditor();
		assertEquals("us-japan-2023.claims", earlier.session().file().getName(), "a double click opens that statement");
		assertTrue(Workbench.flushUntil(() -> claims.selectedClaim() != null
				&& "strengthenCapacity".equals(claims.selectedClaim().getName()), Duration.ofSeconds(5)),
				"the Claims view shows the 2023 claim: " + claims.selectedClaim());
	}
}
