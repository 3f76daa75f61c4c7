package org.claimbench.core.network;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * A graph ready to be written: nodes and edges with their data as text, in a stable order (the
 * documents' order, then the order of their elements), so that two exports of the same model are
 * the same file.
 *
 * @param directed false for the actor network, whose agreement and conflict go both ways
 */
public record Network(NetworkKind kind, boolean directed, List<Node> nodes, List<Edge> edges) implements NetworkSource {

	/** A node; its data keys are GraphML keys and have no fixed set (an actor has no quote). */
	public record Node(String id, Map<String, String> data) {
	}

	/** An edge of a type (holds, relation, member, agreement, conflict), counted by its weight. */
	public record Edge(String source, String target, String type, int weight, Map<String, String> data) {
	}

	@Override
	public SortedSet<String> nodeKeys() {
		SortedSet<String> keys = new TreeSet<>();
		nodes.forEach(node -> keys.addAll(node.data().keySet()));
		return keys;
	}

	@Override
	public SortedSet<String> edgeKeys() {
		SortedSet<String> keys = new TreeSet<>();
		edges.forEach(edge -> keys.addAll(edge.data().keySet()));
		return keys;
	}

	@Override
	public int nodeCount() {
		return nodes.size();
	}

	@Override
	public int edgeCount() {
		return edges.size();
	}

	@Override
	public void forEachNode(Visitor<Node> visitor) throws IOException {
		for (Node node : nodes) {
			visitor.visit(node);
		}
	}

	@Override
	public void forEachEdge(Visitor<Edge> visitor) throws IOException {
		for (Edge edge : edges) {
			visitor.visit(edge);
		}
	}
}
