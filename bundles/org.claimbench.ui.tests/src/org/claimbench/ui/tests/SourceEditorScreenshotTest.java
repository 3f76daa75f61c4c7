package org.claimbench.ui.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.claimbench.ui.sourceeditor.internal.SourceEditor;
import org.claimbench.ui.internal.startup.SampleProject;
import org.eclipse.core.resources.IFile;
import org.eclipse.jface.text.ITextOperationTarget;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Ctrl+Space in the schema editor pops up the names a type position can take; the test also saves a picture of
 * the workbench at that moment (target/dsl-editor.png of the test bundle) for the user guide.
 */
class SourceEditorScreenshotTest {

	@AfterEach
	void closeEditors() {
		Workbench.page().closeAllEditors(false);
	}

	@Test
	void ctrlSpaceAtATypePositionPopsUpTheKindsAndEnums() throws Exception {
		IFile schema = SampleProject.create("source-screenshot", null).getProject().getFile("deterrence.cbschema");
		Shell window = Workbench.page().getWorkbenchWindow().getShell();
		window.setBounds(0, 0, 1280, 800);
		SourceEditor editor = SourceEditors.open(schema);
		String text = SourceEditors.document(editor).get();
		int typePosition = text.indexOf("subject: ") + "subject: ".length();
		editor.selectAndReveal(typePosition, 0);
		Workbench.flush();

		editor.getAdapter(ITextOperationTarget.class).doOperation(ISourceViewer.CONTENTASSIST_PROPOSALS);
		// The Generic Editor computes proposals off the UI thread: the popup says "Computing proposals" until they arrive.
		assertTrue(Workbench.flushUntil(() -> {
			List<String> entries = Popups.entries(window);
			return !entries.isEmpty() && entries.stream().noneMatch(entry -> entry.startsWith("Computing proposals"));
		}, Duration.ofSeconds(30)), "Ctrl+Space shows the proposal popup: " + Popups.entries(window));
		List<String> offered = Popups.entries(window);
		assertTrue(offered.stream().anyMatch(p -> p.startsWith("State")), offered.toString());
		assertTrue(offered.stream().anyMatch(p -> p.startsWith("Scope")), offered.toString());

		save(window, Path.of("target", "dsl-editor.png"));
	}

	private static void save(Shell window, Path file) {
		Display display = window.getDisplay();
		Rectangle bounds = window.getBounds();
		Image image = new Image(display, bounds.width, bounds.height);
		GC gc = new GC(display);
		try {
			gc.copyArea(image, bounds.x, bounds.y);
			ImageLoader loader = new ImageLoader();
			loader.data = new ImageData[] { image.getImageData() };
			loader.save(file.toString(), SWT.IMAGE_PNG);
		} finally {
			gc.dispose();
			image.dispose();
		}
	}
}
