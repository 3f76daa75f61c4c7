package org.claimbench.ui.internal.migration;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.commands.operations.AbstractOperation;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.ui.ide.undo.WorkspaceUndoUtil;

/**
 * Writes the migrated documents, and on undo the versions they had, as one step of the workspace's undo history
 * (Edit > Undo in the Project Explorer). A file changed since is never overwritten: undo and redo refuse then and
 * say which file.
 */
final class MigrateDocumentsOperation extends AbstractOperation {


	private final Map<IFile, byte[]> before = new LinkedHashMap<>();
	private final Map<IFile, byte[]> after = new LinkedHashMap<>();

	MigrateDocumentsOperation(String projectName) {
		super("Migrate Documents of " + projectName);
		addContext(WorkspaceUndoUtil.getWorkspaceUndoContext());
	}

	void add(IFile file, byte[] original, byte[] migrated) {
		before.put(file, original);
		after.put(file, migrated);
	}

	int files() {
		return after.size();
	}

	@Override
	public IStatus execute(IProgressMonitor monitor, IAdaptable info) throws ExecutionException {
		return write(after, before, monitor);
	}

	@Override
	public IStatus redo(IProgressMonitor monitor, IAdaptable info) throws ExecutionException {
		return write(after, before, monitor);
	}

	@Override
	public IStatus undo(IProgressMonitor monitor, IAdaptable info) throws ExecutionException {
		return write(before, after, monitor);
	}

	/** Writes {@code target} over files that still hold {@code expected}, in one workspace change. */
	private IStatus write(Map<IFile, byte[]> target, Map<IFile, byte[]> expected, IProgressMonitor monitor) throws ExecutionException {
		for (IFile file : target.keySet()) {
			if (!Arrays.equals(contents(file), expected.get(file))) {
				return Status.error(file.getFullPath() + " changed since the documents were migrated; nothing was written, so that"
						+ " the change is kept");
			}
		}
		try {
			ResourcesPlugin.getWorkspace().run(m -> {
				SubMonitor progress = SubMonitor.convert(m, getLabel(), target.size());
				for (Map.Entry<IFile, byte[]> entry : target.entrySet()) {
					entry.getKey().setContents(new ByteArrayInputStream(entry.getValue()), IResource.KEEP_HISTORY, progress.split(1));
				}
			}, monitor);
		} catch (CoreException e) {
			throw new ExecutionException("The documents could not be written: " + e.getStatus().getMessage(), e);
		}
		return Status.OK_STATUS;
	}

	private static byte[] contents(IFile file) throws ExecutionException {
		try (InputStream in = file.getContents(true)) {
			return in.readAllBytes();
		} catch (CoreException | IOException e) {
			throw new ExecutionException(file.getFullPath() + " cannot be read: " + e.getMessage(), e);
		}
	}
}
