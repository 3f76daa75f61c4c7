package org.claimbench.ui.internal.curation;

import org.claimbench.core.curation.Choice;
import org.claimbench.core.curation.Curation;
import org.claimbench.core.curation.CurationUnit;
import org.eclipse.core.commands.operations.AbstractOperation;
import org.eclipse.core.commands.operations.IUndoContext;
import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;

/** One decision of the curator, on the workbench's operation history: Edit > Undo takes it back. */
final class ChooseOperation extends AbstractOperation {

	private final Curation curation;
	private final CurationUnit unit;
	private final Choice after;
	private final Runnable changed;
	private Choice before;

	ChooseOperation(String label, IUndoContext context, Curation curation, CurationUnit unit, Choice after, Runnable changed) {
		super(label);
		addContext(context);
		this.curation = curation;
		this.unit = unit;
		this.after = after;
		this.changed = changed;
	}

	@Override
	public IStatus execute(IProgressMonitor monitor, IAdaptable info) {
		before = curation.choose(unit, after);
		changed.run();
		return Status.OK_STATUS;
	}

	@Override
	public IStatus redo(IProgressMonitor monitor, IAdaptable info) {
		return execute(monitor, info);
	}

	@Override
	public IStatus undo(IProgressMonitor monitor, IAdaptable info) {
		curation.choose(unit, before);
		changed.run();
		return Status.OK_STATUS;
	}
}
