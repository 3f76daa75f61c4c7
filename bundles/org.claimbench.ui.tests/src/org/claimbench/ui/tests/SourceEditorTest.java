package org.claimbench.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.claimbench.dsl.ide.highlighting.ClaimBenchHighlightingStyles;
import org.claimbench.dsl.validation.IssueCodes;
import org.claimbench.workspace.internal.model.FileText;
import org.claimbench.ui.sourceeditor.internal.FormatSourceHandler;
import org.claimbench.ui.sourceeditor.internal.OutlineItem;
import org.claimbench.ui.sourceeditor.internal.SourceColors;
import org.claimbench.ui.sourceeditor.internal.SourceEditor;
import org.claimbench.ui.internal.startup.SampleProject;
import org.claimbench.workspace.internal.validation.SavedFileValidationJob;
import org.claimbench.workspace.tests.FixtureProject;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextOperationTarget;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Color;
import org.eclipse.ui.IMarkerResolution;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The ClaimBench Source Editor as a modeler uses it on schemas and annotation documents. */
class SourceEditorTest {

	@AfterEach
	void closeEditors() {
		Workbench.page().closeAllEditors(false);
	}

	private static Color foregroundAt(StyledText text, int offset) {
		StyleRange range = text.getStyleRangeAtOffset(offset);
		return range == null ? null : range.foreground;
	}

	@Test
	void schemaShowsKeywordsStringsAndKindsInTheirColours() throws Exception {
		IFile schema = FixtureProject.create("source-colours", FixtureProject.document()).getProject()
				.getFile("deterrence.cbschema");
		SourceEditor editor = SourceEditors.open(schema);
		StyledText text = editor.viewer().getTextWidget();
		String source = text.getText();

		int keyword = source.indexOf("actor kind State");
		assertEquals(SourceColors.KEYWORD.getForeground(), foregroundAt(text, keyword), "'actor' is a keyword");
		assertEquals(SWT.BOLD, text.getStyleRangeAtOffset(keyword).fontStyle & SWT.BOLD);
		Color kind = SourceColors.semantic(ClaimBenchHighlightingStyles.KIND).getForeground();
		assertEquals(kind, foregroundAt(text, source.indexOf("State\n")), "a declared kind is coloured as a kind");
		assertEquals(kind, foregroundAt(text, source.indexOf("represents: State") + "represents: ".length()),
				"a kind where it is used is coloured as a kind");
		assertEquals(SourceColors.semantic(ClaimBenchHighlightingStyles.ATTRIBUTE).getForeground(),
				foregroundAt(text, source.indexOf("role:")));
		assertNotEquals(kind, foregroundAt(text, source.indexOf("{ role")), "punctuation keeps the plain colour");

		List<String> outline = editor.outline().stream().map(OutlineItem::label).toList();
		assertEquals(List.of("State", "Group", "Official", "Valence", "ThreatAssessment", "Reaffirmation"), outline);
	}

	@Test
	void contentAssistAtAKindPositionOffersTheSchemasClaimKinds() throws Exception {
		IFile claims = FixtureProject.create("source-assist", FixtureProject.document());
		SourceEditor editor = SourceEditors.open(claims);
		IDocument document = SourceEditors.document(editor);
		int kindPosition = document.get().indexOf("claim nk : ") + "claim nk : ".length();

		List<ICompletionProposal> proposals = editor.proposalsAt(kindPosition);
		List<String> offered = proposals.stream().map(ICompletionProposal::getDisplayString).toList();
		assertTrue(offered.stream().anyMatch(p -> p.startsWith("ThreatAssessment")), offered.toString());
		assertTrue(offered.stream().anyMatch(p -> p.startsWith("Reaffirmation")), offered.toString());
		assertFalse(offered.stream().anyMatch(p -> p.startsWith("Official")), "an actor kind is no claim kind: " + offered);
	}

