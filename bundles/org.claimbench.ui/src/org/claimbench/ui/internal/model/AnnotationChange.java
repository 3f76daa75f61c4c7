package org.claimbench.ui.internal.model;

import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.commands.operations.AbstractOperation;
import org.eclipse.core.commands.operations.IUndoContext;
import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;

/** One change of an annotation document on the workbench's operation history: the DSL text before and after. */
public final class AnnotationChange extends AbstractOperation {

	private final AnnotationSession session;
	private final String before;
	private final String after;

	public AnnotationChange(String label, IUndoContext context, AnnotationSession session, String before,
			String after) {
		super(label);
		addContext(context);
		this.session = session;
		this.before = before;
		this.after = after;
	}

	@Override
	public IStatus execute(IProgressMonitor monitor, IAdaptable info) throws ExecutionException {
		session.replaceText(after);
		return Status.OK_STATUS;
	}

	@Override
	public IStatus redo(IProgressMonitor monitor, IAdaptable info) throws ExecutionException {
		return execute(monitor, info);
	}

	@Override
	public IStatus undo(IProgressMonitor monitor, IAdaptable info) throws ExecutionException {
		session.replaceText(before);
		return Status.OK_STATUS;
	}
}
