package org.claimbench.ui.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.claimbench.benchmarks.SyntheticCorpus;
import org.claimbench.core.curation.GoldDocument;
import org.claimbench.ui.internal.curation.CurationEditor;
import org.claimbench.ui.internal.editor.AnnotationEditor;
import org.claimbench.ui.internal.curation.CurationInput;
import org.claimbench.workspace.internal.model.ProjectModelLoader;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.Test;

/**
 * Times the curation editor on three coders' versions of the synthetic 10k-anchor document, each with seeded
 * differences (another trend on some threat assessments, some mentions left out): opening it until the statement
 * is painted with its units, the first time in the session and again; and saving the gold once every dispute is
 * settled. Prints a markdown table; asserts no timing.
 */
class CurationBenchmarkTest {

	private static final int WARM_OPENS = 5;
	private static final String[] CODERS = { "alice", "bob", "carol" };

	@Test
	void curationOfThreeVersionsOfALargeDocument() throws Exception {
		IProject project = project();
		List<IFile> versions = new ArrayList<>();
		for (String coder : CODERS) {
			versions.add(project.getFile("large." + coder + ".claims"));
		}
		CurationInput input = new CurationInput(versions, project.getFile("large.gold.claims"), "large_gold");
		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();

		long cold = 0;
		long[] warm = new long[WARM_OPENS];
		CurationEditor editor = null;
		for (int i = 0; i <= WARM_OPENS; i++) {
			long start = System.nanoTime();
			editor = (CurationEditor) page.openEditor(input, CurationEditor.ID);
			awaitPaint(editor);
			long shown = System.nanoTime() - start;
			if (i == 0) {
				cold = shown;
			} else {
				warm[i - 1] = shown;
			}
			if (i < WARM_OPENS) {
				page.closeEditor(editor, false);
				EventLoop.flush();
			}
		}
		int units = editor.curation().units().size();
		int disputed = editor.curation().disputed().size();
		assertTrue(disputed > 100, "the seeded differences are disputes: " + disputed);
		assertEquals(disputed, editor.unitTable().getItemCount(), "the table starts with the units to decide");

		editor.curation().preferEverywhere(1);
		// The gold the editor would write must be writable at all: a refusal would otherwise only show in a dialog.
		GoldDocument.write(editor.curation(), ProjectModelLoader.uri(input.gold()), input.documentName());
		long start = System.nanoTime();
		editor.doSave(null);
		long save = System.nanoTime() - start;
		assertTrue(!editor.isDirty(), "saved");
		long goldBytes = Files.size(project.getFile("large.gold.claims").getLocation().toPath());
		page.closeEditor(editor, false);

		// The same machine at the same moment, for comparison: one version in the annotation editor.
		long[] single = new long[WARM_OPENS];
		for (int i = 0; i <= WARM_OPENS; i++) {
			long opened = System.nanoTime();
			AnnotationEditor one = (AnnotationEditor) IDE.openEditor(page, versions.get(0));
			EventLoop.awaitPaint(one.sourceWidget(), "the statement");
			if (i > 0) {
				single[i - 1] = System.nanoTime() - opened;
			}
			page.closeEditor(one, false);
			EventLoop.flush();
		}

		int anchors = anchors(project.getFile("large.alice.claims"));
		List<String> rows = new ArrayList<>();
		rows.add("| measurement | time | notes |");
		rows.add("|---|---:|---|");
		rows.add(String.format("| open the curation editor on 3 versions of the %,d-anchor document until painted with its units (first open) | %,d ms | cold: in a session where Xtext is set up already; %,d units, %,d to decide |",
				anchors, BenchmarkTables.millis(cold), units, disputed));
		rows.add(String.format("| **open it again** | **%,d ms** | median of %d; target 2 s |", BenchmarkTables.millis(BenchmarkTables.median(warm)), WARM_OPENS));
		rows.add(String.format("| for comparison: open one of the versions in the annotation editor until painted | %,d ms | median of %d, same run |",
				BenchmarkTables.millis(BenchmarkTables.median(single)), WARM_OPENS));
		rows.add(String.format("| save the gold (every dispute settled by one coder) | %,d ms | %.1f MB written atomically |", BenchmarkTables.millis(save),
				goldBytes / 1e6));
		BenchmarkTables.report(rows, "curationBench.report");
	}

	/** The large document of the editor benchmark as three coders' versions, each a little different. */
	private static IProject project() throws Exception {
		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject("curation-bench");
		if (project.exists()) {
			project.delete(true, true, null);
		}
		project.create(null);
		project.open(null);
		Path folder = project.getLocation().toFile().toPath();
		SyntheticCorpus corpus = new SyntheticCorpus(42);
		corpus.writeSchema(folder);
		Path large = corpus.writeDocument(folder, "large", 5_800, 1);
		String text = Files.readString(large);
		Files.delete(large);
		for (int c = 0; c < CODERS.length; c++) {
			Files.writeString(folder.resolve("large." + CODERS[c] + ".claims"), version(text, CODERS[c], new Random(100 + c)));
		}
		project.refreshLocal(IResource.DEPTH_INFINITE, null);
		return project;
	}

	private static final Pattern TREND = Pattern.compile("\ttrend (\\w+)\n");
	private static final Pattern MENTION = Pattern.compile("\n\tmention \"[^\"]*\" at \\d+(?=\n)");

	/** The document as one coder's version: its own name and coder, 5 % of the trends changed, 2 % of the mentions left out. */
	private static String version(String text, String coder, Random random) {
		String named = text.replaceFirst("document large\n", "document large_" + coder + "\n")
				.replaceFirst("\tschema bench\n", "\tcoder \"" + coder + "\"\n\tstatus complete\n\tschema bench\n");
		StringBuilder out = new StringBuilder();
		Matcher trend = TREND.matcher(named);
		while (trend.find()) {
			String value = random.nextInt(20) == 0 ? (trend.group(1).equals("stable") ? "deteriorating" : "stable") : trend.group(1);
			trend.appendReplacement(out, "\ttrend " + value + "\n");
		}
		trend.appendTail(out);
		StringBuilder kept = new StringBuilder();
		Matcher mention = MENTION.matcher(out);
		while (mention.find()) {
			mention.appendReplacement(kept, random.nextInt(50) == 0 ? "" : Matcher.quoteReplacement(mention.group()));
		}
		mention.appendTail(kept);
		return kept.toString();
	}

	private static int anchors(IFile file) throws Exception {
		return (int) Files.readString(file.getLocation().toPath()).lines().filter(l -> l.matches("\t(quote|mention) .*")).count();
	}

	private static void awaitPaint(CurationEditor editor) {
		EventLoop.awaitPaint(editor.statementText(), "the statement");
	}
}
