package org.claimbench.dsl.tests.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;

import org.claimbench.dsl.formatting.CanonicalFormat;
import org.claimbench.dsl.tests.ClaimDocumentInjectorProvider;
import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.util.StringInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.google.inject.Inject;
import com.google.inject.Provider;

/**
 * Format gives one layout whatever the spacing it is given: the sample files with the white space between
 * every two tokens replaced at random format back to themselves, and formatting twice changes nothing.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(ClaimDocumentInjectorProvider.class)
class CanonicalLayoutTest {

	private static final List<String> SPACES = List.of(" ", "   ", "\t", "\n", "\n\n\n", " \t\n  ", "\r\n");

	@Inject
	private Provider<XtextResourceSet> resourceSets;

	private XtextResource parse(String name, String text) {
		XtextResourceSet set = resourceSets.get();
		XtextResource resource = (XtextResource) set.createResource(URI.createURI("memory:/" + name));
		try {
			resource.load(new StringInputStream(text, StandardCharsets.UTF_8.name()), null);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return resource;
	}

	private String format(String name, String text) {
		XtextResource resource = parse(name, text);
		assertTrue(resource.getErrors().isEmpty(), () -> name + " parses: " + resource.getErrors());
		return CanonicalFormat.of(resource);
	}

	/** The text with the white space between every two tokens replaced by a random run of spaces, tabs and newlines. */
	private String respaced(String name, String text, Random random) {
		StringBuilder result = new StringBuilder();
		ILeafNode previous = null;
		for (ILeafNode leaf : parse(name, text).getParseResult().getRootNode().getLeafNodes()) {
			if (leaf.isHidden() && !leaf.getText().isBlank()) {
				result.append(leaf.getText()); // a comment stays
				previous = null;
				continue;
			}
			if (leaf.isHidden()) {
				continue;
			}
			if (previous != null) {
				boolean tight = ".".equals(previous.getText()) || ".".equals(leaf.getText()) || "-".equals(previous.getText());
				result.append(tight ? "" : SPACES.get(random.nextInt(SPACES.size())));
			}
			result.append(leaf.getText());
			previous = leaf;
		}
		return result.toString();
	}

	@ParameterizedTest
	@ValueSource(strings = { SampleFiles.CODEBOOK, SampleFiles.DETERRENCE, SampleFiles.ANNOTATION })
	void anySpacingBetweenTokensFormatsToTheStoredFile(String name) throws IOException {
		String stored = SampleFiles.read(name);
		for (long seed = 1; seed <= 4; seed++) {
			String messy = respaced(name, stored, new Random(seed));
			assertFalse(messy.equals(stored), "the respacing changed something");
			String formatted = format(name, messy);
			assertEquals(stored, formatted, "seed " + seed);
			assertEquals(formatted, format(name, formatted), "formatting twice changes nothing");
		}
	}

	@Test
	void extraSpacesInsideALineGoAway() {
		String messy = """
				document    d
					source  "t.txt"
					schema   s

				actor   X :   State

				claim   x  :   Alert   by   X ,Y {
					valence    negative
					range   -2.5
				}
				""";
		assertEquals("""
				document d
					source "t.txt"
					schema s

				actor X : State

				claim x : Alert by X, Y {
					valence negative
					range -2.5
				}
				""", format("d.claims", messy));
	}

	@Test
	void aNumberOrAQualifiedNameCannotHaveSpacesInside() {
		String header = "document d source \"t.txt\" schema s\nclaim x : Alert by X {\n";
		assertFalse(parse("a.claims", header + "range 1 . 5\n}\n").getErrors().isEmpty(), "1 . 5 is no number");
		assertTrue(parse("b.claims", header + "range 1.5\n}\n").getErrors().isEmpty());
		assertFalse(parse("c.cbschema", "schema a import base . types\n").getErrors().isEmpty(), "base . types is no name");
	}
}
