package org.claimbench.workspace.internal.validation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.validation.Issue;

/**
 * Turns the DSL's validation issues into problem markers on the annotation file: all of them replacing the previous
 * ones (a whole document validated), or those of some elements merged into the markers there are (an edit validated
 * on the live model, see {@link ChangedElementsValidationJob}).
 */
public final class ProblemMarkers {

	/** A subtype of the platform's problem marker, so the Problems view lists them. */
	public static final String TYPE = "org.claimbench.ui.problem";
	/** Marker attribute holding the issue's code, which quick fixes key on. */
	public static final String CODE = "code";
	/** Marker attribute holding the issue's first data item, e.g. the offset a moved quote now has. */
	public static final String DATA = "data";
	/** The issue's second piece of data, where it has one (an offset beside exact words, say). */
	public static final String SECOND_DATA = "data2";
	/**
	 * The document element the problem lies in ({@link IssueOwners}), so that validating an edit replaces the markers
	 * of the elements it touched and keeps the others'. Absent where no element is known (a syntax error).
	 */
	public static final String OWNER = "owner";

	private ProblemMarkers() {
	}

	/**
	 * Several jobs validate one file (the editor's, the saved file's, a schema's users'): the file itself is the
	 * scheduling rule, so one replacement ends before the next deletes its markers (without it each job's markers
	 * stayed beside the other's, or a job set an attribute on a marker the other had just deleted). {@code validated}
	 * is the resource the issues were found in, which tells each marker's owner; null when there is none.
	 */
	public static void replace(IFile file, List<Issue> issues, Resource validated) throws CoreException {
		replace(file, owners(issues, validated));
	}

	/** As {@link #replace(IFile, List, Resource)}, with each issue's owner found already. */
	public static void replace(IFile file, Map<Issue, String> issues) throws CoreException {
		file.getWorkspace().run(monitor -> {
			if (!file.exists()) {
				return;
			}
			file.deleteMarkers(TYPE, false, IResource.DEPTH_ZERO);
			for (Map.Entry<Issue, String> issue : issues.entrySet()) {
				create(file, issue.getKey(), issue.getValue());
			}
		}, file, 0, null);
	}

	/**
	 * The issues, in their order, each with the owner of its object in the resource they were found in (null when
	 * there is none): for markers written after that resource is gone.
	 */
	public static Map<Issue, String> owners(List<Issue> issues, Resource validated) {
		Map<Issue, String> owners = new LinkedHashMap<>();
		for (Issue issue : issues) {
			owners.put(issue, owner(issue, validated));
		}
		return owners;
	}

	/**
	 * Replaces the markers the predicate calls stale by the issues given, each with its owner; the other markers stay
	 * as they are. Under the same scheduling rule as {@link #replace}, so a whole-document replacement never
	 * interleaves with a merge.
	 */
	public static void merge(IFile file, Predicate<IMarker> stale, Map<Issue, String> issues) throws CoreException {
		file.getWorkspace().run(monitor -> {
			if (!file.exists()) {
				return;
			}
			for (IMarker marker : file.findMarkers(TYPE, false, IResource.DEPTH_ZERO)) {
				if (stale.test(marker)) {
					marker.delete();
				}
			}
			for (Map.Entry<Issue, String> issue : issues.entrySet()) {
				create(file, issue.getKey(), issue.getValue());
			}
		}, file, 0, null);
	}

	private static void create(IFile file, Issue issue, String owner) throws CoreException {
		if (issue.getSeverity() == Severity.IGNORE) {
			return;
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
		if (owner != null) {
			marker.setAttribute(OWNER, owner);
		}
	}

	/** The owner of the issue's object in the resource it was found in; null when there is none to find. */
	private static String owner(Issue issue, Resource validated) {
		if (validated == null || issue.getUriToProblem() == null || issue.getUriToProblem().fragment() == null) {
			return null;
		}
		try {
			EObject object = validated.getEObject(issue.getUriToProblem().fragment());
			return object == null ? null : IssueOwners.of(object);
		} catch (RuntimeException e) {
			return null; // a fragment that no longer leads anywhere: the marker is replaced by the next full run
		}
	}

	private static int severity(Severity severity) {
		return switch (severity) {
		case ERROR -> IMarker.SEVERITY_ERROR;
		case WARNING -> IMarker.SEVERITY_WARNING;
		default -> IMarker.SEVERITY_INFO;
		};
	}
}
