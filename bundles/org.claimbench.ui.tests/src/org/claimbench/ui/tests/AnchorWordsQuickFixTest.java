package org.claimbench.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;

import org.claimbench.dsl.validation.IssueCodes;
import org.claimbench.ui.sourceeditor.internal.AnchorWordsResolutionGenerator;
import org.claimbench.ui.sourceeditor.internal.SourceEditor;
import org.claimbench.workspace.internal.model.FileText;
import org.claimbench.workspace.internal.validation.SavedFileValidationJob;
import org.claimbench.workspace.tests.FixtureProject;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.ui.IMarkerResolution;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The workbench's fixes for anchors that no longer stand exactly on their words: quote the text's exact words
 * when only the typography differs, and confirm an anchor by recording the context the text now has.
 */
class AnchorWordsQuickFixTest {

	@AfterEach
	void closeEditors() {
		Workbench.page().closeAllEditors(false);
	}

	private static IMarkerResolution onlyFix(IFile file, String code) throws Exception {
		List<IMarker> markers = SourceEditors.markersWithCode(file, code);
		assertEquals(1, markers.size(), code + " is marked once");
		IMarkerResolution[] fixes = new AnchorWordsResolutionGenerator().getResolutions(markers.get(0));
		assertEquals(1, fixes.length, Arrays.toString(fixes));
		fixes[0].run(markers.get(0));
		return fixes[0];
	}

	@Test
	void aCurlyApostropheAgainstTheTextsStraightOneIsRewrittenToTheExactWords() throws Exception {
		String good = FixtureProject.document();
		IFile file = FixtureProject.create("near-miss", good.replace("quote \"North Korea's", "quote \"North Korea\u2019s"));
		SourceEditor editor = SourceEditors.open(file);
		IMarkerResolution fix = onlyFix(file, IssueCodes.QUOTE_NEAR_MISS);
		assertEquals("Quote the text's exact words", fix.getLabel());
		Job.getJobManager().join(SavedFileValidationJob.FAMILY, null);
		SourceEditors.settle(editor);
		assertEquals(good, FileText.read(file), "the quote reads as the source text does, and is saved");
		assertEquals(List.of(), SourceEditors.markersWithCode(file, IssueCodes.QUOTE_NEAR_MISS));
	}

	@Test
	void aSuffixThatNoLongerMatchesIsConfirmedByRecordingTheTextsContext() throws Exception {
		String good = FixtureProject.document();
		String quote = "destabilizing behavior\" at " + FixtureProject.at("North Korea's continued destabilizing behavior");
		IFile file = FixtureProject.create("confirm-context", good.replace(quote, quote + " suffix \" then\""));
		SourceEditor editor = SourceEditors.open(file);
		IMarkerResolution fix = onlyFix(file, IssueCodes.CONTEXT_MISMATCH);
		assertEquals("Confirm the anchor here (record the context the text now has)", fix.getLabel());
		Job.getJobManager().join(SavedFileValidationJob.FAMILY, null);
		SourceEditors.settle(editor);
		String saved = FileText.read(file);
		assertEquals(List.of(), SourceEditors.markersWithCode(file, IssueCodes.CONTEXT_MISMATCH), saved);
		assertEquals(good.replace(quote, quote + " suffix \". Min\""), saved,
				"the suffix now holds what follows the quote in the text, as many characters as it held");
	}
}
