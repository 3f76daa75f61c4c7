package org.claimbench.benchmarks.floor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.e4.ui.workbench.IWorkbench;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

import jakarta.annotation.PostConstruct;

/**
 * The one part of the start-up floor's window. Once the window is built (the event posted now runs after the
 * workbench's start-up turn), it writes the milliseconds from JVM start into the file {@code -Dclaimbench.startup.report}
 * names, as the product's own start-up probe does, and closes the workbench. (It writes the report itself rather than
 * share the probe's code: this bundle must start without any of ClaimBench's bundles.)
 */
public final class FloorProbe {

	@PostConstruct
	public void create(Composite parent, IWorkbench workbench) {
		new Label(parent, SWT.NONE).setText("An empty part: what the platform takes to show a window.");
		parent.getDisplay().asyncExec(() -> {
			String report = System.getProperty("claimbench.startup.report");
			if (report != null) {
				long millis = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
				try {
					Files.writeString(Path.of(report), millis + "\n", StandardCharsets.UTF_8);
				} catch (IOException e) {
					throw new UncheckedIOException("cannot write the start-up report " + report, e);
				}
			}
			workbench.close();
		});
	}
}
