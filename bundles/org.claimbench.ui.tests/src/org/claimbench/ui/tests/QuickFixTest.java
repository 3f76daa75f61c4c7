package org.claimbench.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.claimbench.dsl.validation.IssueCodes;
import org.claimbench.workspace.internal.model.FileText;
import org.claimbench.ui.sourceeditor.internal.SourceEditor;
import org.claimbench.workspace.internal.validation.SavedFileValidationJob;
import org.claimbench.workspace.tests.FixtureProject;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.source.ISourceViewerExtension3;
import org.eclipse.jface.text.source.TextInvocationContext;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.keys.IBindingService;
import org.eclipse.ui.texteditor.ITextEditorActionDefinitionIds;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Ctrl+1 on a marked line of the source editor offers the marker's fixes, as the Problems view does. */
class QuickFixTest {

	private String document;
	private int right;

	@AfterEach
	void closeEditors() {
		Workbench.page().closeAllEditors(false);
	}

	/** The fixture document with the second claim's quote said to be 3 characters later than it is. */
	private IFile documentWithMovedQuote(String project) throws Exception {
		document = FixtureProject.document();
		String quote = "Minister Kamikawa reaffirmed their intent\" at ";
		int at = document.lastIndexOf(quote) + quote.length();
		right = FixtureProject.at("Minister Kamikawa reaffirmed their intent");
		return FixtureProject.create(project,
				document.substring(0, at) + (right + 3) + document.substring(at + String.valueOf(right).length()));
	}

	private static List<ICompletionProposal> quickFixesAt(SourceEditor editor, int offset) {
		var assistant = ((ISourceViewerExtension3) editor.viewer()).getQuickAssistAssistant();
		assertNotNull(assistant, "the source editor has a quick assistant");
		ICompletionProposal[] proposals = assistant.getQuickAssistProcessor()
				.computeQuickAssistProposals(new TextInvocationContext(editor.viewer(), offset, -1));
		return proposals == null ? List.of() : Arrays.asList(proposals);
	}

	@Test
	void ctrl1OnTheMarkedLineOffersTheReanchorFixWhichRewritesTheOffset() throws Exception {
		IFile claims = documentWithMovedQuote("quickfix-ctrl1");
		SourceEditor editor = SourceEditors.open(claims);
		IDocument text = SourceEditors.document(editor);
		List<IMarker> markers = SourceEditors.markersWithCode(claims, IssueCodes.QUOTE_MOVED);
		assertEquals(1, markers.size(), "the moved quote is marked");
		int markedLine = markers.get(0).getAttribute(IMarker.LINE_NUMBER, -1) - 1;
		int caret = text.getLineOffset(markedLine);

		assertEquals(List.of(), quickFixesAt(editor, 0), "a line without problems has nothing to fix");
		List<ICompletionProposal> fixes = quickFixesAt(editor, caret);
		assertEquals(List.of("Re-anchor the quote at offset " + right),
				fixes.stream().map(ICompletionProposal::getDisplayString).toList(), "the caret may be anywhere on the line");

		assertEquals("Ctrl+1", PlatformUI.getWorkbench().getService(IBindingService.class)
				.getBestActiveBindingFormattedFor(ITextEditorActionDefinitionIds.QUICK_ASSIST));
		Screenshot.maximize(editor.getSite().getShell());
		editor.selectAndReveal(caret, 0);
		Workbench.page().activate(editor);
		Workbench.execute(ITextEditorActionDefinitionIds.QUICK_ASSIST, Map.of());
		List<String> popup = Popups.entries(editor.getSite().getShell());
		assertEquals(List.of("Re-anchor the quote at offset " + right), popup, "Ctrl+1 pops up the fix");
		Screenshot.saveIfAsked(editor.getSite().getShell(), "quick-fix");
		editor.viewer().getTextWidget().notifyListeners(SWT.KeyDown, escape());
		assertEquals(List.of(), Popups.entries(editor.getSite().getShell()), "Escape closes the popup");

		fixes.get(0).apply(text);
		Job.getJobManager().join(SavedFileValidationJob.FAMILY, null);
		SourceEditors.settle(editor);
		assertEquals(document, text.get(), "the offset is rewritten in the editor");
		assertEquals(document, FileText.read(claims), "and saved, since the editor had no unsaved edits");
		assertEquals(List.of(), SourceEditors.markersWithCode(claims, IssueCodes.QUOTE_MOVED), "the marker goes");
		assertFalse(editor.isDirty());
	}

	@Test
	void theEditorsContextMenuOffersQuickFix() throws Exception {
		SourceEditor editor = SourceEditors.open(documentWithMovedQuote("quickfix-menu"));
		Menu menu = editor.viewer().getTextWidget().getMenu();
		menu.notifyListeners(SWT.Show, new Event());
		Workbench.flush();
		List<String> items = Arrays.stream(menu.getItems()).map(MenuItem::getText).map(t -> t.replace("&", "")).toList();
		menu.notifyListeners(SWT.Hide, new Event());
		assertTrue(items.stream().anyMatch(t -> t.startsWith("Quick Fix")), items.toString());
	}

	private static Event escape() {
		Event event = new Event();
		event.keyCode = SWT.ESC;
		event.character = SWT.ESC;
		return event;
	}
}
