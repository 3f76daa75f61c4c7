package org.claimbench.ui.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.claimbench.ui.sourceeditor.internal.SourceEditor;
import org.claimbench.ui.internal.wizards.ProjectSchemas;
import org.claimbench.ui.internal.wizards.SchemaChoice;
import org.eclipse.core.resources.IFile;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Abstract claim kinds are bases for schemas, never a claim's kind: nothing offers them where one is chosen. */
class ConcreteKindsOnlyTest {

	@AfterEach
	void closeEditors() {
		Workbench.page().closeAllEditors(false);
	}

	@Test
	void contentAssistAfterClaimNameColonOffersNoAbstractKind() throws Exception {
		IFile claims = GoldSample.create("assist-concrete");
		SourceEditor editor = SourceEditors.open(claims);
		String text = SourceEditors.document(editor).get();
		int kindPosition = text.indexOf("claim northKoreaThreat : ") + "claim northKoreaThreat : ".length();
		List<String> offered = editor.proposalsAt(kindPosition).stream().map(ICompletionProposal::getDisplayString).toList();
		assertTrue(offered.stream().anyMatch(p -> p.startsWith("ThreatAssessment")), offered.toString());
		for (String abstractKind : List.of("AssessmentClaim", "IntentClaim", "CommitmentClaim", "EventClaim")) {
			assertFalse(offered.stream().anyMatch(p -> p.startsWith(abstractKind)), abstractKind + " is abstract: " + offered);
		}
	}

	@Test
	void theNewStatementWizardOffersOnlySchemasWithClaimKinds() {
		List<String> offered = ProjectSchemas.choices(null).stream().map(SchemaChoice::name).toList();
		assertTrue(offered.contains("deterrence"), offered.toString());
		assertFalse(offered.contains("codebook"), "the codebook declares only abstract kinds: a document on it is a dead end");
	}
}
