package org.claimbench.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.claimbench.model.claims.Claim;
import org.claimbench.ui.internal.editor.AnnotationEditor;
import org.claimbench.ui.internal.source.SourceEditor;
import org.claimbench.ui.internal.startup.SampleProject;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.jface.text.IDocument;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.part.FileEditorInput;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The annotation editor and the source editor open on one document show the same annotations once either saves. */
class BothEditorsTest {

	private static final String PROJECT = "both-editors";

	private IFile claims;

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
		return editor.session().document().getClaims().stream().map(Claim::getName).anyMatch(name::equals);
	}

	@Test
	void claimWrittenAndSavedInTheSourceEditorAppearsInTheAnnotationEditor() throws Exception {
		AnnotationEditor annotations = Workbench.open(claims);
		SourceEditor source = openSourceEditorBeside(claims);
		IDocument text = SourceEditors.document(source);
		text.replace(text.getLength(), 0, "\nclaim typedByHand : Need by Ministers {\n\tquote \"reiterated the need\" at 1277\n}\n");
		source.doSave(null);
		Workbench.flush();

		assertTrue(hasClaim(annotations, "typedByHand"), "the annotation editor shows the claim saved in the source editor");
		assertFalse(annotations.isDirty(), "taking the saved file leaves nothing unsaved");
		assertEquals(text.get(), annotations.session().text());
	}

	@Test
	void claimCreatedInTheAnnotationEditorAppearsInTheSourceEditorAfterSave() throws Exception {
		AnnotationEditor annotations = Workbench.open(claims);
		SourceEditor source = openSourceEditorBeside(claims);
		Workbench.page().activate(annotations);
		int offset = annotations.session().sourceText().indexOf("reiterated the need");
		Workbench.select(annotations, offset, "reiterated the need".length());
		Workbench.execute("org.claimbench.ui.newClaim", Map.of("org.claimbench.ui.newClaim.kind", "Need",
				"org.claimbench.ui.newClaim.holders", "Ministers"));
		annotations.doSave(null);
		Workbench.page().activate(source);
		Workbench.flush();

		assertTrue(SourceEditors.document(source).get().contains(": Need by Ministers {\n\tquote \"reiterated the need\""),
				"the source editor shows the saved claim");
	}

	@Test
	void unsavedAnnotationsAreKeptWhenTheFileChangesOnDisk() throws Exception {
		AnnotationEditor annotations = Workbench.open(claims);
		int offset = annotations.session().sourceText().indexOf("reiterated the need");
		Workbench.select(annotations, offset, "reiterated the need".length());
		Workbench.execute("org.claimbench.ui.newClaim", Map.of("org.claimbench.ui.newClaim.kind", "Need",
				"org.claimbench.ui.newClaim.holders", "Ministers"));
		String unsaved = annotations.session().text();
		String onDisk = new String(claims.getContents().readAllBytes(), StandardCharsets.UTF_8) + "\n";
		claims.setContents(new ByteArrayInputStream(onDisk.getBytes(StandardCharsets.UTF_8)), IResource.FORCE, null);
		Workbench.flush();

		assertEquals(unsaved, annotations.session().text(), "the specialist's unsaved work is not thrown away");
		assertTrue(annotations.isDirty());
	}
}
