package org.claimbench.workspace.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.claimbench.workspace.internal.validation.ProblemMarkers;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;

/**
 * Validation of one file runs in several jobs (the editor's, the saved file's, a schema's users'): the Problems
 * view must list each problem once and no job may fail with "Marker id ... not found".
 */
class ProblemMarkersConcurrencyTest {

	private static List<Issue> issues(String round) {
		List<Issue> issues = new ArrayList<>();
		for (int i = 0; i < 3; i++) {
			Issue.IssueImpl issue = new Issue.IssueImpl();
			issue.setMessage("problem " + i + " of " + round);
			issue.setSeverity(Severity.ERROR);
			issue.setLineNumber(i + 1);
			issue.setOffset(i);
			issue.setLength(1);
			issue.setCode("code");
			issue.setData(new String[] { String.valueOf(i) });
			issues.add(issue);
		}
		return issues;
	}

	@Test
	void markersReplacedFromManyJobsAtOnceAreListedOnceAndNeverFail() throws Exception {
		IFile file = FixtureProject.create("markers-race", FixtureProject.document());
		ExecutorService pool = Executors.newFixedThreadPool(4);
		try {
			List<Future<?>> runs = new ArrayList<>();
			for (int i = 0; i < 200; i++) {
				String round = "round " + i;
				runs.add(pool.submit(() -> {
					ProblemMarkers.replace(file, issues(round), null);
					return null;
				}));
			}
			for (Future<?> run : runs) {
				run.get();
			}
		} finally {
			pool.shutdownNow();
		}
		IMarker[] markers = file.findMarkers(ProblemMarkers.TYPE, false, IResource.DEPTH_ZERO);
		assertEquals(3, markers.length, "each problem is listed once");
		String round = markers[0].getAttribute(IMarker.MESSAGE, "").replaceFirst("problem \\d of ", "");
		for (IMarker marker : markers) {
			assertEquals(round, marker.getAttribute(IMarker.MESSAGE, "").replaceFirst("problem \\d of ", ""),
					"all markers come from one validation");
		}
	}
}
