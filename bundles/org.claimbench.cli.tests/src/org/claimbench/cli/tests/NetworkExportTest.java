package org.claimbench.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.claimbench.core.ModelLoader;
import org.claimbench.model.claims.Actor;
import org.claimbench.model.claims.Claim;
import org.claimbench.model.claims.Document;
import org.claimbench.model.claims.Relation;
import org.jgrapht.graph.DefaultEdge;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Networks of actors and claims as graph tools read them: the full graph of the sample series read
 * back by JGraphT, and the agreement and conflict networks of Discourse Network Analyzer on a small
 * series whose actors take opposite stances.
 */
class NetworkExportTest {

	private static final String[] SERIES = { "us-japan-actors.claims", "us-japan-2023.claims", "us-japan-edd-2024.claims" };

	@TempDir
	Path folder;

	/** The gold version of each sample statement and the actor register (the second coder's version left out). */
	private static List<Path> sampleSeries() throws IOException {
		Path sample = BundledSample.folder();
		return List.of(SERIES).stream().map(sample::resolve).toList();
	}

	private static String id(Document document, String name) {
		return document.getName() + "." + name;
	}

	private static String id(Claim claim) {
		return id((Document) claim.eContainer(), claim.getName());
	}

	private static String id(Actor actor) {
		return id((Document) actor.eContainer(), actor.getName());
	}

	private ClaimBenchRun export(List<Path> inputs, Path out, String... options) {
		List<Object> args = new ArrayList<>(List.of("export"));
		args.addAll(inputs);
		args.addAll(List.of("-o", out));
		args.addAll(List.of(options));
		return ClaimBenchRun.of(args.toArray());
	}

	/** Exports the stances series and checks that it worked. */
	private ClaimBenchRun exported(String out, String... options) throws IOException {
		ClaimBenchRun run = export(stances(), folder.resolve(out), options);
		assertEquals(0, run.exitCode(), run.toString());
		return run;
	}

	@Test
	void theSampleSeriesGraphHasEveryActorClaimHolderAndRelation() throws IOException {
		List<Path> series = sampleSeries();
		Path out = folder.resolve("series.graphml");
		ClaimBenchRun run = export(series, out, "--to", "graphml");
		assertEquals(0, run.exitCode(), run.toString());
		assertTrue(run.out().startsWith("exported 3 documents ("), run.toString());
		assertTrue(run.out().contains("(full network: "), run.toString());

		List<Document> documents = new ModelLoader().load(series).documents();
		GraphMlReading graph = GraphMlReading.of(out, true);
		List<Actor> actors = documents.stream().flatMap(d -> d.getActors().stream()).toList();
		List<Claim> claims = documents.stream().flatMap(d -> d.getClaims().stream()).toList();
		assertEquals(actors.stream().map(NetworkExportTest::id).sorted().toList(), graph.nodesOfType("actor"));
		assertEquals(claims.stream().map(NetworkExportTest::id).sorted().toList(), graph.nodesOfType("claim"));
		assertEquals(graph.graph().vertexSet().size(), actors.size() + claims.size(), "no other nodes");

		for (Claim claim : claims) {
			Set<String> holders = claim.getHolders().stream().map(NetworkExportTest::id).collect(Collectors.toSet());
			Set<String> holdingEdges = graph.graph().incomingEdgesOf(id(claim)).stream().filter(e -> "holds".equals(graph.data(e, "type")))
					.map(e -> graph.graph().getEdgeSource(e)).collect(Collectors.toSet());
			assertEquals(holders, holdingEdges, claim.getName());
			assertEquals(claim.getKind().getName(), graph.data(id(claim), "kind"));
			assertEquals(((Document) claim.eContainer()).getName(), graph.data(id(claim), "document"));
			assertEquals(claim.getAnchors().get(0).getQuote(), graph.data(id(claim), "quote"));
		}
		assertEquals(claims.stream().mapToInt(c -> c.getHolders().size()).sum(), graph.edgesOfType("holds").size());

		List<Relation> relations = documents.stream().flatMap(d -> d.getRelations().stream()).toList();
		assertEquals(relations.size(), graph.edgesOfType("relation").size());
		int crossing = 0;
		for (Relation relation : relations) {
			String source = id(relation.getSource());
			String target = id(relation.getTarget());
			assertTrue(graph.graph().getAllEdges(source, target).stream().anyMatch(e -> "relation".equals(graph.data(e, "type"))
					&& relation.getKind().getName().equals(graph.data(e, "kind"))), relation.getKind().getName() + " " + source + " -> " + target);
			if (!graph.data(source, "document").equals(graph.data(target, "document"))) {
				crossing++;
			}
		}
		assertTrue(crossing > 0, "the 2024 statement's relations to 2023 claims link nodes of two documents");

		Path wholeFolder = folder.resolve("folder.graphml");
		ClaimBenchRun folderRun = export(List.of(series.get(0).getParent()), wholeFolder, "--to", "graphml");
		assertEquals(0, folderRun.exitCode(), folderRun.toString());
		assertTrue(folderRun.out().contains("; set aside, other coders' versions: us_japan_edd_2024_coder_b"), folderRun.toString());
		GraphMlReading fromFolder = GraphMlReading.of(wholeFolder, true);
		assertEquals(graph.graph().vertexSet(), fromFolder.graph().vertexSet(), "the second coder's claims are not counted twice");
		assertEquals(graph.graph().edgeSet().size(), fromFolder.graph().edgeSet().size());
	}

