package org.claimbench.app.internal;

import java.net.URL;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.FileLocator;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.Platform;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.application.IWorkbenchConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchAdvisor;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;
import org.eclipse.ui.ide.IDE;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleException;

/** Workbench-wide set-up: the initial perspective, resource adapters, saving the workspace on exit. */
final class ClaimBenchWorkbenchAdvisor extends WorkbenchAdvisor {

	static final String STARTUP_POINT = "org.claimbench.app.startup";
	private static final String WARM_UP = "warmUp";
	private static final String SPI_FLY_BUNDLE = "org.apache.aries.spifly.dynamic.bundle";

	private static final int HEARTBEAT_MILLIS = 50;
	private static final String IDE_BUNDLE = "org.eclipse.ui.ide";

	@Override
	public void initialize(IWorkbenchConfigurer configurer) {
		super.initialize(configurer);
		configurer.setSaveAndRestore(true);
		// The Project Explorer and Problems view need the IDE's resource adapters.
		IDE.registerAdapters();
		declareQuickFixImages(configurer);
		startWarmUps();
	}

	/**
	 * Starts the contributed warm-ups, then SPI Fly, on a thread of their own. They run while the UI thread builds the
	 * window (a second core is idle then), so that the first editor does not wait for what they set up; one that fails
	 * costs nothing but its time, since the editor sets the same up itself when it needs it.
	 */
	private static void startWarmUps() {
		List<IConfigurationElement> warmUps = new ArrayList<>();
		for (IConfigurationElement element : Platform.getExtensionRegistry().getConfigurationElementsFor(STARTUP_POINT)) {
			if (WARM_UP.equals(element.getName())) {
				warmUps.add(element);
			}
		}
		Thread thread = new Thread(() -> {
			for (IConfigurationElement warmUp : warmUps) {
				try {
					((Runnable) warmUp.createExecutableExtension("class")).run();
				} catch (CoreException | RuntimeException | LinkageError e) {
					ILog.of(ClaimBenchWorkbenchAdvisor.class).warn("Start-up warm-up of " + warmUp.getContributor().getName() + " failed", e);
				}
			}
			// After the warm-ups, which an editor may be waiting for.
			startServiceLoaderBridge();
		}, "ClaimBench warm-up");
		thread.setDaemon(true);
		thread.start();
	}

	/**
	 * The Problems view marks a row that has a quick fix with these images, which only the IDE's own advisor
	 * declares; without them the row shows no sign that Quick Fix would help.
	 */
	private static void declareQuickFixImages(IWorkbenchConfigurer configurer) {
		Bundle ide = Platform.getBundle(IDE_BUNDLE);
		String[][] images = { { "IMG_OBJS_FIXABLE_ERROR", "quickfix_error_obj.png" },
				{ "IMG_OBJS_FIXABLE_WARNING", "quickfix_warning_obj.png" }, { "IMG_OBJS_FIXABLE_INFO", "quickfix_info_obj.png" } };
		for (String[] image : images) {
			URL url = ide == null ? null : FileLocator.find(ide, IPath.fromPortableString("icons/full/obj16/" + image[1]));
			if (url != null) {
				configurer.declareImage(image[0], ImageDescriptor.createFromURL(url), true);
			}
		}
	}

	/**
	 * SPI Fly lets slf4j (which Apache UIMA logs through, for the UIMA export) find its provider under OSGi. When it
	 * starts it reads the headers of every bundle, which took a tenth of the workbench's start when the product
	 * started it with the framework; nothing calls slf4j until a user exports, so it is started here, beside the
	 * window being built. Should it not start, slf4j says once on the console that it logs nothing, as it would anyway.
	 */
	private static void startServiceLoaderBridge() {
		try {
			Bundle spiFly = Platform.getBundle(SPI_FLY_BUNDLE);
			if (spiFly != null && spiFly.getState() != Bundle.ACTIVE) {
				spiFly.start(Bundle.START_TRANSIENT);
			}
		} catch (BundleException | RuntimeException e) {
			// Also when the workbench was closed during the warm-up and the framework is stopping.
			ILog.of(ClaimBenchWorkbenchAdvisor.class).warn("Could not start " + SPI_FLY_BUNDLE, e);
		}
	}

	/**
	 * The platform restores the workbench on a thread of its own and wakes the UI thread once when done. On
	 * an X server that sends no other events (a virtual display, no window manager) that wake-up was seen to
	 * be missed, and the window then waited about six seconds for the next event; a short heartbeat while
	 * the windows open bounds the wait.
	 */
	@Override
	public boolean openWindows() {
		Display display = PlatformUI.getWorkbench().getDisplay();
		boolean[] opened = { false };
		Runnable heartbeat = new Runnable() {
			@Override
			public void run() {
				if (!opened[0]) {
					display.timerExec(HEARTBEAT_MILLIS, this);
				}
			}
		};
		display.timerExec(HEARTBEAT_MILLIS, heartbeat);
		try {
			return super.openWindows();
		} finally {
			opened[0] = true;
		}
	}

	@Override
	public String getInitialWindowPerspectiveId() {
		return AnnotationPerspective.ID;
	}

	@Override
	public IAdaptable getDefaultPageInput() {
		return ResourcesPlugin.getWorkspace().getRoot();
	}

	@Override
	public WorkbenchWindowAdvisor createWorkbenchWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
		return new ClaimBenchWindowAdvisor(configurer);
	}

	/**
	 * Runs the start-up tasks other bundles contribute, e.g. creating and opening the sample project on the
	 * first start (the start-up benchmark adds one of its own that reports "window up, sample open").
	 */
	@Override
	public void postStartup() {
		super.postStartup();
		for (IConfigurationElement task : Platform.getExtensionRegistry().getConfigurationElementsFor(STARTUP_POINT)) {
			if (WARM_UP.equals(task.getName())) {
				continue;
			}
			try {
				((Runnable) task.createExecutableExtension("class")).run();
			} catch (CoreException | RuntimeException e) {
				ILog.of(getClass()).error("Start-up task of " + task.getContributor().getName() + " failed", e);
			}
		}
	}

	@Override
	public boolean preShutdown() {
		try {
			ResourcesPlugin.getWorkspace().save(true, null);
		} catch (CoreException e) {
			ILog.of(getClass()).log(e.getStatus());
		}
		return true;
	}
}
