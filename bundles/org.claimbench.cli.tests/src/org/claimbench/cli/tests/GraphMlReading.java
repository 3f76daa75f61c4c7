package org.claimbench.cli.tests;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.DirectedPseudograph;
import org.jgrapht.graph.Pseudograph;
import org.jgrapht.nio.graphml.GraphMLImporter;

/**
 * A GraphML file as JGraphT's importer reads it, validating it against the GraphML schema: the
 * graph with node ids as vertices, and the data of each node and edge by key name.
 */
record GraphMlReading(Graph<String, DefaultEdge> graph, Map<String, Map<String, String>> nodes,
		Map<DefaultEdge, Map<String, String>> edges) {

	static GraphMlReading of(Path file, boolean directed) throws IOException {
		Graph<String, DefaultEdge> graph = directed ? new DirectedPseudograph<>(DefaultEdge.class) : new Pseudograph<>(DefaultEdge.class);
		Map<String, Map<String, String>> nodes = new HashMap<>();
		Map<DefaultEdge, Map<String, String>> edges = new HashMap<>();
		GraphMLImporter<String, DefaultEdge> importer = new GraphMLImporter<>();
		importer.setSchemaValidation(true);
		importer.setVertexFactory(id -> id);
		importer.addVertexAttributeConsumer((vertex, attribute) -> nodes.computeIfAbsent(vertex.getFirst(), v -> new HashMap<>())
				.put(vertex.getSecond(), attribute.getValue()));
		importer.addEdgeAttributeConsumer((edge, attribute) -> edges.computeIfAbsent(edge.getFirst(), e -> new HashMap<>())
				.put(edge.getSecond(), attribute.getValue()));
		try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			importer.importGraph(graph, reader);
		}
		return new GraphMlReading(graph, nodes, edges);
	}

	List<String> nodesOfType(String type) {
		return graph.vertexSet().stream().filter(v -> type.equals(nodes.getOrDefault(v, Map.of()).get("type"))).sorted().toList();
	}

	List<DefaultEdge> edgesOfType(String type) {
		return graph.edgeSet().stream().filter(e -> type.equals(edges.getOrDefault(e, Map.of()).get("type"))).toList();
	}

	String data(DefaultEdge edge, String key) {
		return edges.getOrDefault(edge, Map.of()).get(key);
	}

	String data(String node, String key) {
		return nodes.getOrDefault(node, Map.of()).get(key);
	}
}