	/** A register of three states and two statements: A and B take the same stance; C opposes them in 2023 and joins them in 2024. */
	private List<Path> stances() throws IOException {
		Files.writeString(folder.resolve("nets.cbschema"), """
				schema nets
				actor kind State
				enum Stance { pro contra }
				claim kind Position is Assessment { stance: Stance  reason: text }
				claim kind Pledge is Commitment
				""");
		Files.writeString(folder.resolve("states.claims"), "register states schema nets\nactor A : State\nactor B : State\nactor C : State\n");
		Files.writeString(folder.resolve("s2023.txt"), "2023.\n");
		Files.writeString(folder.resolve("s2024.txt"), "2024.\n");
		Files.writeString(folder.resolve("s2023.claims"), """
				document s2023 date 2023-05-01 source "s2023.txt" schema nets
				claim a : Position by A { stance pro reason "costly, \\"risky\\"" }
				claim b : Position by B { stance pro }
				claim c : Position by C { stance contra }
				claim pledge : Pledge by A, B
				""");
		Files.writeString(folder.resolve("s2024.claims"), """
				document s2024 date 2024-05-01 source "s2024.txt" schema nets
				claim c : Position by C { stance pro }
				""");
		return List.of(folder);
	}

	/** "source target type" to weight, from an edge list export. */
	private static Map<String, String> edgeList(Path csv, String header) throws IOException {
		List<String> lines = Files.readAllLines(csv);
		assertEquals(header, lines.get(0));
		Map<String, String> weights = new TreeMap<>();
		for (String line : lines.subList(1, lines.size())) {
			String[] cells = line.split(",", -1);
			assertEquals(header.split(",").length, cells.length, line);
			weights.put(cells[0] + " " + cells[1] + " " + cells[2], cells[3] + (cells.length > 4 ? " " + cells[4] : ""));
		}
		return weights;
	}

	@Test
	void actorsAgreeOnTheSameStanceAndConflictOnOpposedOnes() throws IOException {
		ClaimBenchRun run = exported("actors.graphml", "--to", "graphml", "--network", "actors", "--qualifier", "stance");
		assertTrue(run.out().contains("(actors network: 3 nodes, 5 edges)"), run.toString());
		GraphMlReading graph = GraphMlReading.of(folder.resolve("actors.graphml"), false);
		assertEquals(List.of("states.A", "states.B", "states.C"), graph.nodesOfType("actor"));
		Map<String, String> edges = new TreeMap<>();
		for (DefaultEdge edge : graph.graph().edgeSet()) {
			edges.put(graph.graph().getEdgeSource(edge) + " " + graph.graph().getEdgeTarget(edge) + " " + graph.data(edge, "type"),
					graph.data(edge, "weight") + " " + graph.data(edge, "concepts"));
		}
		// The pledge has no stance: it says nothing on the question and links no one here.
		assertEquals(Map.of("states.A states.B agreement", "1 Position", "states.A states.C agreement", "1 Position",
				"states.A states.C conflict", "1 Position", "states.B states.C agreement", "1 Position",
				"states.B states.C conflict", "1 Position"), edges);

		exported("actors-2023.csv", "--to", "edges", "--network", "actors", "--qualifier", "stance", "--until", "2023-12-31");
		assertEquals(Map.of("states.A states.B agreement", "1 Position", "states.A states.C conflict", "1 Position",
				"states.B states.C conflict", "1 Position"), edgeList(folder.resolve("actors-2023.csv"), "source,target,type,weight,concepts"));
	}

