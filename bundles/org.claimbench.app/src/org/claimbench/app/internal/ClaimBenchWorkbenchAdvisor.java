package org.claimbench.app.internal;

import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.Platform;
import org.eclipse.ui.application.IWorkbenchConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchAdvisor;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;
import org.eclipse.ui.ide.IDE;

/** Workbench-wide set-up: the initial perspective, resource adapters, saving the workspace on exit. */
final class ClaimBenchWorkbenchAdvisor extends WorkbenchAdvisor {

	static final String STARTUP_POINT = "org.claimbench.app.startup";

	@Override
	public void initialize(IWorkbenchConfigurer configurer) {
		super.initialize(configurer);
		configurer.setSaveAndRestore(true);
		// The Project Explorer and Problems view need the IDE's resource adapters.
		IDE.registerAdapters();
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

	/** Runs the start-up tasks other bundles contribute, e.g. creating the sample project on the first start. */
	@Override
	public void postStartup() {
		for (IConfigurationElement task : Platform.getExtensionRegistry().getConfigurationElementsFor(STARTUP_POINT)) {
			try {
				((Runnable) task.createExecutableExtension("class")).run();
			} catch (CoreException | RuntimeException e) {
				ILog.of(getClass()).error("Start-up task of " + task.getContributor().getName() + " failed", e);
			}
		}
		StartupProbe.windowUp();
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
