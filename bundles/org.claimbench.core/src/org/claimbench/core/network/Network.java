package org.claimbench.core.network;

import java.util.List;
import java.util.Map;

/**
 * A graph ready to be written: nodes and edges with their data as text, in a stable order (the
 * documents' order, then the order of their elements), so that two exports of the same model are
 * the same file.
 *
 * @param directed false for the actor network, whose agreement and conflict go both ways
 */
public record Network(NetworkKind kind, boolean directed, List<Node> nodes, List<Edge> edges) {

	/** A node; its data keys are GraphML keys and have no fixed set (an actor has no quote). */
	public record Node(String id, Map<String, String> data) {
	}

	/** An edge of a type (holds, relation, member, agreement, conflict), counted by its weight. */
	public record Edge(String source, String target, String type, int weight, Map<String, String> data) {
	}
}
