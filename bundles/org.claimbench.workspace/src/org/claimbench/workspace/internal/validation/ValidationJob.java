package org.claimbench.workspace.internal.validation;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import org.claimbench.workspace.internal.model.ProjectModelLoader;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.service.OperationCanceledError;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.Issue;

/**
 * Validates the editor's current DSL text in the background and refreshes the file's problem markers.
 * It parses its own copy of the text; the session writes that text under its lock, so the editor's model
 * is never read here while the UI thread changes it.
 */
public class ValidationJob extends Job {

	public static final Object FAMILY = ValidationJob.class;
	/** Edits in quick succession are validated once, after the last. */
	private static final long DEBOUNCE_MILLIS = 400;
	/**
	 * ... but edits that go on without a pause of that length wait no longer than this. The annotation editor keeps its
	 * unsaved text for a restart when this job runs, and promises to lose at most the last few seconds of work to a
	 * crash: the crash test's driver, a step every 150-600 ms, starved the journal for as long as it went on.
	 */
	private static final long MAX_WAIT_MILLIS = 2000;
	/** When the oldest request not yet served was made ({@link System#nanoTime()}), or 0 when none waits. */
	private final AtomicLong waitingSince = new AtomicLong();

	private final IFile file;
	private final Supplier<String> currentText;

	public ValidationJob(IFile file, Supplier<String> currentText) {
		super("Validating " + file.getName());
		this.file = file;
		this.currentText = currentText;
		setSystem(true);
	}

	/** For a subclass that supplies the text by overriding {@link #currentText()}. */
	protected ValidationJob(IFile file) {
		this(file, null);
	}

	public void request() {
		long now = System.nanoTime();
		waitingSince.compareAndSet(0, now);
		long waited = TimeUnit.NANOSECONDS.toMillis(now - waitingSince.get());
		cancel();
		schedule(Math.max(0, Math.min(DEBOUNCE_MILLIS, MAX_WAIT_MILLIS - waited)));
	}

	@Override
	public boolean belongsTo(Object family) {
		return family == FAMILY;
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		// The text read below serves every request made until now.
		waitingSince.set(0);
		try {
			XtextResource resource = new ProjectModelLoader().load(file, currentText());
			List<Issue> issues = resource.getResourceServiceProvider().getResourceValidator().validate(resource,
					CheckMode.ALL, monitor::isCanceled);
			if (monitor.isCanceled()) {
				return Status.CANCEL_STATUS;
			}
			ProblemMarkers.replace(file, issues, resource);
			validated(resource, monitor);
			return Status.OK_STATUS;
		} catch (OperationCanceledError | OperationCanceledException e) {
			// The next edit cancelled this run (request()): Xtext's validator says so by throwing, and an uncaught
			// throwable here reached the user as an "internal error" dialog while annotating at a brisk pace.
			return Status.CANCEL_STATUS;
		} catch (CoreException | IOException | RuntimeException e) {
			// Validation runs after every pause in editing: a failed run (e.g. the file was deleted meanwhile) is
			// logged, never shown as an error dialog; the next run writes the markers again.
			ILog.of(getClass()).warn("Could not validate " + file.getFullPath() + ": " + e.getMessage(), e);
			return Status.OK_STATUS;
		}
	}

	protected String currentText() {
		return currentText.get();
	}

	/** Lets a subclass use the parsed text once its markers are written. */
	protected void validated(XtextResource resource, IProgressMonitor monitor) {
	}
}