	@Test
	void withoutAQualifierEveryCoHoldingIsAgreement() throws IOException {
		exported("actors.csv", "--to", "edges", "--network", "actors");
		assertEquals(Map.of("states.A states.B agreement", "2 Pledge Position", "states.A states.C agreement", "1 Position",
				"states.B states.C agreement", "1 Position"), edgeList(folder.resolve("actors.csv"), "source,target,type,weight,concepts").entrySet().stream()
						.collect(Collectors.toMap(Map.Entry::getKey, e -> sortedWords(e.getValue()))));
	}

	private static String sortedWords(String text) {
		String[] words = text.split(" ");
		List<String> rest = new ArrayList<>(List.of(words).subList(1, words.length));
		rest.sort(null);
		return words[0] + " " + String.join(" ", rest);
	}

	@Test
	void twoModeLinksActorsToClaimKindsByQualifierValue() throws IOException {
		exported("two-mode.csv", "--to", "edges", "--network", "two-mode", "--qualifier", "stance");
		List<String> lines = Files.readAllLines(folder.resolve("two-mode.csv"));
		assertEquals("source,target,type,weight,qualifier", lines.get(0));
		assertEquals(Set.of("states.A,nets.Position,holds,1,pro", "states.B,nets.Position,holds,1,pro",
				"states.C,nets.Position,holds,1,contra", "states.C,nets.Position,holds,1,pro"), new HashSet<>(lines.subList(1, lines.size())));

		// A text qualifier may hold a comma and quotes: the cell is quoted, its quotes doubled.
		exported("reasons.csv", "--to", "edges", "--network", "two-mode", "--qualifier", "reason");
		assertEquals(List.of("source,target,type,weight,qualifier", "states.A,nets.Position,holds,1,\"costly, \"\"risky\"\"\""),
				Files.readAllLines(folder.resolve("reasons.csv")));

		exported("two-mode.graphml", "--to", "graphml", "--network", "two-mode");
		GraphMlReading graph = GraphMlReading.of(folder.resolve("two-mode.graphml"), true);
		assertEquals(List.of("nets.Pledge", "nets.Position"), graph.nodesOfType("concept"));
		Map<String, String> weights = new TreeMap<>();
		graph.graph().edgeSet().forEach(e -> weights.put(graph.graph().getEdgeSource(e) + " " + graph.graph().getEdgeTarget(e),
				graph.data(e, "weight")));
		assertEquals(Map.of("states.A nets.Pledge", "1", "states.A nets.Position", "1", "states.B nets.Pledge", "1",
				"states.B nets.Position", "1", "states.C nets.Position", "2"), weights);
	}

	@Test
	void aModelWithErrorsIsRefusedUnlessForced() throws IOException {
		List<Path> project = stances();
		Files.writeString(folder.resolve("s2024.claims"), Files.readString(folder.resolve("s2024.claims")).replace("by C", "by D"));
		Path out = folder.resolve("full.graphml");
		ClaimBenchRun run = export(project, out, "--to", "graphml");
		assertEquals(1, run.exitCode(), run.toString());
		assertTrue(run.err().contains("export refused: the model has 1 error (use --force to export anyway)"), run.toString());
		assertFalse(Files.exists(out));
		ClaimBenchRun forced = export(project, out, "--to", "graphml", "--force");
		assertEquals(0, forced.exitCode(), forced.toString());
		GraphMlReading graph = GraphMlReading.of(out, true);
		assertTrue(graph.graph().incomingEdgesOf("s2024.c").isEmpty(), "the unresolved holder is no node and holds nothing");
	}

	@Test
	void networkOptionsOutsideANetworkExportAreUsageErrors() throws IOException {
		List<Path> project = stances();
		for (List<String> options : List.of(List.of("--to", "xmi", "--network", "actors"), List.of("--to", "graphml", "--qualifier", "stance"),
				List.of("--to", "edges", "--network", "people"), List.of("--to", "edges", "--since", "2023"))) {
			Path out = folder.resolve("out.txt");
			ClaimBenchRun run = export(project, out, options.toArray(String[]::new));
			assertEquals(2, run.exitCode(), run.toString());
			assertFalse(run.err().isBlank(), run.toString());
			assertFalse(run.err().contains("Exception") || run.err().contains("\tat "), run.toString());
			assertFalse(Files.exists(out));
		}
	}
}
