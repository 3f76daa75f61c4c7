package org.claimbench.ui.crashdriver;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.claimbench.model.claims.Document;
import org.claimbench.ui.internal.editor.AnnotationEditor;
import org.claimbench.workspace.internal.model.FileText;
import org.claimbench.workspace.internal.model.ProjectModelLoader;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Path;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.eclipse.xtext.resource.XtextResource;

/**
 * After the restart: once the kept annotations were offered and answered ({@link DialogAnswers}), reports what the
 * annotation editor shows for the sample document (the fingerprint and listing of its claims, whether it is dirty),
 * what the file on disk holds, what a {@code .recovered} copy beside it holds, and what the restore dialogs said; then closes
 * the workbench without saving, unless the driver is to annotate on. The report is written whole or not at all.
 */
final class RestoreCheck {

	private static final int LOOK_MILLIS = 100;
	private static final long WAIT_NANOS = TimeUnit.SECONDS.toNanos(60);

	private final DriverSettings settings;
	private final long deadline = System.nanoTime() + WAIT_NANOS;
	private IFile file;

	RestoreCheck(DriverSettings settings) {
		this.settings = settings;
	}

	void start() {
		file = ResourcesPlugin.getWorkspace().getRoot().getFile(new Path(DriverSettings.DOCUMENT));
		look();
	}

	/**
	 * Waits, without blocking the UI thread, until no restore dialog is open. The start-up task that offers the kept
	 * annotations runs before the driver's (the driver's bundle is installed last, and its task comes last), and it
	 * returns only once its dialogs are answered; this wait covers a dialog still closing.
	 */
	private void look() {
		Display display = PlatformUI.getWorkbench().getDisplay();
		if (DialogAnswers.dialogOpen(display) && System.nanoTime() < deadline) {
			display.timerExec(LOOK_MILLIS, this::look);
			return;
		}
		try {
			report();
		} catch (Exception e) {
			ILog.of(getClass()).error("The crash test driver could not report what was restored", e);
		}
		if (settings.edits()) {
			// The restart that checks one kill is the run the next kill interrupts: fewer starts, a shorter test.
			DriverStart.start(() -> new Annotator(settings).start());
			return;
		}
		IWorkbenchPage page = PlatformUI.getWorkbench().getWorkbenchWindows()[0].getActivePage();
		page.closeAllEditors(false);
		PlatformUI.getWorkbench().close();
	}

	private void report() throws Exception {
		IWorkbenchPage page = PlatformUI.getWorkbench().getWorkbenchWindows()[0].getActivePage();
		AnnotationEditor editor = (AnnotationEditor) IDE.openEditor(page, file, AnnotationEditor.ID);
		List<String> listing = ModelListing.lines(editor.session().document());
		List<String> lines = new ArrayList<>();
		lines.add("fingerprint\t" + ModelListing.fingerprint(listing));
		lines.add("dirty\t" + editor.isDirty());
		lines.add("disk\t" + ModelListing.sha256(Files.readAllBytes(file.getLocation().toPath())));
		XtextResource onDisk = new ProjectModelLoader().load(file, FileText.read(file));
		lines.add("disk-syntax-errors\t" + (onDisk.getParseResult() == null || onDisk.getParseResult().hasSyntaxErrors()));
		lines.add("disk-fingerprint\t" + ModelListing.fingerprint(ModelListing.lines(document(onDisk))));
		IFile recovered = file.getParent().getFile(new Path(file.getName() + ".recovered"));
		if (recovered.exists()) {
			XtextResource copy = new ProjectModelLoader().load(file, FileText.read(recovered));
			lines.add("recovered\t" + ModelListing.fingerprint(ModelListing.lines(document(copy))));
		}
		for (String dialog : DialogAnswers.seen()) {
			lines.add("dialog\t" + dialog);
		}
		listing.forEach(line -> lines.add("claim\t" + line));
		lines.add("end");
		java.nio.file.Path partial = settings.report().resolveSibling(settings.report().getFileName() + ".partial");
		Files.write(partial, lines, StandardCharsets.UTF_8);
		Files.move(partial, settings.report(), StandardCopyOption.ATOMIC_MOVE);
	}

	private static Document document(XtextResource resource) {
		return resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof Document document) ? null
				: document;
	}
}
