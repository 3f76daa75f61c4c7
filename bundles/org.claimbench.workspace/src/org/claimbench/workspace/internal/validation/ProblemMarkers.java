package org.claimbench.workspace.internal.validation;

import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.validation.Issue;

/** Turns the DSL's validation issues into problem markers on the annotation file, replacing the previous ones. */
public final class ProblemMarkers {

	/** A subtype of the platform's problem marker, so the Problems view lists them. */
	public static final String TYPE = "org.claimbench.ui.problem";
	/** Marker attribute holding the issue's code, which quick fixes key on. */
	public static final String CODE = "code";
	/** Marker attribute holding the issue's first data item, e.g. the offset a moved quote now has. */
	public static final String DATA = "data";
	/** The issue's second piece of data, where it has one (an offset beside exact words, say). */
	public static final String SECOND_DATA = "data2";

	private ProblemMarkers() {
	}

	/**
	 * Several jobs validate one file (the editor's, the saved file's, a schema's users'): the file itself is the
	 * scheduling rule, so one replacement ends before the next deletes its markers (without it each job's markers
	 * stayed beside the other's, or a job set an attribute on a marker the other had just deleted).
	 */
	public static void replace(IFile file, List<Issue> issues) throws CoreException {
		file.getWorkspace().run(monitor -> {
			if (!file.exists()) {
				return;
			}
			file.deleteMarkers(TYPE, false, IResource.DEPTH_ZERO);
			for (Issue issue : issues) {
				if (issue.getSeverity() == Severity.IGNORE) {
					continue;
				}
				IMarker marker = file.createMarker(TYPE);
				marker.setAttribute(IMarker.MESSAGE, issue.getMessage());
				marker.setAttribute(IMarker.SEVERITY, severity(issue.getSeverity()));
				if (issue.getLineNumber() != null) {
					marker.setAttribute(IMarker.LINE_NUMBER, issue.getLineNumber().intValue());
				}
				if (issue.getOffset() != null && issue.getLength() != null) {
					marker.setAttribute(IMarker.CHAR_START, issue.getOffset().intValue());
					marker.setAttribute(IMarker.CHAR_END, issue.getOffset() + issue.getLength());
				}
				if (issue.getCode() != null) {
					marker.setAttribute(CODE, issue.getCode());
				}
				if (issue.getData() != null && issue.getData().length > 0) {
					marker.setAttribute(DATA, issue.getData()[0]);
				}
				if (issue.getData() != null && issue.getData().length > 1) {
					marker.setAttribute(SECOND_DATA, issue.getData()[1]);
				}
			}
		}, file, 0, null);
	}

	private static int severity(Severity severity) {
		return switch (severity) {
		case ERROR -> IMarker.SEVERITY_ERROR;
		case WARNING -> IMarker.SEVERITY_WARNING;
		default -> IMarker.SEVERITY_INFO;
		};
	}
}
