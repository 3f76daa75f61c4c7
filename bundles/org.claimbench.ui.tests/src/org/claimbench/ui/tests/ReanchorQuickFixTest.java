package org.claimbench.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.claimbench.dsl.validation.IssueCodes;
import org.claimbench.workspace.internal.model.FileText;
import org.claimbench.workspace.internal.validation.SavedFileValidationJob;
import org.claimbench.workspace.tests.FixtureProject;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IMarkerResolution;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.Test;

/** The re-anchor quick fix, where it is offered, works: also on a quote whose offset is missing. */
class ReanchorQuickFixTest {

	@Test
	void theFixOnAQuoteWithoutOffsetGivesItTheOffsetWhereTheQuoteIs() throws Exception {
		String document = FixtureProject.document();
		String quote = "\"Minister Kamikawa reaffirmed their intent\"";
		int right = FixtureProject.at("Minister Kamikawa reaffirmed their intent");
		String broken = document.replace(quote + " at " + right, quote);
		IFile file = FixtureProject.create("reanchor-no-offset", broken);
		new SavedFileValidationJob(file).schedule();
		Job.getJobManager().join(SavedFileValidationJob.FAMILY, null);
		List<IMarker> markers = SourceEditors.markersWithCode(file, IssueCodes.OFFSET_MISSING);
		assertEquals(1, markers.size(), "the quote without offset is marked with the place where it occurs");

		IMarkerResolution[] fixes = IDE.getMarkerHelpRegistry().getResolutions(markers.get(0));
		assertEquals(List.of("Re-anchor the quote at offset " + right),
				Arrays.stream(fixes).map(IMarkerResolution::getLabel).toList());
		List<String> dialogs = closeDialogsWhile(() -> fixes[0].run(markers.get(0)));
		assertEquals(List.of(), dialogs, "no error is reported");
		Job.getJobManager().join(SavedFileValidationJob.FAMILY, null);
		assertEquals(document, FileText.read(file), "the quote is anchored where it is");
		assertTrue(SourceEditors.markersWithCode(file, IssueCodes.OFFSET_MISSING).isEmpty());
	}

	@Test
	void aQuoteWithoutOffsetInSeveralPlacesOffersEachPlaceAndTheChosenOneIsWritten() throws Exception {
		String document = FixtureProject.document();
		int kamikawa = FixtureProject.at("Minister Kamikawa");
		String ambiguous = document.replace("mention \"Minister Kamikawa\" at " + kamikawa, "mention \"Minister\"");
		IFile file = FixtureProject.create("reanchor-ambiguous", ambiguous);
		new SavedFileValidationJob(file).schedule();
		Job.getJobManager().join(SavedFileValidationJob.FAMILY, null);
		List<IMarker> markers = SourceEditors.markersWithCode(file, IssueCodes.OFFSET_AMBIGUOUS);
		assertEquals(1, markers.size(), "the quote found in two places is one error");

		IMarkerResolution[] fixes = IDE.getMarkerHelpRegistry().getResolutions(markers.get(0));
		int ministers = FixtureProject.at("Ministers");
		assertEquals(List.of("Re-anchor the quote at offset " + ministers, "Re-anchor the quote at offset " + kamikawa),
				Arrays.stream(fixes).map(IMarkerResolution::getLabel).toList());
		List<String> dialogs = closeDialogsWhile(() -> fixes[1].run(markers.get(0)));
		assertEquals(List.of(), dialogs, "no error is reported");
		Job.getJobManager().join(SavedFileValidationJob.FAMILY, null);
		assertTrue(FileText.read(file).contains("mention \"Minister\" at " + kamikawa + " }"), FileText.read(file));
		assertTrue(SourceEditors.markersWithCode(file, IssueCodes.OFFSET_AMBIGUOUS).isEmpty());
	}

	/** Runs the step; any dialog it opens is noted by title and closed, as a user dismissing it would. */
	private static List<String> closeDialogsWhile(Runnable step) {
		Display display = Display.getCurrent();
		Shell window = Workbench.page().getWorkbenchWindow().getShell();
		List<String> titles = new ArrayList<>();
		Runnable closeOpen = () -> {
			for (Shell shell : display.getShells()) {
				if (shell != window && shell.isVisible()) {
					titles.add(shell.getText());
					shell.close();
				}
			}
		};
		// On a timer, as Dialogs.whenOpen looks: the event loop goes idle between looks.
		Runnable look = new Runnable() {
			@Override
			public void run() {
				closeOpen.run();
				display.timerExec(20, this);
			}
		};
		display.timerExec(0, look);
		try {
			step.run();
		} finally {
			display.timerExec(-1, look);
			closeOpen.run();
		}
		Workbench.flush();
		return titles;
	}
}
