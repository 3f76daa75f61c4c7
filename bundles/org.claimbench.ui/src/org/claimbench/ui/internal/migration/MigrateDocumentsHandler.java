package org.claimbench.ui.internal.migration;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.claimbench.core.ClaimBenchLanguages;
import org.claimbench.core.ModelLoader;
import org.claimbench.core.migration.ProjectMigration;
import org.claimbench.ui.internal.build.SelectedProjects;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.commands.operations.IOperationHistory;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.dialogs.ProgressMonitorDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.HandlerUtil;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.ide.undo.WorkspaceUndoUtil;

/**
 * Project > Migrate Documents...: brings the project's documents coded against an earlier version of their schema
 * to its version, as {@code claimbench migrate} does. Unsaved editors of the project are saved first (with the
 * user's leave), the plan is shown in a preview, and the files are written as one undoable step.
 */
public final class MigrateDocumentsHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		Shell shell = HandlerUtil.getActiveShell(event);
		IProject project = SelectedProjects.of(event).stream().findFirst().orElse(null);
		if (project == null || project.getLocation() == null) {
			MessageDialog.openInformation(shell, MigrationPreviewDialog.TITLE,
					"Select a project, or a file of it, in the Project Explorer, or open one of its documents.");
			return null;
		}
		if (!IDE.saveAllEditors(new IResource[] { project }, true)) {
			return null;
		}
		Path root = project.getLocation().toPath();
		ProjectMigration plan = plan(shell, project.getName(), root);
		if (plan == null) {
			return null;
		}
		if (plan.results().isEmpty()) {
			MessageDialog.openInformation(shell, MigrationPreviewDialog.TITLE, project.getName() + " holds no annotation documents.");
			return null;
		}
		if (new MigrationPreviewDialog(shell, project.getName(), root, plan).open() != Window.OK) {
			return null;
		}
		MigrateDocumentsOperation operation = new MigrateDocumentsOperation(project.getName());
		for (Path file : plan.changed()) {
			try {
				operation.add(project.getFile(IPath.fromPath(root.relativize(file))), Files.readAllBytes(file), plan.migratedBytes(file));
			} catch (IOException e) {
				throw new ExecutionException(file + " cannot be read: " + e.getMessage(), e);
			}
		}
		IOperationHistory history = PlatformUI.getWorkbench().getOperationSupport().getOperationHistory();
		history.execute(operation, null, WorkspaceUndoUtil.getUIInfoAdapter(shell));
		return operation.files();
	}

	/** Reads the project's documents and their schemas with progress; null when that failed (the user was told). */
	private static ProjectMigration plan(Shell shell, String projectName, Path root) throws ExecutionException {
		AtomicReference<ProjectMigration> plan = new AtomicReference<>();
		try {
			new ProgressMonitorDialog(shell).run(true, false, (IProgressMonitor monitor) -> {
				ModelLoader loader = new ModelLoader();
				List<Path> documents = new ArrayList<>();
				for (Path file : loader.collect(List.of(root), new ArrayList<>())) {
					if (file.getFileName().toString().endsWith("." + ClaimBenchLanguages.DOCUMENT_EXTENSION)) {
						documents.add(file);
					}
				}
				monitor.beginTask("Reading the documents of " + projectName, documents.size());
				loader.onProgress(done -> monitor.worked(1));
				plan.set(ProjectMigration.of(loader.load(documents)));
				monitor.done();
			});
		} catch (InvocationTargetException e) {
			throw new ExecutionException("The documents of " + projectName + " could not be read: " + e.getCause().getMessage(), e.getCause());
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return null;
		}
		return plan.get();
	}
}