	@Test
	void formatLaysOutTheSchemaCanonicallyAndUndoRestoresIt() throws Exception {
		IFile schema = SampleProject.create("source-format", null).getProject().getFile("deterrence.cbschema");
		String canonical = FileText.read(schema);
		String messy = canonical.replace("\tsubject: State required", "    subject :State required")
				.replace("\tdomains: ThreatDomain*", "domains:ThreatDomain *")
				.replace("\n\nenum ThreatDomain", "\nenum ThreatDomain");
		assertNotEquals(canonical, messy);
		schema.setContents(messy.getBytes(StandardCharsets.UTF_8), true, false, null);

		SourceEditor editor = SourceEditors.open(schema);
		Workbench.execute(FormatSourceHandler.COMMAND, Map.of());
		IDocument document = SourceEditors.document(editor);
		assertEquals(canonical, document.get());
		assertTrue(editor.isDirty());

		editor.getAdapter(ITextOperationTarget.class).doOperation(ITextOperationTarget.UNDO);
		assertEquals(messy, document.get(), "one undo reverts the whole format");
	}

	@Test
	void quickFixReanchorsAMovedQuoteAndTheMarkerGoes() throws Exception {
		String document = FixtureProject.document();
		String quote = "Minister Kamikawa reaffirmed their intent\" at ";
		int at = document.lastIndexOf(quote) + quote.length();
		int right = FixtureProject.at("Minister Kamikawa reaffirmed their intent");
		String moved = document.substring(0, at) + (right + 3) + document.substring(at + String.valueOf(right).length());
		IFile claims = FixtureProject.create("source-quickfix", moved);
		SourceEditor editor = SourceEditors.open(claims);

		List<IMarker> markers = SourceEditors.markersWithCode(claims, IssueCodes.QUOTE_MOVED);
		assertEquals(1, markers.size(), "the moved quote is marked");
		IMarkerResolution[] fixes = IDE.getMarkerHelpRegistry().getResolutions(markers.get(0));
		assertEquals(1, fixes.length);
		assertEquals("Re-anchor the quote at offset " + right, fixes[0].getLabel());

		fixes[0].run(markers.get(0));
		Job.getJobManager().join(SavedFileValidationJob.FAMILY, null);
		SourceEditors.settle(editor);
		assertEquals(document, FileText.read(claims), "the offset is rewritten and saved");
		assertEquals(List.of(), SourceEditors.markersWithCode(claims, IssueCodes.QUOTE_MOVED));
		assertFalse(editor.isDirty());
	}

	@Test
	void savingASchemaWithANewRequiredAttributeMarksTheDocumentThatLacksIt() throws Exception {
		IFile claims = SampleProject.create("source-modelers", null);
		IFile schema = claims.getProject().getFile("deterrence.cbschema");
		SourceEditor editor = SourceEditors.open(schema);
		assertEquals(List.of(), SourceEditors.markersWithCode(claims, IssueCodes.MISSING_REQUIRED_ATTRIBUTE));

		IDocument document = SourceEditors.document(editor);
		String optional = "beneficiary: actor \"";
		int at = document.get().indexOf(optional) + "beneficiary: actor ".length();
		document.replace(at, 0, "required ");
		editor.doSave(null);
		// The sample is a ClaimBench project: its builder re-validates the documents of the saved schema.
		assertTrue(ResourcesPlugin.getWorkspace().isAutoBuilding());
		Job.getJobManager().join(ResourcesPlugin.FAMILY_AUTO_BUILD, null);

		List<IMarker> missing = SourceEditors.markersWithCode(claims, IssueCodes.MISSING_REQUIRED_ATTRIBUTE);
		assertEquals(1, missing.size(), "only the Need claim without a beneficiary is marked");
		IMarker marker = missing.get(0);
		assertTrue(marker.getAttribute(IMarker.MESSAGE, "").contains("beneficiary"), marker.getAttribute(IMarker.MESSAGE, ""));
		assertEquals(179, marker.getAttribute(IMarker.LINE_NUMBER, -1), "on the claim manageThreats");
		assertNotNull(marker.getAttribute(IMarker.CHAR_START));
	}
}
