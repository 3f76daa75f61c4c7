package org.claimbench.workspace.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

import org.claimbench.model.claims.Actor;
import org.claimbench.model.claims.Claim;
import org.claimbench.model.claims.ClaimKind;
import org.claimbench.model.claims.Document;
import org.claimbench.workspace.internal.model.AnnotationDelta;
import org.claimbench.workspace.internal.model.AnnotationEdits;
import org.claimbench.workspace.internal.model.AnnotationSession;
import org.claimbench.workspace.internal.model.RecordedEdit;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.junit.jupiter.api.Test;

/**
 * An open annotation document without any editor: edits change the live model, are told to listeners with what
 * they touched, and undo and redo exactly; the DSL text follows the model; a file changed on disk is taken in,
 * unless unsaved edits would be lost.
 */
class AnnotationSessionTest {

	private static final String QUOTE = "Minister Kamikawa reaffirmed their intent";

	private static AnnotationSession open(String project) throws Exception {
		IFile file = FixtureProject.create(project, FixtureProject.document());
		return AnnotationSession.open(file);
	}

	private static RecordedEdit newClaim(AnnotationSession session) {
		Document document = session.document();
		ClaimKind threat = document.getSchema().getElements().stream().filter(ClaimKind.class::isInstance)
				.map(ClaimKind.class::cast).filter(k -> k.getName().equals("ThreatAssessment")).findFirst().orElseThrow();
		Actor kamikawa = document.getActors().stream().filter(a -> a.getName().equals("Kamikawa")).findFirst().orElseThrow();
		return session.record(AnnotationEdits.newClaim(threat, List.of(kamikawa), FixtureProject.at(QUOTE), QUOTE));
	}

	@Test
	void anEditIsToldToListenersWrittenAsTextAndUndoneAndRedoneExactly() throws Exception {
		AnnotationSession session = open("session-edit");
		assertEquals(FixtureProject.SOURCE, session.sourceText(), "the statement the document annotates");
		List<AnnotationDelta> heard = new ArrayList<>();
		session.addDeltaListener(heard::add);

		RecordedEdit edit = newClaim(session);
		session.done(edit);
		assertTrue(session.isDirty());
		assertEquals(3, session.document().getClaims().size());
		Claim added = session.document().getClaims().get(2);
		assertEquals(List.of(added), List.copyOf(heard.get(0).added()), "listeners hear which claim was added");
		String edited = session.text();
		assertTrue(edited.contains("ThreatAssessment by Kamikawa") && edited.contains("\"" + QUOTE + "\""), edited);

		session.undo(edit);
		assertEquals(2, session.document().getClaims().size());
		assertFalse(session.isDirty(), "undone, the model is what the file holds");
		assertEquals(session.savedText(), session.text());
		assertEquals(List.of(added), List.copyOf(heard.get(1).removed()), "undo removes what the edit added");

		session.redo(edit);
		assertTrue(session.isDirty());
		assertEquals(edited, session.text(), "redo brings back the same text");
	}

	@Test
	void wordsThatRecurGetTheContextOnlyTheirPlaceHasAndUniqueWordsNone() throws Exception {
		AnnotationSession session = open("session-context");
		Actor kamikawa = session.document().getActors().stream().filter(a -> a.getName().equals("Kamikawa")).findFirst().orElseThrow();
		// "Minister" also stands in "The Ministers": a later edit of the text must not move the mention there.
		int second = FixtureProject.at("Minister Kamikawa");
		session.done(session.record(AnnotationEdits.newMention(kamikawa, second, "Minister")));
		org.claimbench.model.claims.Anchor mention = kamikawa.getAnchors().get(kamikawa.getAnchors().size() - 1);
		assertTrue(mention.getPrefix() != null || mention.getSuffix() != null, session.text());
		assertEquals(List.of(second), org.claimbench.dsl.source.AnchorPlaces.of(FixtureProject.SOURCE, "Minister", mention.getPrefix(),
				mention.getSuffix(), 2), "the only place of the words with that context");

		session.done(newClaim(session));
		org.claimbench.model.claims.Anchor quote = session.document().getClaims().get(2).getAnchors().get(0);
		assertEquals(null, quote.getPrefix(), "words that stand once need no context");
		assertEquals(null, quote.getSuffix());
	}

	@Test
	void anEditThatFailsHalfWayLeavesTheModelAsItWas() throws Exception {
		AnnotationSession session = open("session-failed");
		String before = session.text();
		assertThrows(IllegalStateException.class, () -> session.record(document -> {
			document.getClaims().clear();
			throw new IllegalStateException("the edit fails after removing every claim");
		}));
		assertEquals(2, session.document().getClaims().size(), "the removed claims are back");
		assertFalse(session.isDirty());
		assertEquals(before, session.text());
	}

	@Test
	void aFileChangedOnDiskIsTakenInUnlessUnsavedEditsWouldBeLost() throws Exception {
		AnnotationSession session = open("session-reload");
		IFile file = session.file();
		String onDisk = FixtureProject.document().replace("valence negative", "valence neutral");
		Files.writeString(file.getLocation().toFile().toPath(), onDisk, StandardCharsets.UTF_8);
		file.refreshLocal(IResource.DEPTH_ZERO, null);

		assertEquals(AnnotationSession.Reload.RELOADED, session.reloadFromDisk());
		assertEquals(onDisk, session.text());
		assertFalse(session.isDirty());

		session.done(newClaim(session));
		Files.writeString(file.getLocation().toFile().toPath(), FixtureProject.document(), StandardCharsets.UTF_8);
		file.refreshLocal(IResource.DEPTH_ZERO, null);
		assertEquals(AnnotationSession.Reload.KEPT_UNSAVED_EDITS, session.reloadFromDisk());
		assertEquals(3, session.document().getClaims().size(), "the unsaved claim is kept");
		assertTrue(session.isDirty());
	}
}
