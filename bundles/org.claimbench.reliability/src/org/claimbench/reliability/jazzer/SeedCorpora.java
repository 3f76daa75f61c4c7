package org.claimbench.reliability.jazzer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.claimbench.benchmarks.SyntheticCorpus;
import org.claimbench.reliability.Fuzz;
import org.claimbench.reliability.XmiFuzz;

/**
 * The inputs each Jazzer target starts from, one folder per target: every schema, annotation file and
 * source text of the repository's bundles (the sample, the other coder's file, the test fixtures), small
 * synthetic corpora, and the sample exported as XMI. Written afresh on each run; what Jazzer finds
 * interesting goes to a corpus folder of its own that runs keep.
 */
public final class SeedCorpora {

	/** The synthetic documents: small, so that mutations of them stay fast. */
	private static final int[] SYNTHETIC_CLAIMS = { 2, 6, 20 };

	private SeedCorpora() {
	}

	/** @param bundles the repository's bundles folder, searched for model files and source texts */
	public static void write(Path sample, Path bundles, Path seeds, Path work) throws IOException {
		Path claims = fresh(seeds.resolve("claims"));
		Path schemas = fresh(seeds.resolve("cbschema"));
		Path texts = fresh(seeds.resolve("anchors"));
		Path xmi = fresh(seeds.resolve("xmi"));
		try (Stream<Path> files = Files.walk(bundles)) {
			for (Path file : files.filter(f -> Files.isRegularFile(f) && !isBuildOutput(bundles, f)).toList()) {
				String name = file.getFileName().toString();
				if (name.endsWith(".claims")) {
					copy(bundles, file, claims);
				} else if (name.endsWith(".cbschema")) {
					copy(bundles, file, schemas);
				} else if (name.endsWith(".txt") && hasDocumentBeside(file)) {
					copy(bundles, file, texts);
				}
			}
		}
		Path synthetic = fresh(work.resolve("synthetic"));
		SyntheticCorpus corpus = new SyntheticCorpus(20241128L);
		corpus.writeSchema(synthetic);
		for (int claimCount : SYNTHETIC_CLAIMS) {
			corpus.writeDocument(synthetic, "s" + claimCount, claimCount, 0);
		}
		try (Stream<Path> files = Files.list(synthetic)) {
			for (Path file : files.toList()) {
				String name = file.getFileName().toString();
				Path into = name.endsWith(".claims") ? claims : name.endsWith(".cbschema") ? schemas : texts;
				Files.copy(file, into.resolve("synthetic_" + name));
			}
		}
		Files.write(xmi.resolve("sample.xmi"), new XmiFuzz(sample.resolve(Fuzz.SAMPLE_DOCUMENT), work).sampleXmi());
	}

	private static boolean isBuildOutput(Path bundles, Path file) {
		Path relative = bundles.relativize(file);
		for (Path part : relative) {
			if (List.of("target", "bin", "src-gen").contains(part.toString()) || part.toString().startsWith(".")) {
				return true;
			}
		}
		return false;
	}

	private static boolean hasDocumentBeside(Path text) throws IOException {
		try (Stream<Path> siblings = Files.list(text.getParent())) {
			return siblings.anyMatch(f -> f.getFileName().toString().endsWith(".claims"));
		}
	}

	/** Named after its path in the repository, so seeds of the same name in two bundles both stay. */
	private static void copy(Path bundles, Path file, Path into) throws IOException {
		Files.copy(file, into.resolve(bundles.relativize(file).toString().replace('/', '_')));
	}

	private static Path fresh(Path folder) throws IOException {
		if (Files.isDirectory(folder)) {
			try (Stream<Path> old = Files.list(folder)) {
				for (Path file : old.toList()) {
					Files.delete(file);
				}
			}
		}
		return Files.createDirectories(folder);
	}
}
