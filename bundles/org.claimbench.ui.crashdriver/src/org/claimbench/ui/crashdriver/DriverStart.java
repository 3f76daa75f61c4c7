package org.claimbench.ui.crashdriver;

import org.eclipse.core.runtime.ILog;
import org.eclipse.ui.PlatformUI;

/**
 * The crash test's driver inside the real product: a start-up task of the application that only the test installs
 * (it adds this bundle to the product's bundles for its runs; the product ships no test code). It annotates the
 * sample as a user would until the test kills the process ({@link Annotator}); after a restart it first reports what
 * the workbench restored ({@link RestoreCheck}), then annotates on or closes the workbench. See {@link DriverSettings}.
 */
public final class DriverStart implements Runnable {

	@Override
	public void run() {
		DriverSettings settings = DriverSettings.fromSystem();
		// Start-up tasks run one after another in one turn of the event loop: posted now, this runs after the last,
		// when the sample's editor is open (first start) and kept annotations were offered (after a crash).
		if (settings.checks()) {
			PlatformUI.getWorkbench().getDisplay().asyncExec(() -> start(() -> new RestoreCheck(settings).start()));
		} else if (settings.edits()) {
			PlatformUI.getWorkbench().getDisplay().asyncExec(() -> start(() -> new Annotator(settings).start()));
		}
	}

	static void start(ThrowingRunnable mode) {
		try {
			mode.run();
		} catch (Exception e) {
			// The test sees no log line or report and says so, pointing at the workbench log written here.
			ILog.of(DriverStart.class).error("The crash test driver could not start", e);
		}
	}

	interface ThrowingRunnable {
		void run() throws Exception;
	}
}
