package org.claimbench.ui.benchmarks;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.events.PaintListener;
import org.eclipse.swt.widgets.Display;

/** Driving the UI thread's event loop from a benchmark, which runs on that thread. */
final class EventLoop {

	private EventLoop() {
	}

	/** Runs the event loop until the text has been painted once (at most 60 s). */
	static void awaitPaint(StyledText text, String what) {
		boolean[] painted = { false };
		PaintListener listener = e -> painted[0] = true;
		text.addPaintListener(listener);
		Display display = text.getDisplay();
		long deadline = System.nanoTime() + 60_000_000_000L;
		while (!painted[0] && System.nanoTime() < deadline) {
			if (!display.readAndDispatch()) {
				display.timerExec(50, () -> {
				});
				display.sleep();
			}
		}
		text.removePaintListener(listener);
		assertTrue(painted[0], what + " is painted");
	}

	/** Runs what the editors and the workbench queued for the UI thread. */
	static void flush() {
		Display display = Display.getCurrent();
		while (display.readAndDispatch()) {
			// nothing more to do per event
		}
	}
}
