package org.claimbench.ui.internal.wizards;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.claimbench.core.ClaimBenchLanguages;
import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IExportWizard;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.progress.IProgressConstants;

/** File > Export > ClaimBench: exports the chosen annotation documents in a background job and reports how it went. */
public final class ExportWizard extends Wizard implements IExportWizard {

	public static final String ID = "org.claimbench.ui.exportWizard";
	/** The title of the dialog that tells how the export went. */
	public static final String REPORT_TITLE = "ClaimBench Export";

	private IWorkbench workbench;
	private final List<IFile> preselected = new ArrayList<>();
	private ExportPage page;
	private ExportJob job;

	public ExportWizard() {
		setWindowTitle("Export");
	}

	@Override
	public void init(IWorkbench workbench, IStructuredSelection selection) {
		this.workbench = workbench;
		Set<IFile> files = new LinkedHashSet<>();
		if (selection != null) {
			for (Object element : selection.toList()) {
				IResource resource = Adapters.adapt(element, IResource.class);
				if (resource != null) {
					collect(resource, files);
				}
			}
		}
		preselected.addAll(files);
	}

	private static void collect(IResource resource, Set<IFile> files) {
		if (resource instanceof IFile file) {
			if (ClaimBenchLanguages.DOCUMENT_EXTENSION.equals(file.getFileExtension())) {
				files.add(file);
			}
		} else if (resource instanceof IContainer container && container.isAccessible()) {
			try {
				for (IResource member : container.members()) {
					collect(member, files);
				}
			} catch (CoreException e) {
				// An unreadable folder contributes no preselection; the user can still tick its files.
			}
		}
	}

	@Override
	public void addPages() {
		page = new ExportPage(ResourcesPlugin.getWorkspace().getRoot(), List.copyOf(preselected));
		addPage(page);
	}

	public ExportPage page() {
		return page;
	}

	/** The job Finish started, or null before. */
	public ExportJob job() {
		return job;
	}

	@Override
	public boolean performFinish() {
		job = new ExportJob(page.chosenDocuments(), page.format(), page.outputPath(), page.exportAnyway());
		// The wizard reports the outcome itself, with the refused errors listed in the details.
		job.setProperty(IProgressConstants.NO_IMMEDIATE_ERROR_PROMPT_PROPERTY, Boolean.TRUE);
		job.addJobChangeListener(new JobChangeAdapter() {
			@Override
			public void done(IJobChangeEvent event) {
				Display display = workbench == null ? Display.getDefault() : workbench.getDisplay();
				display.asyncExec(() -> report(event.getResult()));
			}
		});
		job.schedule();
		return true;
	}

	private void report(IStatus result) {
		if (workbench == null || workbench.getActiveWorkbenchWindow() == null || result.getSeverity() == IStatus.CANCEL) {
			return;
		}
		Shell shell = workbench.getActiveWorkbenchWindow().getShell();
		// Not blocking: the report may come while the user works on, and must not hold up the event loop.
		MessageDialog dialog = new MessageDialog(shell, REPORT_TITLE, null, ExportReport.text(result),
				result.isOK() ? MessageDialog.INFORMATION : MessageDialog.ERROR, 0, "OK");
		dialog.setBlockOnOpen(false);
		dialog.open();
	}
}
