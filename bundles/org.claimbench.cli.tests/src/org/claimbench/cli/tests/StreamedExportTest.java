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

import org.claimbench.cli.report.EdgeListCsv;
import org.claimbench.core.LoadedModel;
import org.claimbench.core.ModelLoader;
import org.claimbench.core.export.Exporter;
import org.claimbench.core.export.GraphMlExporter;
import org.claimbench.core.export.WebAnnotationExporter;
import org.claimbench.core.export.XmiExporter;
import org.claimbench.core.network.NetworkKind;
import org.claimbench.core.network.NetworkSpec;
import org.claimbench.core.network.TimeWindow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line writes every format but UIMA one document at a time, after a validation that keeps none of
 * them, so that a corpus larger than memory exports; each file must be the one the exporters write from all the
 * documents loaded together, which is what the workbench's export wizard writes. The sample folder has two
 * coders' versions of one statement, an actor register and a relation into the earlier statement; given one
 * document alone, the register and that statement come along (XMI), or stay outside the network.
 */
class StreamedExportTest {

	@TempDir
	Path folder;

	private void assertStreamedEqualsTogether(String format, Exporter together, String... options) throws IOException {
		Path sample = BundledSample.copyInto(Files.createTempDirectory(folder, "sample"));
		for (List<Path> given : List.of(List.of(sample), List.of(sample.resolve("us-japan-edd-2024.claims")))) {
			Path out = folder.resolve("streamed." + format);
			List<Object> arguments = new ArrayList<>(List.of("export"));
			arguments.addAll(given);
			arguments.addAll(List.of("--to", format, "-o", out));
			arguments.addAll(List.of((Object[]) options));
			ClaimBenchRun run = ClaimBenchRun.of(arguments.toArray());
			assertEquals(0, run.exitCode(), run.toString());
			LoadedModel loaded = new ModelLoader().load(given);
			assertEquals(new String(together.export(loaded.documents()), StandardCharsets.UTF_8), Files.readString(out),
					format + " " + List.of(options) + " of " + given);
		}
	}

	@Test
	void xmiWrittenRootByRootIsTheSelfContainedFileOfAllDocumentsLoadedTogether() throws IOException {
		assertStreamedEqualsTogether("xmi", new XmiExporter());
		String xmi = Files.readString(folder.resolve("streamed.xmi"));
		assertTrue(xmi.contains("<xmi:XMI"), "the document given, the register and the statement it refers to, and the schemas");
		try (var files = Files.list(folder)) {
			assertFalse(files.anyMatch(file -> file.getFileName().toString().endsWith(".part")), "no spool file left");
		}
	}

	@Test
	void webAnnotationWrittenCollectionByCollectionIsTheExportOfAllDocumentsLoadedTogether() throws IOException {
		assertStreamedEqualsTogether("webannotation", new WebAnnotationExporter());
	}

	@Test
	void networksBuiltDocumentByDocumentAreTheNetworksOfAllDocumentsLoadedTogether() throws IOException {
		assertStreamedEqualsTogether("graphml", new GraphMlExporter(NetworkSpec.FULL));
		assertStreamedEqualsTogether("edges", new EdgeListCsv(NetworkSpec.FULL));
		assertStreamedEqualsTogether("graphml", new GraphMlExporter(new NetworkSpec(NetworkKind.TWO_MODE, "valence", TimeWindow.ALWAYS)),
				"--network", "two-mode", "--qualifier", "valence");
		assertStreamedEqualsTogether("edges", new EdgeListCsv(new NetworkSpec(NetworkKind.ACTORS, null, new TimeWindow("2024-01-01", null))),
				"--network", "actors", "--since", "2024-01-01");
	}

	/** A CAS holds one text: several documents are refused from their names, before a broken one among them is even read. */
	@Test
	void uimaRefusesSeveralDocumentsBeforeLoadingAny() throws IOException {
		Path sample = BundledSample.copyInto(folder.resolve("sample"));
		Files.writeString(sample.resolve("broken.claims"), "document broken {");
		Path out = folder.resolve("sample.xmi");
		ClaimBenchRun run = ClaimBenchRun.of("export", sample, "--to", "uima", "-o", out);
		assertEquals(2, run.exitCode(), run.toString());
		assertEquals("claimbench: a UIMA CAS holds one text: give one .claims file, not 5 (broken.claims, us-japan-2023.claims, "
				+ "us-japan-actors.claims and 2 more)\n", run.err());
		assertFalse(Files.exists(out));
	}
}
