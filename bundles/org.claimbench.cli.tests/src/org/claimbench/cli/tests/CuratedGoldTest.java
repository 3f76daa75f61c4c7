package org.claimbench.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.claimbench.core.ModelLoader;
import org.claimbench.core.agreement.AlignedStatement;
import org.claimbench.core.agreement.Statement;
import org.claimbench.core.agreement.UnitRow;
import org.claimbench.core.curation.Choice;
import org.claimbench.core.curation.Curation;
import org.claimbench.core.curation.CurationUnit;
import org.claimbench.core.curation.EarlierDecisions;
import org.claimbench.core.curation.GoldDocument;
import org.claimbench.model.claims.Claim;
import org.claimbench.model.claims.Document;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The gold a curator makes from the sample's two versions, unit by unit: each disputed unit takes the chosen
 * coder's version with its provenance, a claim only one coder has can be taken or left out, and the gold
 * validates beside the versions.
 */
class CuratedGoldTest {

	private static final String FIRST = "us-japan-edd-2024.claims";
	private static final String CODER_B = "us-japan-edd-2024.coder-b.claims";
	private static final String GOLD = "us-japan-edd-2024.gold.claims";

	@TempDir
	Path folder;

	private Curation curation;

	@BeforeEach
	void copyTheSample() throws IOException {
		BundledSample.copyInto(folder);
		alignTheSample();
	}

	private void alignTheSample() {
		List<Document> documents = new ModelLoader().load(List.of(folder)).documents();
		Document first = byFile(documents, FIRST);
		Document second = byFile(documents, CODER_B);
		curation = new Curation(AlignedStatement.of(Statement.ordered(List.of(first, second))));
	}

	private static Document byFile(List<Document> documents, String name) {
		return documents.stream().filter(d -> d.eResource().getURI().lastSegment().equals(name)).findFirst().orElseThrow();
	}

	private CurationUnit unit(String label, int begin) {
		return curation.disputed().stream().filter(u -> u.row().label().startsWith(label) && (begin < 0 || u.begin() == begin))
				.findFirst().orElseThrow(() -> new AssertionError("no disputed unit " + label + " at " + begin));
	}

	private String write() throws IOException {
		GoldDocument.Result result = GoldDocument.write(curation, URI.createFileURI(folder.resolve(GOLD).toString()), "us_japan_edd_2024_gold");
		Files.writeString(folder.resolve(GOLD), result.text());
		return result.text();
	}

