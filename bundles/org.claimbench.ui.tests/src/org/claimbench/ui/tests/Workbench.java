package org.claimbench.ui.tests;

import java.util.Map;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import org.claimbench.ui.internal.editor.AnnotationEditor;
import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.core.resources.IFile;
import org.eclipse.swt.widgets.Display;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.ide.IDE;

/** What the tests do as a user would: open files, select words, invoke commands. */
final class Workbench {

	private Workbench() {
	}

	static IWorkbenchPage page() {
		return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
	}

	/** Opens the file with the editor the workbench picks for it, as a double click would. */
	static AnnotationEditor open(IFile file) throws Exception {
		AnnotationEditor editor = (AnnotationEditor) IDE.openEditor(page(), file);
		flush();
		return editor;
	}

	static void select(AnnotationEditor editor, int offset, int length) {
		page().activate(editor);
		// Views linked to the editor may still have a reveal queued (a view shown or refreshed just before): let it
		// run first, or it lands after the words chosen here and a command acts on other words.
		flush();
		for (int attempt = 0; attempt < 3; attempt++) {
			editor.sourceWidget().setSelection(offset, offset + length);
			flush();
			ITextSelection selected = editor.sourceSelection();
			if (selected.getOffset() == offset && selected.getLength() == length) {
				return;
			}
		}
		throw new AssertionError("the words at " + offset + "+" + length + " could not be selected; the editor keeps "
				+ editor.sourceSelection().getOffset() + "+" + editor.sourceSelection().getLength());
	}

	/** Runs the command as a menu item would and returns what its handler returned. */
	static Object execute(String commandId, Map<String, String> parameters) throws Exception {
		ICommandService commands = PlatformUI.getWorkbench().getService(ICommandService.class);
		ParameterizedCommand command = ParameterizedCommand.generateCommand(commands.getCommand(commandId), parameters);
		Object result = PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand(command, null);
		flush();
		return result;
	}

	/** Lets the markers of the editor's latest text be written. */
	static void awaitValidation(AnnotationEditor editor) throws InterruptedException {
		editor.validation().join();
		flush();
	}

	/**
	 * Dispatches the pending events. GTK was once seen posting events without end while an editor opened (a relayout
	 * that did not settle, with the CPU busy): after ten seconds of events the test goes on, and its assertions say
	 * whether the workbench got where it should, instead of the run hanging.
	 */
	static void flush() {
		Display display = Display.getCurrent();
		long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
		ScheduledFuture<?> sampling = BusyDispatchReport.sampleAfter(3000);
		try {
			boolean more = true;
			while (more && System.nanoTime() < end) {
				more = display.readAndDispatch();
			}
		} finally {
			sampling.cancel(false);
		}
	}
}
