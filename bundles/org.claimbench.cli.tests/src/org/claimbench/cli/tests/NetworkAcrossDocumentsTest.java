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
import java.util.stream.Stream;

import org.claimbench.cli.report.EdgeListCsv;
import org.claimbench.core.ModelLoader;
import org.claimbench.core.export.GraphMlExporter;
import org.claimbench.core.export.NetworkExporter;
import org.claimbench.core.network.NetworkSpec;
import org.jgrapht.graph.DefaultEdge;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The full network of several documents, written by the command line from files it spools beside the output (the
 * network of a large corpus does not fit in memory): a relation across documents is kept, one into a statement not
 * given is left out, and a group's membership stands only where its member is a node, here an actor of a register
 * not given who holds a claim of a later document. The edges are the ones the export wrote before it spooled.
 */
class NetworkAcrossDocumentsTest {

	/** A statement whose group and relations reach into the register and both sample statements. */
	private static final String EXTRA = """
			document extra_2024
				title "A statement that reaffirms two others"
				date 2024-08-01
				source "extra.txt"
				schema deterrence

			group Pair : Alliance = Japan, Russia "the pair"

			claim keepWord : Need by UnitedStates {
				objective "keep its word"
				modality need
				status reaffirmed
				quote "must keep its word" at 18
			}

			relation reaffirms keepWord -> us_japan_2023.strengthenCapacity

			relation reaffirms keepWord -> us_japan_edd_2024.reinforcePosture
			""";

	/** The edges of the extra statement and the 2024 statement, without the register or the 2023 statement. */
	private static final String EDGES_OF_TWO = """
			source,target,type,weight,kind
			extra_2024.Pair,us_japan_actors.Japan,member,1,
			us_japan_actors.UnitedStates,extra_2024.keepWord,holds,1,
			us_japan_edd_2024.Ministers,us_japan_edd_2024.Kamikawa,member,1,
			us_japan_edd_2024.Ministers,us_japan_edd_2024.Kihara,member,1,
			us_japan_edd_2024.Ministers,us_japan_edd_2024.Blinken,member,1,
			us_japan_edd_2024.Ministers,us_japan_edd_2024.Austin,member,1,
			us_japan_edd_2024.Ministers,us_japan_edd_2024.meeting,holds,1,
			us_japan_edd_2024.Ministers,us_japan_edd_2024.coordination,holds,1,
			us_japan_edd_2024.Ministers,us_japan_edd_2024.progress,holds,1,
			us_japan_edd_2024.Ministers,us_japan_edd_2024.securityEnvironment,holds,1,
			us_japan_edd_2024.Ministers,us_japan_edd_2024.northKoreaThreat,holds,1,
			us_japan_edd_2024.Ministers,us_japan_edd_2024.chinaThreat,holds,1,
			us_japan_edd_2024.Ministers,us_japan_edd_2024.russiaThreat,holds,1,
			us_japan_actors.UnitedStates,us_japan_edd_2024.reinforcePosture,holds,1,
			us_japan_actors.Japan,us_japan_edd_2024.reinforcePosture,holds,1,
			us_japan_actors.UnitedStates,us_japan_edd_2024.manageThreats,holds,1,
			us_japan_actors.Japan,us_japan_edd_2024.manageThreats,holds,1,
			us_japan_edd_2024.Ministers,us_japan_edd_2024.consultations,holds,1,
			us_japan_edd_2024.Ministers,us_japan_edd_2024.capabilityDiscussions,holds,1,
			us_japan_edd_2024.Ministers,us_japan_edd_2024.acmCoordination,holds,1,
			us_japan_edd_2024.Ministers,us_japan_edd_2024.meetingSignificance,holds,1,
			us_japan_edd_2024.Ministers,us_japan_edd_2024.exploreReinforcement,holds,1,
			extra_2024.keepWord,us_japan_edd_2024.reinforcePosture,relation,1,reaffirms
			us_japan_edd_2024.progress,us_japan_edd_2024.coordination,relation,1,evaluates
			us_japan_edd_2024.northKoreaThreat,us_japan_edd_2024.securityEnvironment,relation,1,elaborates
			us_japan_edd_2024.chinaThreat,us_japan_edd_2024.securityEnvironment,relation,1,elaborates
			us_japan_edd_2024.russiaThreat,us_japan_edd_2024.securityEnvironment,relation,1,elaborates
			us_japan_edd_2024.securityEnvironment,us_japan_edd_2024.reinforcePosture,relation,1,motivates
			us_japan_edd_2024.securityEnvironment,us_japan_edd_2024.manageThreats,relation,1,motivates
			us_japan_edd_2024.meetingSignificance,us_japan_edd_2024.meeting,relation,1,evaluates
			us_japan_edd_2024.exploreReinforcement,us_japan_edd_2024.reinforcePosture,relation,1,implements
			""";

