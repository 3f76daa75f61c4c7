package org.claimbench.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Random;

import org.claimbench.core.ClaimBenchLanguages;
import org.claimbench.core.SideBySideLinking;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EContentsEList;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.util.InternalEList;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Three coders' versions of a statement, linked each on a thread of its own as the curation editor links them,
 * come out linked exactly as one after the other: every holder (a register's actor among them, found through the
 * set's global scope while the other versions link), kind, attribute, value and relation end points at the same
 * element, and every name that does not resolve gives the same error on the same line.
 */
class SideBySideLinkingTest {

	private static final String[] CODERS = { "alice", "bob", "carol" };
	private static final int CLAIMS = 300;

	@TempDir
	Path folder;

	@Test
	void versionsLinkedSideBySideLinkAsOneAfterTheOther() throws Exception {
		writeProject();
		List<String> expected = links(false);
		assertTrue(expected.stream().anyMatch(link -> link.contains("actors.claims#")), "holders link to the register's actors");
		assertTrue(expected.stream().anyMatch(link -> link.startsWith("error")), "misspelt names are errors");
		for (int round = 0; round < 5; round++) {
			assertEquals(expected, links(true), "round " + round);
		}
	}

	/** Every link of the versions and every error on them, in document order. */
	private List<String> links(boolean sideBySide) throws InterruptedException {
		XtextResourceSet set = ClaimBenchLanguages.newResourceSet();
		set.getResource(uri("side.cbschema"), true);
		set.getResource(uri("actors.claims"), true);
		List<Resource> versions = new ArrayList<>();
		for (String coder : CODERS) {
			versions.add(set.getResource(uri("statement." + coder + ".claims"), true));
		}
		if (sideBySide) {
			SideBySideLinking.resolveAll(set, versions);
		} else {
			EcoreUtil.resolveAll(set);
		}
		List<String> links = new ArrayList<>();
		for (Resource version : versions) {
			for (Iterator<EObject> contents = version.getAllContents(); contents.hasNext();) {
				EObject element = contents.next();
				// Not resolving: a link left unresolved must show as such, not be resolved by looking at it.
				for (EContentsEList.FeatureIterator<EObject> targets = (EContentsEList.FeatureIterator<EObject>) ((InternalEList<EObject>) element
						.eCrossReferences()).basicIterator(); targets.hasNext();) {
					EObject target = targets.next();
					links.add(name(element) + " " + targets.feature().getName() + " -> " + (target.eIsProxy() ? "unresolved" : name(target)));
				}
			}
			version.getErrors().forEach(error -> links.add("error " + version.getURI().lastSegment() + ":" + error.getLine() + " " + error.getMessage()));
		}
		return links;
	}

	private static String name(EObject element) {
		URI uri = EcoreUtil.getURI(element);
		return uri.lastSegment() + "#" + uri.fragment();
	}

	private URI uri(String name) {
		return URI.createFileURI(folder.resolve(name).toString());
	}

	private void writeProject() throws IOException {
		Files.writeString(folder.resolve("side.cbschema"), """
				schema side

				actor kind State

				enum Trend { deteriorating stable improving }

				claim kind ThreatAssessment is Assessment {
					subject: State required
					trend: Trend
				}

				claim kind Reaffirmation is Intent {
					object: text required
					partner: State
				}

				relation kind motivates from Intent to Assessment
				""");
		Files.writeString(folder.resolve("actors.claims"), """
				register side_actors
					schema side

				actor aldoria : State "Aldoria"
				actor borduria : State "Borduria"
				""");
		for (int c = 0; c < CODERS.length; c++) {
			Random random = new Random(c);
			StringBuilder text = new StringBuilder("document statement_" + CODERS[c] + "\n\tsource \"statement.txt\"\n\tschema side\n\n");
			text.append("actor s0 : State \"Syldavia\"\n\n");
			for (int i = 0; i < CLAIMS; i += 2) {
				// Now and then a coder misspells a kind, an actor or a member of an enum.
				String kind = random.nextInt(40) == 0 ? "ThreatAsessment" : "ThreatAssessment";
				String holder = random.nextInt(40) == 0 ? "nobody" : random.nextBoolean() ? "aldoria" : "s0";
				String trend = random.nextInt(40) == 0 ? "worsening" : random.nextBoolean() ? "stable" : "improving";
				text.append("claim c" + i + " : " + kind + " by " + holder + " {\n\tsubject " + (random.nextBoolean() ? "s0" : "borduria")
						+ "\n\ttrend " + trend + "\n}\n\n");
				text.append("claim c" + (i + 1) + " : Reaffirmation by borduria {\n\tobject \"dialogue\"\n\tpartner aldoria\n}\n\n");
				text.append("relation motivates c" + (i + 1) + " -> c" + (random.nextInt(60) == 0 ? "999" : i) + "\n\n");
			}
			Files.writeString(folder.resolve("statement." + CODERS[c] + ".claims"), text.toString());
		}
	}
}
