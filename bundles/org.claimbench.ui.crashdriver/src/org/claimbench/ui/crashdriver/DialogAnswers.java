package org.claimbench.ui.crashdriver;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.osgi.framework.BundleActivator;
import org.osgi.framework.BundleContext;

/**
 * In {@code check} mode, answers the start-up's "Restore Unsaved Annotations" dialogs as a user who wants the work
 * back: Restore, then OK, and remembers what each said for the report. The question comes from a start-up task that
 * runs before the driver's own ({@link DriverStart}), and blocks until answered; so this watcher starts with the
 * bundle, before the workbench, and looks for the dialog on the UI thread's timer, which the dialog's own event loop
 * keeps running.
 */
public final class DialogAnswers implements BundleActivator {

	static final String TITLE = "Restore Unsaved Annotations";
	private static final int LOOK_MILLIS = 50;
	private static final List<String> SEEN = new ArrayList<>();

	@Override
	public void start(BundleContext context) {
		if (!DriverSettings.fromSystem().checks()) {
			return;
		}
		Thread waiter = new Thread(DialogAnswers::awaitDisplay, "crash test: restore dialog watcher");
		waiter.setDaemon(true);
		waiter.start();
	}

	@Override
	public void stop(BundleContext context) {
	}

	/** What the dialogs said, one entry per dialog: its text, then the button pressed. */
	static synchronized List<String> seen() {
		return List.copyOf(SEEN);
	}

	/** Whether a restore dialog is open now; call on the UI thread. */
	static boolean dialogOpen(Display display) {
		return Arrays.stream(display.getShells()).anyMatch(s -> !s.isDisposed() && TITLE.equals(s.getText()));
	}

	/** The application runs on the thread called main; its display appears once the workbench is being created. */
	private static void awaitDisplay() {
		Thread main = Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().equals("main")).findFirst()
				.orElse(null);
		for (int i = 0; i < 6000 && main != null; i++) {
			Display display = Display.findDisplay(main);
			if (display != null && !display.isDisposed()) {
				try {
					display.asyncExec(() -> look(display));
					return;
				} catch (RuntimeException e) {
					// Found while its constructor still runs (seen: its lock not made yet); look again.
				}
			}
			try {
				Thread.sleep(LOOK_MILLIS);
			} catch (InterruptedException e) {
				return;
			}
		}
	}

	private static void look(Display display) {
		if (display.isDisposed()) {
			return;
		}
		for (Shell shell : display.getShells()) {
			if (!shell.isDisposed() && shell.isVisible() && TITLE.equals(shell.getText())) {
				answer(shell);
			}
		}
		display.timerExec(LOOK_MILLIS, () -> look(display));
	}

	private static void answer(Shell dialog) {
		String text = all(dialog, Label.class).stream().map(Label::getText).filter(t -> !t.isBlank())
				.collect(Collectors.joining(" / "));
		List<Button> buttons = all(dialog, Button.class);
		Button choice = buttons.stream().filter(b -> b.getText().replace("&", "").equals("Restore")).findFirst()
				.orElse(buttons.stream().filter(b -> b.getText().replace("&", "").equals("OK")).findFirst().orElse(null));
		synchronized (DialogAnswers.class) {
			SEEN.add(text.replace('\n', ' ') + "\t" + (choice == null ? "closed" : choice.getText().replace("&", "")));
		}
		if (choice != null) {
			choice.notifyListeners(SWT.Selection, new Event());
		}
		if (!dialog.isDisposed()) {
			dialog.close();
		}
	}

	private static <T extends Control> List<T> all(Composite parent, Class<T> type) {
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