	@TempDir
	Path folder;

	private Path sample;

	@BeforeEach
	void writeProject() throws IOException {
		sample = BundledSample.copyInto(folder.resolve("sample"));
		Files.writeString(sample.resolve("extra.txt"), "The United States must keep its word to the pair.\n");
		Files.writeString(sample.resolve("extra.claims"), EXTRA);
	}

	private Path exported(List<Path> given, String format) throws IOException {
		Path out = folder.resolve("network." + format);
		List<Object> arguments = new ArrayList<>(List.of("export"));
		arguments.addAll(given);
		arguments.addAll(List.of("--to", format, "-o", out));
		ClaimBenchRun run = ClaimBenchRun.of(arguments.toArray());
		assertEquals(0, run.exitCode(), run.toString());
		return out;
	}

	/** What the export wizard writes of the same documents, all loaded together. */
	private static String together(List<Path> given, NetworkExporter exporter) throws IOException {
		return new String(exporter.export(new ModelLoader().load(given).documents()), StandardCharsets.UTF_8);
	}

	private static boolean hasEdge(GraphMlReading graph, String source, String target, String type) {
		DefaultEdge edge = graph.graph().getEdge(source, target);
		return edge != null && type.equals(graph.data(edge, "type"));
	}

	@Test
	void twoOfTheDocumentsKeepTheirRelationAcrossAndLeaveOutTheOneToAStatementNotGiven() throws IOException {
		List<Path> given = List.of(sample.resolve("extra.claims"), sample.resolve("us-japan-edd-2024.claims"));
		assertEquals(EDGES_OF_TWO, Files.readString(exported(given, "edges")));
		assertEquals(together(given, new EdgeListCsv(NetworkSpec.FULL)), Files.readString(folder.resolve("network.edges")));

		Path graphml = exported(given, "graphml");
		assertEquals(together(given, new GraphMlExporter(NetworkSpec.FULL)), Files.readString(graphml));
		GraphMlReading graph = GraphMlReading.of(graphml, true);
		assertTrue(hasEdge(graph, "extra_2024.keepWord", "us_japan_edd_2024.reinforcePosture", "relation"), "the relation across documents");
		assertFalse(graph.graph().containsVertex("us_japan_2023.strengthenCapacity"), "no node of a statement not given");
		assertEquals(1, graph.graph().outgoingEdgesOf("extra_2024.keepWord").size(), "the relation into 2023 left out");
		assertEquals("actor", graph.data("us_japan_actors.Japan", "type"), "a holder of the register not given");
		assertTrue(hasEdge(graph, "extra_2024.Pair", "us_japan_actors.Japan", "member"), "Japan holds claims of the later statement");
		assertFalse(graph.graph().containsVertex("us_japan_actors.Russia"), "Russia holds nothing here: no node, no membership");
		assertNoSpoolLeft();
	}

	@Test
	void theWholeProjectKeepsEveryRelationAndMembership() throws IOException {
		Path graphml = exported(List.of(sample), "graphml");
		assertEquals(together(List.of(sample), new GraphMlExporter(NetworkSpec.FULL)), Files.readString(graphml));
		GraphMlReading graph = GraphMlReading.of(graphml, true);
		assertTrue(hasEdge(graph, "extra_2024.keepWord", "us_japan_2023.strengthenCapacity", "relation"));
		assertTrue(hasEdge(graph, "extra_2024.keepWord", "us_japan_edd_2024.reinforcePosture", "relation"));
		assertTrue(hasEdge(graph, "extra_2024.Pair", "us_japan_actors.Russia", "member"), "the register is given: every actor is a node");
		assertFalse(graph.graph().vertexSet().stream().anyMatch(id -> id.startsWith("us_japan_edd_2024_coder_b.")),
				"the other coder's version is set aside");
		assertEquals(together(List.of(sample), new EdgeListCsv(NetworkSpec.FULL)), Files.readString(exported(List.of(sample), "edges")));
		assertNoSpoolLeft();
	}

	private void assertNoSpoolLeft() throws IOException {
		try (Stream<Path> files = Files.list(folder)) {
			List<String> names = files.map(file -> file.getFileName().toString()).sorted().toList();
			assertEquals(List.of("network.edges", "network.graphml", "sample"), names, "no spool or temporary file left");
		}
	}
}