	@Test
	void takingAVersionOfEveryDisputedUnitGivesACuratedGoldThatValidates() throws IOException {
		assertEquals(5, curation.disputed().size());
		curation.choose(unit("ThreatAssessment", 976), Choice.take(1));
		curation.choose(unit("ThreatAssessment", 1046), Choice.take(0));
		curation.choose(unit("SignificanceAssessment", -1), Choice.take(0));
		curation.choose(unit("motivates", -1), Choice.take(1));
		curation.choose(unit("evaluates", -1), Choice.take(0));
		assertEquals(0, curation.open());
		String text = write();

		assertTrue(text.contains("document us_japan_edd_2024_gold\n") && text.contains("\tstatus curated\n"), text);
		assertFalse(text.contains("\tcoder "), text);
		assertTrue(text.contains("claim chinaThreat : ThreatAssessment by Ministers from coder \"Coder B\" {\n"), text);
		assertTrue(text.contains("\tquote \"accelerating and opaque expansion of its nuclear arsenal\" at 984\n"), text);
		assertTrue(text.contains("claim russiaThreat : ThreatAssessment by Ministers from coder \"us-japan-edd-2024\" {\n"), text);
		assertTrue(text.contains("claim meetingSignificance : SignificanceAssessment by Ministers from coder \"us-japan-edd-2024\" {"), text);
		assertTrue(text.contains("relation motivates securityEnvironment -> consultations from coder \"Coder B\" {"), text);
		assertTrue(text.contains("relation evaluates meetingSignificance -> meeting from coder \"us-japan-edd-2024\" {"), text);
		// The claim that names the China threat names Coder B's version of it, now the gold's.
		assertTrue(text.contains("\taddresses northKoreaThreat, chinaThreat, russiaThreat\n"), text);
		assertTrue(text.indexOf("claim chinaThreat") < text.indexOf("claim russiaThreat"), "text order is kept");

		ClaimBenchRun validate = ClaimBenchRun.of("validate", folder);
		assertEquals(0, validate.exitCode(), validate.toString());
		assertTrue(validate.out().contains("0 errors, 0 warnings"), validate.toString());
		ClaimBenchRun agree = ClaimBenchRun.of("agree", folder);
		assertTrue(agree.out().contains("us-japan-edd-2024.txt: Coder B, us-japan-edd-2024\n"), "the gold is no coder: " + agree);

		// Curating again later reads the decisions back from the gold.
		List<String> before = curation.disputed().stream().map(u -> u.row().label() + " " + curation.choice(u)).toList();
		alignTheSample();
		assertEquals(5, curation.open());
		List<Document> documents = curation.aligned().documents().get(0).eResource().getResourceSet().getResources().stream()
				.filter(r -> r.getURI().lastSegment().equals(GOLD)).map(r -> (Document) r.getContents().get(0)).toList();
		EarlierDecisions.Restored restored = EarlierDecisions.restore(curation, documents.get(0));
		assertEquals(new EarlierDecisions.Restored(5, 0, 0), restored);
		assertEquals(before, curation.disputed().stream().map(u -> u.row().label() + " " + curation.choice(u)).toList());
	}

	@Test
	void aClaimOnlyOneCoderHasCanBeLeftOutAndOpenUnitsLeaveADraft() throws IOException {
		CurationUnit significance = unit("SignificanceAssessment", -1);
		assertEquals(UnitRow.Status.ONE_CODER, significance.status());
		assertThrows(IllegalArgumentException.class, () -> curation.choose(significance, Choice.take(1)), "Coder B has none");
		curation.choose(significance, Choice.LEAVE_OUT);
		curation.choose(unit("ThreatAssessment", 976), Choice.LEAVE_OUT);
		GoldDocument.Result result = GoldDocument.write(curation, URI.createFileURI(folder.resolve(GOLD).toString()), "us_japan_edd_2024_gold");
		Files.writeString(folder.resolve(GOLD), result.text());
		String text = result.text();
		assertFalse(result.settled());
		assertTrue(text.contains("\tstatus draft\n"), text);
		assertFalse(text.contains("meetingSignificance"), "left out, and the relation to it with it: " + text);
		assertFalse(text.contains("chinaThreat"), text);
		// Russia's claim is still open, so not in the gold either: the references to both go, and the notes say so.
		assertTrue(text.contains("\taddresses northKoreaThreat\n"), text);
		assertTrue(result.notes().contains("the reference to chinaThreat in manageThreats is left out too"), result.notes().toString());
		assertEquals(0, ClaimBenchRun.of("validate", folder).exitCode());
	}

	@Test
	void anEditedClaimIsMarkedEdited() throws IOException {
		CurationUnit russia = unit("ThreatAssessment", 1046);
		Claim combined = EcoreUtil.copy((Claim) russia.version(0).get(0));
		combined.getAttributes().removeIf(a -> a.getAttribute().getName().equals("partners"));
		curation.choose(russia, Choice.edited(combined));
		curation.preferEverywhere(1);
		assertEquals(Choice.Kind.EDITED, curation.choice(russia).kind(), "a settled unit keeps its choice");
		String text = write();
		assertTrue(text.contains("claim russiaThreat : ThreatAssessment by Ministers edited {"), text);
		assertFalse(text.contains("partners NorthKorea"), text);
		assertEquals(0, ClaimBenchRun.of("validate", folder).exitCode());
	}
}
