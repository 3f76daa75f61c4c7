package org.claimbench.workspace.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import org.claimbench.model.claims.Actor;
import org.claimbench.model.claims.Claim;
import org.claimbench.model.claims.ClaimKind;
import org.claimbench.model.claims.Document;
import org.claimbench.workspace.internal.model.AnnotationEdits;
import org.claimbench.workspace.internal.model.AnnotationSession;
import org.claimbench.workspace.internal.validation.ChangedElementsValidationJob;
import org.claimbench.workspace.internal.validation.ProblemMarkers;
import org.claimbench.workspace.internal.validation.SavedFileValidationJob;
import org.claimbench.workspace.internal.validation.ValidationJob;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.jobs.Job;
import org.junit.jupiter.api.Test;

/**
 * An edit of the live model gets its problem markers at once, from validating what it changed, before the
 * whole-document validation after the pause; the markers of the elements it did not touch stay; and the
 * whole-document validation, which runs later and remains the authority, agrees with what the edit's own run found.
 */
class ChangedElementsValidationTest {

	private static final String QUOTE = "Minister Kamikawa reaffirmed their intent";
	/** A claim whose holder does not exist: its marker belongs to an element no edit below touches. */
	private static final String BROKEN = "claim bad : Reaffirmation by Nobody { quote \"Joint\" at 0 }\n";

	@Test
	void aNewClaimThatBreaksARuleIsMarkedAtOnceAndTheFixRemovesTheMarker() throws Exception {
		AnnotationSession session = openWithMarkers("changed-new-claim");
		ChangedElementsValidationJob changes = new ChangedElementsValidationJob(session);
		session.addDeltaListener(changes::request);
		assertNotNull(marker(session.file(), "Nobody"), "the saved file's problem is marked");

		// A claim without a holder breaks a rule of the document language.
		session.done(session.record(AnnotationEdits.newClaim(kind(session, "ThreatAssessment"), List.of(),
				FixtureProject.at(QUOTE), QUOTE)));
		Claim added = session.document().getClaims().get(session.document().getClaims().size() - 1);
		awaitChanges();
		IMarker noHolder = marker(session.file(), "'" + added.getName() + "' has no holder");
		assertNotNull(noHolder, "the new claim's problem is marked without the whole document validated: " + messages(session.file()));
		assertEquals(IMarker.SEVERITY_ERROR, noHolder.getAttribute(IMarker.SEVERITY, -1));
		assertEquals(-1, noHolder.getAttribute(IMarker.LINE_NUMBER, -1), "the new claim has no line until the text is written");
		assertNotNull(marker(session.file(), "Nobody"), "the markers of the elements the edit did not touch stay");

		session.done(session.record(AnnotationEdits.setHolders(added, List.of(actor(session, "Kamikawa")))));
		awaitChanges();
		assertNull(marker(session.file(), "has no holder"), "the fix removes the marker at once: " + messages(session.file()));
		assertNotNull(marker(session.file(), "Nobody"));

		String incremental = messages(session.file());
		validateWholeDocument(session);
		assertEquals(incremental, messages(session.file()), "the whole-document validation finds the same problems");
		assertNotNull(marker(session.file(), "Nobody").getAttribute(IMarker.LINE_NUMBER), "and it says their lines");
	}

	@Test
	void removingAClaimRemovesItsMarkersAtOnce() throws Exception {
		AnnotationSession session = openWithMarkers("changed-removed-claim");
		ChangedElementsValidationJob changes = new ChangedElementsValidationJob(session);
		session.addDeltaListener(changes::request);
		Claim bad = session.document().getClaims().stream().filter(c -> c.getName().equals("bad")).findFirst().orElseThrow();
		var removal = session.record(document -> document.getClaims().remove(bad));
		session.done(removal);
		awaitChanges();
		assertNull(marker(session.file(), "Nobody"), "the removed claim's marker goes: " + messages(session.file()));

		String incremental = messages(session.file());
		validateWholeDocument(session);
		assertEquals(incremental, messages(session.file()), "the whole-document validation agrees");

		// Undone, the claim is back with its unknown holder: a name the linker found unresolved when the text was
		// parsed, which only the whole-document validation finds again.
		session.undo(removal);
		awaitChanges();
		validateWholeDocument(session);
		assertNotNull(marker(session.file(), "Nobody"), messages(session.file()));
	}

	/** The fixture document with one broken claim, its markers written as the project's validation writes them. */
	private static AnnotationSession openWithMarkers(String project) throws Exception {
		IFile file = FixtureProject.create(project, FixtureProject.document() + BROKEN);
		Job.getJobManager().join(SavedFileValidationJob.FAMILY, null);
		SavedFileValidationJob saved = new SavedFileValidationJob(file);
		saved.schedule();
		saved.join();
		return AnnotationSession.open(file);
	}

	private static void validateWholeDocument(AnnotationSession session) throws InterruptedException {
		ValidationJob whole = new ValidationJob(session.file(), session::text);
		whole.schedule();
		whole.join();
	}

	private static void awaitChanges() throws InterruptedException {
		Job.getJobManager().join(ChangedElementsValidationJob.FAMILY, null);
	}

	private static ClaimKind kind(AnnotationSession session, String name) {
		Document document = session.document();
		return document.getSchema().getElements().stream().filter(ClaimKind.class::isInstance).map(ClaimKind.class::cast)
				.filter(k -> k.getName().equals(name)).findFirst().orElseThrow();
	}

	private static Actor actor(AnnotationSession session, String name) {
		return session.document().getActors().stream().filter(a -> a.getName().equals(name)).findFirst().orElseThrow();
	}

	private static IMarker marker(IFile file, String words) throws CoreException {
		return Arrays.stream(file.findMarkers(ProblemMarkers.TYPE, false, IResource.DEPTH_ZERO))
				.filter(m -> m.getAttribute(IMarker.MESSAGE, "").contains(words)).findFirst().orElse(null);
	}

	/** The markers' severities and messages, sorted: what the Problems view lists, leaving out the lines. */
	private static String messages(IFile file) throws CoreException {
		return Arrays.stream(file.findMarkers(ProblemMarkers.TYPE, false, IResource.DEPTH_ZERO))
				.map(m -> m.getAttribute(IMarker.SEVERITY, -1) + " " + m.getAttribute(IMarker.MESSAGE, "")).sorted()
				.collect(Collectors.joining("\n"));
	}
}
