package org.claimbench.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

import org.eclipse.core.runtime.FileLocator;
import org.eclipse.core.runtime.Platform;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code reanchor} and {@code validate} on real statements (fixtures/corpus, typography as published): a quote
 * found once is placed, folders are re-anchored like {@code validate} reads them, a near miss says what differs,
 * and an anchor left on other words that read the same fails {@code validate} until a person confirms it.
 */
class ReanchorRealTextTest {

	private static final String LIMA = "japan-rok-us-lima-2024.txt";
	private static final String JOINT = "us-japan-joint-statement-2023.txt";
	private static final String SCHEMA = "schema edd\nactor kind State\n";

	@TempDir
	Path folder;

	private String lima;
	private String joint;

	@BeforeEach
	void readCorpus() throws IOException {
		lima = corpus(LIMA);
		joint = corpus(JOINT);
	}

	private static String corpus(String name) throws IOException {
		Path file = Paths.get(FileLocator.toFileURL(Platform.getBundle("org.claimbench.cli.tests").getEntry("fixtures/corpus/" + name)).getPath());
		return Files.readString(file, StandardCharsets.UTF_8);
	}

	/** Writes the schema, the source text and a document with the given mentions of one actor; returns the document. */
	private Path statement(Path in, String source, String text, String mentions) throws IOException {
		Files.createDirectories(in);
		Files.writeString(in.resolve("edd.cbschema"), SCHEMA, StandardCharsets.UTF_8);
		Files.writeString(in.resolve(source), text, StandardCharsets.UTF_8);
		return Files.writeString(in.resolve("statement.claims"), "document statement source \"" + source
				+ "\" schema edd\n\nactor Korea : State {\n" + mentions + "\n}\n", StandardCharsets.UTF_8);
	}

	private static String mention(String quote, int offset) {
		return "mention \"" + quote + "\" at " + offset;
	}

	@Test
	void quoteFoundOnceIsPlacedAlthoughNoNeighbourMovedWithIt() throws IOException {
		String quote = "exercises its inherent right";
		Path document = statement(folder, LIMA, lima, mention(quote, lima.indexOf(quote)));
		// Four characters fewer in the header line: the start of the text did not move, the quote did.
		Files.writeString(folder.resolve(LIMA), lima.replaceFirst("title: ", "t: "), StandardCharsets.UTF_8);
		ClaimBenchRun run = ClaimBenchRun.of("reanchor", document);
		assertEquals(0, run.exitCode(), run.toString());
		assertTrue(run.out().contains("moved \"" + quote + "\" at " + lima.indexOf(quote) + " to "
				+ (lima.indexOf(quote) - 4)), run.toString());
		assertEquals(0, ClaimBenchRun.of("validate", document).exitCode());
	}

	@Test
	void foldersAreSearchedRecursivelyAndHiddenFoldersSkipped() throws IOException {
		String limaQuote = "exercises its inherent right";
		String jointQuote = "President Biden commended";
		Path first = statement(folder.resolve("lima"), LIMA, lima, mention(limaQuote, lima.indexOf(limaQuote)));
		Path second = statement(folder.resolve("deeper/joint"), JOINT, joint, mention(jointQuote, joint.indexOf(jointQuote)));
		Path hidden = statement(folder.resolve(".backup"), JOINT, joint, mention(jointQuote, joint.indexOf(jointQuote)));
		String hiddenText = Files.readString(hidden, StandardCharsets.UTF_8);
		Files.writeString(first.resolveSibling(LIMA), "Preface.\n" + lima, StandardCharsets.UTF_8);
		Files.writeString(second.resolveSibling(JOINT), "Preface.\n" + joint, StandardCharsets.UTF_8);
		Files.writeString(hidden.resolveSibling(JOINT), "Preface.\n" + joint, StandardCharsets.UTF_8);
		ClaimBenchRun run = ClaimBenchRun.of("reanchor", folder);
		assertEquals(0, run.exitCode(), run.toString());
		assertTrue(run.out().contains("reanchor: 2 files, 2 anchors: 0 unchanged, 2 moved, 0 not placed"), run.toString());
		assertTrue(Files.readString(first, StandardCharsets.UTF_8).contains(mention(limaQuote, lima.indexOf(limaQuote) + 9)));
		assertTrue(Files.readString(second, StandardCharsets.UTF_8).contains(mention(jointQuote, joint.indexOf(jointQuote) + 9)));
		assertEquals(hiddenText, Files.readString(hidden, StandardCharsets.UTF_8), "a file in a hidden folder is left alone");
	}

