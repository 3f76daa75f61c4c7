package org.claimbench.ui.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.claimbench.benchmarks.SyntheticCorpus;
import org.claimbench.core.StreamingValidator;
import org.claimbench.workspace.internal.build.ClaimBenchNature;
import org.claimbench.workspace.internal.validation.ProblemMarkers;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.resources.IWorkspaceDescription;
import org.eclipse.core.resources.IncrementalProjectBuilder;
import org.eclipse.core.resources.ResourcesPlugin;
import org.junit.jupiter.api.Test;

/**
 * Times the project builder on the synthetic corpus imported as a workspace project (100k claims in 1,000 files by
 * default; {@code -DbuildBench.documents=N} for N files of 100 claims, {@code -DbuildBench.rounds=R} for R full builds
 * instead of 2, one where a round takes ten minutes): a full build, against what
 * {@code claimbench validate} does with the same folder in the same run ({@link StreamingValidator}, in this
 * process), then one document changed on disk and the incremental build that follows. Prints a markdown table;
 * asserts no timing.
 */
class WorkspaceBuildBenchmarkTest {

	private static final int CLAIMS_PER_DOCUMENT = 100;
	private static final int CHANGES = 6;
	private static final String VALID_DATE = "since 2010-01-01";
	private static final String INVALID_DATE = "since 2010-13-01";

	@Test
	void fullAndIncrementalBuildOfTheSyntheticCorpus() throws Exception {
		int documents = Integer.getInteger("buildBench.documents", 1_000);
		IWorkspace workspace = ResourcesPlugin.getWorkspace();
		IWorkspaceDescription settings = workspace.getDescription();
		boolean autoBuilding = settings.isAutoBuilding();
		settings.setAutoBuilding(false); // the builds below are started, and timed, by hand
		workspace.setDescription(settings);
		try {
			run(documents);
		} finally {
			settings.setAutoBuilding(autoBuilding);
			workspace.setDescription(settings);
		}
	}

	private static void run(int documents) throws Exception {
		int rounds = Integer.getInteger("buildBench.rounds", 2);
		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject("build-bench");
		if (project.exists()) {
			project.delete(true, true, null);
		}
		project.create(null);
		project.open(null);
		Path folder = project.getLocation().toFile().toPath();
		new SyntheticCorpus(42).write(folder, documents, CLAIMS_PER_DOCUMENT);
		project.refreshLocal(IResource.DEPTH_INFINITE, null);
		ClaimBenchNature.addTo(project, null);

		// Interleaved, so that both meet the machine in the same state (JIT, caches, other processes' load).
		long[] validate = new long[rounds];
		long[] build = new long[rounds];
		long heapAfterBuild = 0;
		for (int round = 0; round < rounds; round++) {
			long start = System.nanoTime();
			StreamingValidator.Result result = new StreamingValidator().validate(List.of(folder));
			validate[round] = System.nanoTime() - start;
			assertFalse(result.hasErrors(), "the synthetic corpus validates clean");

			project.build(IncrementalProjectBuilder.CLEAN_BUILD, null);
			resetPeakHeap();
			start = System.nanoTime();
			project.build(IncrementalProjectBuilder.FULL_BUILD, null);
			build[round] = System.nanoTime() - start;
			heapAfterBuild = Math.max(heapAfterBuild, peakHeap());
			assertEquals(0, errors(project), "the build finds the corpus clean too");
		}

		// One document changed on disk, as git or another program changes it: an invalid date, then the valid one.
		IFile changed = project.getFile(String.format("d%05d.claims", documents / 2));
		Path changedPath = changed.getLocation().toFile().toPath();
		String original = Files.readString(changedPath, StandardCharsets.UTF_8);
		String broken = original.replaceFirst(VALID_DATE, INVALID_DATE);
		long[] incremental = new long[CHANGES];
		for (int i = 0; i < CHANGES; i++) {
			boolean breaks = i % 2 == 0;
			Files.writeString(changedPath, breaks ? broken : original, StandardCharsets.UTF_8);
			long start = System.nanoTime();
			changed.refreshLocal(IResource.DEPTH_ZERO, null);
			project.build(IncrementalProjectBuilder.INCREMENTAL_BUILD, null);
			incremental[i] = System.nanoTime() - start;
			assertEquals(breaks ? 1 : 0, errors(project), "the changed document's date is marked while it is wrong");
		}

		List<String> rows = new ArrayList<>();
		rows.add("| measurement | time | notes |");
		rows.add("|---|---:|---|");
		rows.add(String.format("| `claimbench validate` of the folder (`StreamingValidator` in this process), %,d claims in %,d files | %,d ms | best of %d, interleaved with the builds |",
				documents * CLAIMS_PER_DOCUMENT, documents, BenchmarkTables.millis(min(validate)), rounds));
		rows.add(String.format("| **full build of the same folder as a workspace project** | **%,d ms** | best of %d, each after a clean; %.2f× validate; peak heap %,d MB (sum of the pools' peaks, an upper bound) |",
				BenchmarkTables.millis(min(build)), rounds, (double) min(build) / min(validate),
				heapAfterBuild >> 20));
		rows.add(String.format("| **re-build after one document changed on disk** | **%,d ms** | median of %d (refresh + incremental build, markers written); p95 %,d ms |",
				BenchmarkTables.millis(BenchmarkTables.percentile(incremental, 50)), CHANGES, BenchmarkTables.millis(BenchmarkTables.percentile(incremental, 95))));
		BenchmarkTables.report(rows, "buildBench.report");
		project.delete(true, true, null);
	}

	private static int errors(IProject project) throws Exception {
		return (int) Arrays.stream(project.findMarkers(ProblemMarkers.TYPE, false, IResource.DEPTH_INFINITE))
				.filter(m -> m.getAttribute(IMarker.SEVERITY, -1) == IMarker.SEVERITY_ERROR).count();
	}

	private static void resetPeakHeap() {
		for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
			if (pool.getType() == MemoryType.HEAP) {
				pool.resetPeakUsage();
			}
		}
	}

	/** The sum of the heap pools' peaks since the reset: an upper bound of the peak heap. */
	private static long peakHeap() {
		return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
				.mapToLong(p -> p.getPeakUsage().getUsed()).sum();
	}

	private static long min(long[] nanos) {
		return Arrays.stream(nanos).min().orElseThrow();
	}
}
