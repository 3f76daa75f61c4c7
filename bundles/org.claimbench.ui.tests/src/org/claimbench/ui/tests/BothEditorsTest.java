package org.claimbench.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.function.BooleanSupplier;

import org.claimbench.model.claims.Claim;
import org.claimbench.ui.internal.editor.AnnotationEditor;
import org.claimbench.ui.sourceeditor.internal.SourceEditor;
import org.claimbench.ui.internal.startup.SampleProject;
import org.claimbench.workspace.internal.validation.SavedFileValidationJob;
import org.claimbench.workspace.internal.validation.ValidationJob;
import org.eclipse.core.commands.operations.IOperationHistory;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.text.IDocument;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.part.FileEditorInput;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The annotation editor and the source editor open on one document share its unsaved text: what is made or
 * typed in one shows up in the other without saving, both are dirty together and saving either writes it.
 */
class BothEditorsTest {

	private static final String PROJECT = "both-editors";

	private IFile claims;
	private AnnotationEditor annotations;
	private SourceEditor source;
	/** The source editor's document: the file's shared text buffer. */
	private IDocument text;
	private String saved;

	@BeforeEach
	void sampleCopy() throws Exception {
		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(PROJECT);
		if (project.exists()) {
			project.delete(true, true, null);
		}
		claims = SampleProject.create(PROJECT, null);
	}

	@AfterEach
	void closeEditors() {
		Workbench.page().closeAllEditors(false);
	}

	/** As Open With > ClaimBench Source Editor does: a second editor on the same file, matched by id too. */
	private static SourceEditor openSourceEditorBeside(IFile file) throws Exception {
		SourceEditor editor = (SourceEditor) Workbench.page().openEditor(new FileEditorInput(file), SourceEditor.CLAIMS_ID,
				true, IWorkbenchPage.MATCH_INPUT | IWorkbenchPage.MATCH_ID);
		SourceEditors.settle(editor);
		return editor;
	}

	private static boolean hasClaim(AnnotationEditor editor, String name) {
		return editor.session().document() != null
				&& editor.session().document().getClaims().stream().map(Claim::getName).anyMatch(name::equals);
	}

	private static final String TYPED_CLAIM = "\nclaim typedByHand : Need by Ministers {\n\tquote \"reiterated the need\" at 1277\n}\n";
	private static final String NEW_CLAIM_TEXT = ": Need by Ministers {\n\tquote \"reiterated the need\"";

	/** Runs the event loop until the condition holds; the editors share text after a pause, not at once. */
	private static void waitUntil(String what, BooleanSupplier condition) throws InterruptedException {
		if (!Workbench.flushUntil(condition, Duration.ofSeconds(20))) {
			fail("Timed out waiting until " + what);
		}
		Workbench.flush();
	}

	/** Opens the document in the annotation editor, then in the source editor beside it. */
	private void openBoth() throws Exception {
		annotations = Workbench.open(claims);
		source = openSourceEditorBeside(claims);
		text = SourceEditors.document(source);
		saved = onDisk();
	}

	private void newClaimShownInTheSourceEditor() throws Exception {
		newClaimOnReiteratedTheNeed(annotations);
		waitUntil("the source editor shows the new claim", () -> text.get().contains(NEW_CLAIM_TEXT));
	}

	private void claimTypedInTheSourceEditorTaken() throws Exception {
		text.replace(text.getLength(), 0, TYPED_CLAIM);
		waitUntil("the annotation editor shows the typed claim", () -> hasClaim(annotations, "typedByHand"));
	}

	private static void newClaimOnReiteratedTheNeed(AnnotationEditor annotations) throws Exception {
		selectReiteratedTheNeed(annotations);
		newNeedClaim();
	}

	private static void selectReiteratedTheNeed(AnnotationEditor annotations) {
		Workbench.page().activate(annotations);
		int offset = annotations.session().sourceText().indexOf("reiterated the need");
		Workbench.select(annotations, offset, "reiterated the need".length());
	}

	private static void newNeedClaim() throws Exception {
		Workbench.execute("org.claimbench.ui.newClaim", Map.of("org.claimbench.ui.newClaim.kind", "Need",
				"org.claimbench.ui.newClaim.holders", "Ministers"));
	}

