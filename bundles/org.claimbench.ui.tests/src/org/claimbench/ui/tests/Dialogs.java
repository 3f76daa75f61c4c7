package org.claimbench.ui.tests;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;

/** Works a modal dialog as a user would, once the command under test has opened it. */
final class Dialogs {

	private static final int LOOK_AGAIN_MILLIS = 20;

	private Dialogs() {
	}

	/**
	 * Runs the step on the dialog of that title as soon as it is open; the dialog is closed afterwards if the step
	 * left it open, so a failed step never blocks the test run. The dialog is looked for on a timer, so that the
	 * event loop goes idle between looks, and for half a minute at most: a dialog that never opens leaves nothing
	 * behind that keeps later tests' event loops busy.
	 */
	static void whenOpen(String title, Consumer<Shell> step) {
		Display display = Display.getCurrent();
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
		display.timerExec(0, new Runnable() {
			@Override
			public void run() {
				if (display.isDisposed()) {
					return;
				}
				Shell dialog = Arrays.stream(display.getShells()).filter(s -> title.equals(s.getText()) && s.isVisible())
						.findFirst().orElse(null);
				if (dialog == null) {
					if (System.nanoTime() < deadline) {
						display.timerExec(LOOK_AGAIN_MILLIS, this);
					}
					return;
				}
				try {
					step.accept(dialog);
				} finally {
					if (!dialog.isDisposed()) {
						dialog.close();
					}
				}
			}
		});
	}

	static <T extends Control> List<T> all(Composite parent, Class<T> type) {
		List<T> found = new ArrayList<>();
		for (Control child : parent.getChildren()) {
			if (type.isInstance(child)) {
				found.add(type.cast(child));
			}
			if (child instanceof Composite composite) {
				found.addAll(all(composite, type));
			}
		}
		return found;
	}
}
