package org.claimbench.dsl.tests.validation;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.claimbench.dsl.tests.ClaimDocumentInjectorProvider;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import com.google.inject.Inject;
import com.google.inject.Provider;

/**
 * Broken variants of the sample files (a token deleted, doubled, replaced by another, or a stray
 * quote), seeded so that a failure repeats: whatever the slip, no message shows the parser's
 * internals (token names such as RULE_ID, EOF, "mismatched input", or a "null" for a missing name).
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(ClaimDocumentInjectorProvider.class)
class BrokenVariantsTest {

	private static final int VARIANTS_PER_FILE = 100;
	private static final Pattern TOKEN = Pattern.compile("\"(?:\\\\.|[^\"\\\\\\n])*\"|\\w+|[^\\s\\w]");
	private static final Pattern JARGON = Pattern.compile("RULE_|\\bnull\\b|\\bEOF\\b|<EOF>|mismatched|extraneous input|no viable alternative|loop did not match");

	@Inject
	private Provider<XtextResourceSet> resourceSets;

	@TempDir
	Path folder;

	@Test
	void brokenDocumentsNeverShowParserJargon() {
		checkVariants(SampleProject.DOCUMENT, 11);
	}

	@Test
	void brokenDeterrenceSchemasNeverShowParserJargon() {
		checkVariants(SampleProject.DETERRENCE, 12);
	}

	@Test
	void brokenCodebooksNeverShowParserJargon() {
		checkVariants(SampleProject.CODEBOOK, 13);
	}

	private void checkVariants(String file, long seed) {
		Random random = new Random(seed);
		List<String> shown = new ArrayList<>();
		int issues = 0;
		for (int i = 0; i < VARIANTS_PER_FILE; i++) {
			ValidationProject project = SampleProject.in(folder.resolve("v" + i), resourceSets.get());
			String variant = mutate(project.read(file), random);
			project.write(file, variant);
			for (String validated : List.of(file, SampleProject.DOCUMENT)) {
				for (Issue issue : project.validate(validated)) {
					issues++;
					if (JARGON.matcher(issue.getMessage()).find()) {
						shown.add("variant " + i + ", " + validated + ":" + issue.getLineNumber() + ": " + issue.getMessage());
					}
				}
			}
		}
		assertTrue(issues > VARIANTS_PER_FILE, "the variants are broken enough to be reported: " + issues + " issues");
		assertTrue(shown.isEmpty(), String.join("\n", shown));
	}

	private static String mutate(String text, Random random) {
		List<int[]> tokens = new ArrayList<>();
		Matcher matcher = TOKEN.matcher(text);
		while (matcher.find()) {
			tokens.add(new int[] { matcher.start(), matcher.end() });
		}
		int[] token = tokens.get(random.nextInt(tokens.size()));
		String word = text.substring(token[0], token[1]);
		return switch (random.nextInt(4)) {
			case 0 -> text.substring(0, token[0]) + text.substring(token[1]);
			case 1 -> text.substring(0, token[1]) + " " + word + text.substring(token[1]);
			case 2 -> {
				int[] other = tokens.get(random.nextInt(tokens.size()));
				yield text.substring(0, token[0]) + text.substring(other[0], other[1]) + text.substring(token[1]);
			}
			default -> text.substring(0, token[0]) + "\"" + text.substring(token[0]);
		};
	}
}
