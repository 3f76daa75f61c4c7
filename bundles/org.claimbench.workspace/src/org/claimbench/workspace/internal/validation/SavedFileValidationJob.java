package org.claimbench.workspace.internal.validation;

import java.io.IOException;

import org.claimbench.workspace.internal.model.FileText;
import org.claimbench.workspace.internal.model.ProjectModelLoader;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.WorkspaceJob;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.validation.CheckMode;

/** Validates a file as it is on disk and replaces its problem markers: for files no open editor speaks for. */
public final class SavedFileValidationJob extends WorkspaceJob {

	public static final Object FAMILY = SavedFileValidationJob.class;

	private final IFile file;

	public SavedFileValidationJob(IFile file) {
		super("Validating " + file.getName());
		this.file = file;
		setSystem(true);
	}

	@Override
	public boolean belongsTo(Object family) {
		return family == FAMILY;
	}

	@Override
	public IStatus runInWorkspace(IProgressMonitor monitor) throws CoreException {
		if (file.exists()) {
			validate(file, load(file), monitor);
		}
		return Status.OK_STATUS;
	}

	static void validate(IFile file, XtextResource resource, IProgressMonitor monitor) throws CoreException {
		ProblemMarkers.replace(file, resource.getResourceServiceProvider().getResourceValidator().validate(resource,
				CheckMode.ALL, monitor::isCanceled), resource);
	}

	static XtextResource load(IFile file) throws CoreException {
		try {
			return new ProjectModelLoader().load(file, FileText.read(file));
		} catch (IOException e) {
			throw new CoreException(Status.error("Could not validate " + file.getFullPath() + ": " + e.getMessage(), e));
		}
	}
}
