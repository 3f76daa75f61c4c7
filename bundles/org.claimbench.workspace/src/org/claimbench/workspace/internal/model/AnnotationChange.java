package org.claimbench.workspace.internal.model;

import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.commands.operations.AbstractOperation;
import org.eclipse.core.commands.operations.IUndoContext;
import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;

/** One change of an annotation document on the workbench's operation history: the model edit EMF recorded. */
public final class AnnotationChange extends AbstractOperation {

	private final AnnotationSession session;
	private final RecordedEdit edit;

	public AnnotationChange(String label, IUndoContext context, AnnotationSession session, RecordedEdit edit) {
		super(label);
		addContext(context);
		this.session = session;
		this.edit = edit;
	}

	/** The edit is already in the model (it was recorded while made); this publishes it. */
	@Override
	public IStatus execute(IProgressMonitor monitor, IAdaptable info) throws ExecutionException {
		session.done(edit);
		return Status.OK_STATUS;
	}

	@Override
	public IStatus redo(IProgressMonitor monitor, IAdaptable info) throws ExecutionException {
		session.redo(edit);
		return Status.OK_STATUS;
	}

	@Override
	public IStatus undo(IProgressMonitor monitor, IAdaptable info) throws ExecutionException {
		session.undo(edit);
		return Status.OK_STATUS;
	}
}
