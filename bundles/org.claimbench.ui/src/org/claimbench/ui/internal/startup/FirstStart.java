package org.claimbench.ui.internal.startup;

import org.claimbench.ui.internal.editor.AnnotationEditor;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;

/** On the first start, with an empty workspace, creates the sample project and opens its annotation document. */
public final class FirstStart implements Runnable {

	@Override
	public void run() {
		if (ResourcesPlugin.getWorkspace().getRoot().getProjects().length > 0) {
			return;
		}
		try {
			IFile claims = SampleProject.create(null);
			if (claims != null) {
				open(claims);
			}
		} catch (CoreException e) {
			ILog.of(getClass()).log(e.getStatus());
		}
	}

	private static void open(IFile claims) {
		IWorkbenchPage page = page();
		if (page == null) {
			return;
		}
		try {
			IDE.openEditor(page, claims, AnnotationEditor.ID);
		} catch (PartInitException e) {
			ILog.of(FirstStart.class).log(e.getStatus());
		}
	}

	/** The page editors open in while the workbench starts, when its window may not be active yet; or null. */
	static IWorkbenchPage page() {
		IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		if (window == null && PlatformUI.getWorkbench().getWorkbenchWindowCount() > 0) {
			window = PlatformUI.getWorkbench().getWorkbenchWindows()[0];
		}
		return window == null ? null : window.getActivePage();
	}
}