	@Test
	void straightApostropheAgainstTheCurlyOneSaysWhatDiffers() throws IOException {
		Path document = statement(folder, JOINT, joint, mention("Japan's bold leadership", 1160));
		ClaimBenchRun run = ClaimBenchRun.of("reanchor", document);
		assertEquals(1, run.exitCode(), run.toString());
		assertTrue(run.err().contains("\"Japan's bold leadership\" at 1160 not found in " + JOINT
				+ "; the quote matches the text at offset 1160 (line 6) except for ’ where the quote has ': the text has"
				+ " \"Japan’s bold leadership\"; offset left unchanged"), run.toString());
	}

	@Test
	void anchorLeftOnADifferentItsFailsValidationUntilItsContextIsConfirmed() throws IOException {
		int its = lima.indexOf("including its use") + "including ".length();
		Path document = statement(folder, LIMA, lima, mention("its", its) + " prefix \"including \" suffix \" use\"");
		assertEquals(0, ClaimBenchRun.of("validate", document).exitCode());
		// The words from "its use" up to the next "its" are cut: offset `its` now holds "its unlawful".
		int next = lima.indexOf(" its unlawful") + 1;
		Files.writeString(folder.resolve(LIMA), lima.substring(0, its) + lima.substring(next), StandardCharsets.UTF_8);
		ClaimBenchRun reanchor = ClaimBenchRun.of("reanchor", document);
		assertEquals(1, reanchor.exitCode(), reanchor.toString());
		assertTrue(reanchor.err().contains("offset left unchanged"), reanchor.toString());
		ClaimBenchRun validate = ClaimBenchRun.of("validate", document);
		assertEquals(1, validate.exitCode(), "validate must fail: the anchor stands on other words\n" + validate);
		assertTrue(validate.out().contains("error: Suffix \" use\" does not match the text after mention \"its\" at offset "
				+ its), validate.toString());
		assertTrue(validate.out().contains("confirm it by changing the suffix to \" unl\""), validate.toString());
		String text = Files.readString(document, StandardCharsets.UTF_8);
		Files.writeString(document, text.replace("suffix \" use\"", "suffix \" unl\""), StandardCharsets.UTF_8);
		assertEquals(0, ClaimBenchRun.of("validate", document).exitCode(), "a person confirmed the anchor");
	}

	@Test
	void softHyphenPutIntoTheWordsKeepsThemFromMovingToAnExactCopyFurtherOn() throws IOException {
		String quote = "President Biden reiterated";
		int at = joint.indexOf(quote);
		Path document = statement(folder, JOINT, joint, mention(quote, at));
		// An editor hyphenates the words where they are; a later paragraph quotes them exactly.
		Files.writeString(folder.resolve(JOINT), joint.substring(0, at + 3) + "\u00AD" + joint.substring(at + 3)
				+ "\n\n" + quote + " it.\n", StandardCharsets.UTF_8);
		ClaimBenchRun run = ClaimBenchRun.of("reanchor", document);
		assertEquals(1, run.exitCode(), run.toString());
		assertTrue(run.err().contains("the quote matches the text at offset " + at
				+ " (line 8) except for a soft hyphen (U+00AD) in the text"), run.toString());
		assertTrue(Files.readString(document, StandardCharsets.UTF_8).contains(mention(quote, at)), "offset unchanged");
	}
}
