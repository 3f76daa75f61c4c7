package org.claimbench.app.internal;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.runtime.ILog;
import org.eclipse.ui.PlatformUI;

/**
 * Benchmark hook: with -Dclaimbench.startup.report=FILE the workbench writes the milliseconds from JVM
 * start to "window up" into FILE, and with -Dclaimbench.startup.exit=true it then closes itself.
 */
final class StartupProbe {

	private StartupProbe() {
	}

	static void windowUp() {
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
			PlatformUI.getWorkbench().getDisplay().asyncExec(() -> PlatformUI.getWorkbench().close());
		}
	}
}