	private String onDisk() throws Exception {
		try (var in = claims.getContents(true)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	@Test
	void newClaimInTheAnnotationEditorShowsInTheOpenSourceEditorWithoutSaving() throws Exception {
		openBoth();
		newClaimShownInTheSourceEditor();

		assertEquals(annotations.session().text(), text.get(), "both editors hold the same text");
		assertTrue(source.isDirty(), "the source editor holds text the file does not");
		assertTrue(annotations.isDirty());
		assertEquals(saved, onDisk(), "nothing was saved");

		Workbench.page().activate(source);
		int claim = text.get().indexOf(NEW_CLAIM_TEXT);
		source.selectAndReveal(claim, NEW_CLAIM_TEXT.length());
		Workbench.flush();
		Screenshot.saveIfAsked(source.getSite().getShell(), "both-editors");
	}

	@Test
	void newClaimReachesTheOpenSourceEditorAtOnceSoTypingThereCannotOverwriteIt() throws Exception {
		openBoth();
		newClaimOnReiteratedTheNeed(annotations);
		assertTrue(text.get().contains(NEW_CLAIM_TEXT), "no pause while another editor shows the text");
		text.replace(text.getLength(), 0, TYPED_CLAIM);
		waitUntil("the annotation editor shows the typed claim", () -> hasClaim(annotations, "typedByHand"));
		assertTrue(hasClaim(annotations, "need"), "the claim made before typing is still there");
	}

	@Test
	void annotationMadeWhileTypedTextWaitsIsRefusedAndTheTypedTextTaken() throws Exception {
		openBoth();
		selectReiteratedTheNeed(annotations);
		// Typed, then New Claim with no event dispatched in between: the pause after typing cannot have passed, however
		// slow the machine (selecting the words after typing let it pass on a loaded one).
		text.replace(text.getLength(), 0, TYPED_CLAIM);
		newNeedClaim();
		assertTrue(hasClaim(annotations, "typedByHand"), "the typed text was taken at once");
		assertFalse(hasClaim(annotations, "need"), "the claim prepared before the typed text was not made");
		newClaimOnReiteratedTheNeed(annotations);
		assertTrue(hasClaim(annotations, "need"));
		waitUntil("the source editor shows both",
				() -> text.get().contains("claim need " + NEW_CLAIM_TEXT) && text.get().contains("claim typedByHand"));
	}

	@Test
	void claimTypedInTheSourceEditorShowsInTheAnnotationEditorWithoutSaving() throws Exception {
		openBoth();
		claimTypedInTheSourceEditorTaken();

		assertTrue(annotations.isDirty(), "the annotation editor holds text the file does not");
		assertTrue(source.isDirty());
		assertEquals(text.get(), annotations.session().text());
		assertEquals(saved, onDisk(), "nothing was saved");
	}

	@Test
	void savingTheAnnotationEditorWritesTypedTextAndCleansBothEditors() throws Exception {
		openBoth();
		claimTypedInTheSourceEditorTaken();
		assertTrue(annotations.isDirty() && source.isDirty(), "both editors are dirty before the save");

		annotations.doSave(null);
		Workbench.flush();

		assertFalse(annotations.isDirty(), "the annotation editor is clean after its save");
		assertFalse(source.isDirty(), "the source editor is clean after the annotation editor's save");
		assertEquals(text.get(), onDisk(), "the file holds the shared text");
		assertTrue(onDisk().contains("claim typedByHand"));
	}

	@Test
	void savingTheSourceEditorWritesTheNewClaimAndCleansBothEditors() throws Exception {
		openBoth();
		newClaimShownInTheSourceEditor();
		assertTrue(annotations.isDirty() && source.isDirty(), "both editors are dirty before the save");

		Workbench.page().activate(source);
		source.doSave(null);
		Workbench.flush();

		assertFalse(source.isDirty(), "the source editor is clean after its save");
		assertFalse(annotations.isDirty(), "the annotation editor is clean after the source editor's save");
		assertTrue(onDisk().contains(NEW_CLAIM_TEXT), "the file holds the new claim");
		assertEquals(annotations.session().text(), onDisk());
	}

	@Test
	void undoInTheAnnotationEditorReachesTheSourceEditor() throws Exception {
		openBoth();
		newClaimShownInTheSourceEditor();

		IOperationHistory history = PlatformUI.getWorkbench().getOperationSupport().getOperationHistory();
		history.undo(annotations.undoContext(), null, null);
		waitUntil("the source editor drops the undone claim", () -> !text.get().contains(NEW_CLAIM_TEXT));

		assertEquals(saved, text.get(), "the source editor shows the file's text again");
		assertFalse(source.isDirty(), "undone back to the file, the source editor has nothing to save");
		assertFalse(annotations.isDirty());

		history.redo(annotations.undoContext(), null, null);
		waitUntil("the source editor shows the redone claim", () -> text.get().contains(NEW_CLAIM_TEXT));
		assertTrue(source.isDirty());
	}

	@Test
	void whileTheTypedTextIsBrokenTheAnnotationEditorShowsWhatParsedAndRefusesEdits() throws Exception {
		openBoth();
		int claimsBefore = annotations.session().document().getClaims().size();
		text.replace(text.getLength(), 0, "\nclaim broken : Need by {\n");
		waitUntil("the annotation editor takes the typed text", () -> text.get().equals(annotations.session().writtenText()));

		assertNotNull(annotations.session().document(), "what parsed is still shown");
		int shown = annotations.session().document().getClaims().size();
		assertTrue(shown >= claimsBefore, "the claims that parsed are still there");
		assertFalse(annotations.apply("Delete", document -> document.getClaims().clear()),
				"no annotation is changed on a document whose text is broken");
		assertEquals(shown, annotations.session().document().getClaims().size(), "the refused edit changed nothing");
		assertTrue(annotations.isDirty());
	}

	@Test
	void revertingTheSourceEditorDropsTheSharedTextInBothEditors() throws Exception {
		openBoth();
		newClaimShownInTheSourceEditor();

		source.doRevertToSaved();
		waitUntil("the annotation editor drops the new claim", () -> saved.equals(annotations.session().writtenText()));

		assertEquals(saved, text.get());
		assertFalse(annotations.isDirty(), "after the revert both editors hold the file's text");
		assertFalse(source.isDirty());
	}

	@Test
	void closingTheSourceEditorKeepsTheTypedTextInTheAnnotationEditorAndClosingBothKeepsTheFile() throws Exception {
		openBoth();
		claimTypedInTheSourceEditorTaken();

		Workbench.page().closeEditor(source, false);
		Workbench.flush();
		assertTrue(hasClaim(annotations, "typedByHand"), "the annotation editor keeps the typed claim");
		assertTrue(annotations.isDirty(), "and still has it to save");

		Workbench.page().closeEditor(annotations, false);
		Workbench.flush();
		assertEquals(saved, onDisk(), "closing both without saving leaves the file as it was");
	}

	@Test
	void closingTheSourceEditorKeepsTheMarkersOfTheTextTheAnnotationEditorStillShows() throws Exception {
		openBoth();
		text.replace(text.getLength(), 0, "\nclaim typedBadly : Need by Nobody {\n\tquote \"reiterated the need\" at 1277\n}\n");
		waitUntil("the annotation editor shows the typed claim", () -> hasClaim(annotations, "typedBadly"));
		Workbench.awaitValidation(annotations);
		assertTrue(hasProblemNaming("Nobody"), "the unsaved claim's problem is marked");

		Workbench.page().closeEditor(source, false);
		awaitMarkers();
		assertTrue(hasProblemNaming("Nobody"), "the annotation editor still shows the claim, so its marker stays");

		Workbench.page().closeEditor(annotations, false);
		awaitMarkers();
		assertFalse(hasProblemNaming("Nobody"), "with both editors closed the markers describe the file again");
	}

	private boolean hasProblemNaming(String word) throws CoreException {
		return Arrays.stream(claims.findMarkers(IMarker.PROBLEM, true, IResource.DEPTH_ZERO))
				.anyMatch(marker -> marker.getAttribute(IMarker.MESSAGE, "").contains(word));
	}

	private static void awaitMarkers() throws InterruptedException {
		Workbench.flush();
		Job.getJobManager().join(SavedFileValidationJob.FAMILY, null);
		Job.getJobManager().join(ValidationJob.FAMILY, null);
		Workbench.flush();
	}

	@Test
	void closingTheAnnotationEditorKeepsItsSharedEditInTheSourceEditor() throws Exception {
		openBoth();
		newClaimShownInTheSourceEditor();

		Workbench.page().closeEditor(annotations, false);
		Workbench.flush();
		assertTrue(text.get().contains(NEW_CLAIM_TEXT), "the source editor keeps the claim it was shown");
		assertTrue(source.isDirty());
		assertEquals(saved, onDisk());
	}

	@Test
	void claimWrittenAndSavedInTheSourceEditorAppearsInTheAnnotationEditor() throws Exception {
		openBoth();
		text.replace(text.getLength(), 0, TYPED_CLAIM);
		source.doSave(null);
		Workbench.flush();

		assertTrue(hasClaim(annotations, "typedByHand"), "the annotation editor shows the claim saved in the source editor");
		assertFalse(annotations.isDirty(), "taking the saved file leaves nothing unsaved");
		assertEquals(text.get(), annotations.session().text());
	}

	@Test
	void claimCreatedInTheAnnotationEditorAndSavedAtOnceIsInTheSourceEditorAndTheFile() throws Exception {
		openBoth();
		newClaimOnReiteratedTheNeed(annotations);
		annotations.doSave(null);
		Workbench.page().activate(source);
		Workbench.flush();

		assertTrue(text.get().contains(NEW_CLAIM_TEXT), "the source editor shows the saved claim");
		assertEquals(text.get(), onDisk(), "saving wrote the shared text");
		assertFalse(source.isDirty(), "both editors are clean after the save");
		assertFalse(annotations.isDirty());
	}

	@Test
	void unsavedAnnotationsAreKeptWhenTheFileChangesOnDisk() throws Exception {
		annotations = Workbench.open(claims);
		newClaimOnReiteratedTheNeed(annotations);
		String unsaved = annotations.session().text();
		String onDisk = new String(claims.getContents().readAllBytes(), StandardCharsets.UTF_8) + "\n";
		claims.setContents(new ByteArrayInputStream(onDisk.getBytes(StandardCharsets.UTF_8)), IResource.FORCE, null);
		Workbench.flush();

		assertEquals(unsaved, annotations.session().text(), "the specialist's unsaved work is not thrown away");
		assertTrue(annotations.isDirty());
	}
}
