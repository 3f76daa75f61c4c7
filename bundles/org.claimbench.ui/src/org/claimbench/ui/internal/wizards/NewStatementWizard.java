package org.claimbench.ui.internal.wizards;

import java.lang.reflect.InvocationTargetException;

import org.claimbench.ui.internal.editor.AnnotationEditor;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.ui.INewWizard;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.statushandlers.StatusManager;

/** File > New > Statement: imports a statement's text into a project, creates its annotation document and opens it. */
public final class NewStatementWizard extends Wizard implements INewWizard {

	public static final String ID = "org.claimbench.ui.newStatementWizard";

	private final IWorkspace workspace = ResourcesPlugin.getWorkspace();
	private IWorkbench workbench;
	private IProject initialProject;
	private StatementPage page;
	private IFile created;

	public NewStatementWizard() {
		setWindowTitle("New Statement");
		setNeedsProgressMonitor(true);
	}

	@Override
	public void init(IWorkbench workbench, IStructuredSelection selection) {
		this.workbench = workbench;
		Object first = selection == null ? null : selection.getFirstElement();
		IResource resource = Adapters.adapt(first, IResource.class);
		initialProject = resource == null ? null : resource.getProject();
	}

	@Override
	public void addPages() {
		page = new StatementPage(workspace, initialProject);
		addPage(page);
	}

	public StatementPage page() {
		return page;
	}

	/** The annotation document the wizard created, or null before Finish. */
	public IFile created() {
		return created;
	}

	@Override
	public boolean performFinish() {
		StatementRequest request = page.request();
		IFile[] result = new IFile[1];
		try {
			getContainer().run(true, false, monitor -> {
				try {
					result[0] = StatementFiles.create(workspace, request, monitor);
				} catch (CoreException e) {
					throw new InvocationTargetException(e);
				}
			});
		} catch (InvocationTargetException e) {
			Throwable cause = e.getCause() == null ? e : e.getCause();
			page.setErrorMessage("The statement was not created: " + cause.getMessage());
			return false;
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return false;
		}
		created = result[0];
		IWorkbenchPage active = workbench == null || workbench.getActiveWorkbenchWindow() == null ? null
				: workbench.getActiveWorkbenchWindow().getActivePage();
		if (active != null) {
			try {
				IDE.openEditor(active, created, AnnotationEditor.ID);
			} catch (PartInitException e) {
				// The files exist now: the wizard closes and the reason the editor failed is shown instead.
				StatusManager.getManager().handle(e.getStatus(), StatusManager.LOG | StatusManager.SHOW);
			}
		}
		return true;
	}
}
