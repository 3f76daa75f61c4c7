package org.claimbench.benchmarks.probe;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.runtime.ILog;
import org.eclipse.ui.PlatformUI;

/**
 * The start-up benchmark's measuring point, a start-up task of the application that only the benchmark installs: it
 * adds this bundle to the product's bundles for its runs (the product itself ships no benchmark code). Once the
 * workbench has run its start-up tasks (the sample project made and its editor open), it writes the milliseconds from
 * JVM start into the file {@code -Dclaimbench.startup.report} names and, with {@code -Dclaimbench.startup.exit=true},
 * closes the workbench.
 */
public final class StartupProbe implements Runnable {

	@Override
	public void run() {
		// The start-up tasks run one after another in one turn of the event loop: posted now, this runs after the last.
		PlatformUI.getWorkbench().getDisplay().asyncExec(StartupProbe::windowUp);
	}

	private static void windowUp() {
		String report = System.getProperty("claimbench.startup.report");
		if (report != null) {
			long millis = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
			try {
				Files.writeString(Path.of(report), millis + "\n", StandardCharsets.UTF_8);
			} catch (IOException e) {
				ILog.of(StartupProbe.class).error("Cannot write the startup report " + report, e);
			}
		}
		if (Boolean.getBoolean("claimbench.startup.exit")) {
			PlatformUI.getWorkbench().close();
		}
	}
}
