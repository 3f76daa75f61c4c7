package org.claimbench.ui.tests;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
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
		// What the last edit queued for the UI thread may be what schedules the job: joining a job not yet
		// scheduled returns at once, which a loaded machine showed (RestoreUnsavedTest found no journal entry).
		flush();
		editor.validation().join();
		flush();
	}

	/**
	 * Runs what was queued for the UI thread until now, then dispatches until nothing is pending. Once the queued
	 * work has run, events go on being dispatched for a second at most: something that posts work without end (a
	 * test's look for a dialog that never opened did once, and every later test waited ten times longer) then costs
	 * a second per flush instead of hanging the run, and the flush prints what the UI thread was doing.
	 */
	static void flush() {
		Display display = Display.getCurrent();
		AtomicBoolean queuedWorkRan = new AtomicBoolean();
		display.asyncExec(() -> queuedWorkRan.set(true));
		long start = System.nanoTime();
		long settled = 0;
		try (BusyDispatchReport report = BusyDispatchReport.start(display)) {
			while (display.readAndDispatch()) {
				long now = System.nanoTime();
				if (queuedWorkRan.get() && settled == 0) {
					settled = now;
				}
				boolean settleOver = settled != 0 && now - settled > TimeUnit.SECONDS.toNanos(1);
				if (settleOver || now - start > TimeUnit.SECONDS.toNanos(10)) {
					report.cutShort();
					return;
				}
			}
		}
	}

	/** Flushes until the condition holds, for at most the given time; says whether it holds. */
	static boolean flushUntil(BooleanSupplier condition, Duration atMost) throws InterruptedException {
		long deadline = System.nanoTime() + atMost.toNanos();
		while (!condition.getAsBoolean()) {
			if (System.nanoTime() > deadline) {
				return false;
			}
			flush();
			Thread.sleep(20);
		}
		return true;
	}
}
