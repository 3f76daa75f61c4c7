package org.claimbench.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.claimbench.core.LoadedModel;
import org.claimbench.core.ModelLoader;
import org.claimbench.model.claims.Anchor;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Re-anchoring the real sample after real edits of its source text. The truth is computed from the
 * edit itself: a span before it keeps its offset, a span after it shifts by the edit's change in
 * length, a span the edit touched has no place any more. Every anchor must end up at its true place
 * or be reported, never at other words.
 */
class ReanchorCommandTest {

	private static final String SOURCE = "us-japan-edd-2024.txt";
	private static final String ANNOTATION = "us-japan-edd-2024.claims";

	@TempDir
	Path folder;

	private String original;
	private List<Anchor> before;

	/** One replacement of old text by new text, and where it puts the spans around it. */
	private record Edit(int start, int oldLength, String replacement) {
		/** The span's new offset, or -1 when the edit touched it. */
		int map(int offset, int length) {
			if (offset + length <= start && !(oldLength == 0 && offset == start && length == 0)) {
				return offset;
			}
			if (offset >= start + oldLength) {
				return offset + replacement.length() - oldLength;
			}
			return -1;
		}

		String apply(String text) {
			return text.substring(0, start) + replacement + text.substring(start + oldLength);
		}
	}

	@BeforeEach
	void copySample() throws IOException {
		BundledSample.copyInto(folder);
		original = Files.readString(folder.resolve(SOURCE), StandardCharsets.UTF_8);
		before = anchors();
	}

	private List<Anchor> anchors() {
		LoadedModel model = new ModelLoader().load(List.of(folder.resolve(ANNOTATION)));
		List<Anchor> anchors = new ArrayList<>();
		EcoreUtil.<Object>getAllContents(model.documents().get(0), true).forEachRemaining(o -> {
			if (o instanceof Anchor anchor) {
				anchors.add(anchor);
			}
		});
		return anchors;
	}

	/** Applies the edit, re-anchors, and checks every anchor is at its true place or reported; returns the run. */
	private ClaimBenchRun reanchorAfter(Edit edit) throws IOException {
		Files.writeString(folder.resolve(SOURCE), edit.apply(original), StandardCharsets.UTF_8);
		ClaimBenchRun run = ClaimBenchRun.of("reanchor", folder.resolve(ANNOTATION));
		assertFalse(run.all().contains("Exception"), run.toString());
		List<Anchor> after = anchors();
		assertEquals(before.size(), after.size(), run.toString());
		for (int i = 0; i < before.size(); i++) {
			Anchor old = before.get(i);
			int truth = edit.map(old.getOffset(), old.getQuote().length());
			int now = after.get(i).getOffset();
			String reported = "\"" + old.getQuote() + "\" at " + old.getOffset() + " ";
			boolean flagged = run.err().contains(reported);
			assertTrue(now == truth && !flagged || now == old.getOffset() && flagged,
					"anchor " + reported + "is now at " + now + ", true place " + truth + "\n" + run);
		}
		return run;
	}

	private int countFlagged(ClaimBenchRun run) {
		return (int) run.err().lines().filter(l -> l.contains(": error: ")).count();
	}

	@Test
	void insertedParagraphMovesEveryLaterAnchorAndFlagsNone() throws IOException {
		int at = original.indexOf("\n\nSince 2010");
		ClaimBenchRun run = reanchorAfter(new Edit(at, 0,
				"\n\nThe U.S. and Japan discussed North Korea and China with the Ministers, and its partners."));
		assertEquals(0, run.exitCode(), run.toString());
		assertEquals(0, countFlagged(run), run.toString());
		assertTrue(run.out().contains("0 not placed"), run.toString());
		assertEquals(0, ClaimBenchRun.of("validate", folder.resolve(ANNOTATION)).exitCode(), "re-anchored file validates");
	}

	@Test
	void rewordedSentenceFlagsOnlyTheAnchorsOnTheChangedWords() throws IOException {
		String old = "increasingly deteriorating";
		ClaimBenchRun run = reanchorAfter(new Edit(original.indexOf(old), old.length(), "ever more dangerous"));
		assertEquals(1, run.exitCode(), run.toString());
		assertTrue(countFlagged(run) >= 1, run.toString());
		assertTrue(run.err().contains("not found in us-japan-edd-2024.txt"), run.toString());
	}

	@Test
	void deletedSentenceFlagsItsAnchorsAndDoesNotMoveThemToNamesakes() throws IOException {
		int start = original.indexOf(" Under these circumstances");
		int end = original.indexOf("nonproliferation.", start) + "nonproliferation.".length();
		ClaimBenchRun run = reanchorAfter(new Edit(start, end - start, ""));
		assertEquals(1, run.exitCode(), run.toString());
		assertTrue(run.err().contains("\"United States\" at 1253 not found"), run.toString());
		assertTrue(run.err().contains("\"Japan\" at 1271 "), "Japan occurs elsewhere, but not here any more\n" + run);
	}

	@Test
	void unchangedSourceChangesNothing() throws IOException {
		Path annotation = folder.resolve(ANNOTATION);
		byte[] bytes = Files.readAllBytes(annotation);
		ClaimBenchRun run = ClaimBenchRun.of("reanchor", annotation);
		assertEquals(0, run.exitCode(), run.toString());
		assertTrue(run.out().contains(before.size() + " anchors: " + before.size() + " unchanged, 0 moved"), run.toString());
		assertEquals(new String(bytes, StandardCharsets.UTF_8), Files.readString(annotation, StandardCharsets.UTF_8));
	}

	@Test
	void dryRunReportsButWritesNothing() throws IOException {
		Path annotation = folder.resolve(ANNOTATION);
		String text = Files.readString(annotation, StandardCharsets.UTF_8);
		Files.writeString(folder.resolve(SOURCE), "Preface.\n" + original, StandardCharsets.UTF_8);
		ClaimBenchRun run = ClaimBenchRun.of("reanchor", annotation, "--dry-run");
		assertEquals(0, run.exitCode(), run.toString());
		assertTrue(run.out().contains("moved \"North Korea\" at 852 to 861"), run.toString());
		assertTrue(run.out().contains("(dry run: "), run.toString());
		assertEquals(text, Files.readString(annotation, StandardCharsets.UTF_8));
	}

	@Test
	void fileThatDoesNotParseIsRefused() throws IOException {
		Path annotation = folder.resolve(ANNOTATION);
		String text = Files.readString(annotation, StandardCharsets.UTF_8);
		Files.writeString(annotation, text.replaceFirst("mention \"", "mention mention \""), StandardCharsets.UTF_8);
		ClaimBenchRun run = ClaimBenchRun.of("reanchor", annotation);
		assertEquals(2, run.exitCode(), run.toString());
		assertTrue(run.err().contains("fix the syntax errors first"), run.toString());
		assertTrue(run.err().contains(annotation + ":9:"), run.toString());
	}
}
