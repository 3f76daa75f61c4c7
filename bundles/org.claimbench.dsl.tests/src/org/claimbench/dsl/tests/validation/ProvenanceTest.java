package org.claimbench.dsl.tests.validation;

import static org.claimbench.dsl.tests.validation.Issues.assertNone;
import static org.claimbench.dsl.tests.validation.Issues.assertSingle;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.claimbench.dsl.formatting.CanonicalFormat;
import org.claimbench.dsl.tests.ClaimDocumentInjectorProvider;
import org.claimbench.dsl.validation.IssueCodes;
import org.claimbench.model.claims.Claim;
import org.claimbench.model.claims.Document;
import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import com.google.inject.Inject;
import com.google.inject.Provider;

/**
 * A gold document records where its disputed elements come from ({@code from coder "Coder B"}, {@code edited}):
 * it parses, keeps the canonical layout, validates, and a coder no version has, or provenance in a coder's own
 * version, is a warning on its line.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(ClaimDocumentInjectorProvider.class)
class ProvenanceTest {

	private static final String GOLD = "us-japan-edd-2024.gold.claims";
	private static final String CODER_B = "us-japan-edd-2024.coder-b.claims";

	@Inject
	private Provider<XtextResourceSet> resourceSets;

	@TempDir
	Path folder;

	private ValidationProject project;

	@BeforeEach
	void copySample() {
		project = SampleProject.in(folder, resourceSets.get());
		project.withBundleFile("org.claimbench.samples", "us-japan-edd-2024/" + CODER_B);
		String gold = project.read(SampleProject.DOCUMENT).replace("document us_japan_edd_2024\n", "document us_japan_edd_2024_gold\n")
				.replace("\tschema deterrence", "\tstatus curated\n\tschema deterrence")
				.replace("claim russiaThreat : ThreatAssessment by Ministers {", "claim russiaThreat : ThreatAssessment by Ministers from coder \"Coder B\" {")
				.replace("claim chinaThreat : ThreatAssessment by Ministers {", "claim chinaThreat : ThreatAssessment by Ministers edited {")
				.replace("\tmention \"its\" at 924 suffix \" unlawful\"\n", "\tmention \"its\" at 924 suffix \" unlawful\" from coder \"us-japan-edd-2024\"\n")
				.replace("relation evaluates meetingSignificance -> meeting {", "relation evaluates meetingSignificance -> meeting from coder \"us-japan-edd-2024\" {");
		project.write(GOLD, gold);
	}

	@Test
	void aGoldWithProvenanceParsesFormatsAndValidates() {
		assertNone(project.validate(GOLD));
		XtextResource resource = (XtextResource) resourceSets.get().getResource(URI.createFileURI(project.path(GOLD).toString()), true);
		Document gold = (Document) resource.getContents().get(0);
		Claim russia = gold.getClaims().stream().filter(c -> c.getName().equals("russiaThreat")).findFirst().orElseThrow();
		assertEquals("Coder B", russia.getProvenance().getCoder());
		Claim china = gold.getClaims().stream().filter(c -> c.getName().equals("chinaThreat")).findFirst().orElseThrow();
		assertTrue(china.getProvenance().isEdited());
		assertEquals(project.read(GOLD), CanonicalFormat.of(resource), "the file is in the canonical layout");
	}

	@Test
	void aCoderThatNoVersionHasIsAWarning() {
		project.edit(GOLD, "from coder \"Coder B\"", "from coder \"Coder C\"");
		assertSingle(project.validate(GOLD), IssueCodes.UNKNOWN_CODER, Severity.WARNING, 161,
				"No version of this statement is coded by 'Coder C': its versions are coded by Coder B, us-japan-edd-2024");
	}

	@Test
	void provenanceInACodersOwnVersionIsAWarning() {
		project.edit(CODER_B, "claim russiaThreat : ThreatAssessment by Ministers {",
				"claim russiaThreat : ThreatAssessment by Ministers from coder \"Coder B\" {");
		assertSingle(project.validate(CODER_B), IssueCodes.PROVENANCE_IN_VERSION, Severity.WARNING, 166,
				"this document is Coder B's own version");
	}

	@Test
	void anAttributeNamedEditedRemainsUsable() {
		// A codebook written before provenance may have an attribute 'edited'; its documents stay valid.
		project.edit(SampleProject.DETERRENCE, "claim kind Meeting is EventClaim \"A meeting of officials.\" {",
				"claim kind Meeting is EventClaim \"A meeting of officials.\" {\n\tedited: text");
		project.edit(SampleProject.DOCUMENT, "\tvenue \"Tokyo\"\n", "\tvenue \"Tokyo\"\n\tedited \"twice\"\n");
		assertNone(project.validate(SampleProject.DOCUMENT));
	}
}
