package org.claimbench.core.network;

import java.io.IOException;
import java.util.SortedSet;

/**
 * A network as its writers read it: what they declare first (the data names), then the nodes and the edges, each
 * once and in order. A {@link Network} held in memory is one; the full network of a large corpus is read back from
 * files instead, since it grows with the claims.
 */
public interface NetworkSource {

	/** What a writer does with each node or edge. */
	@FunctionalInterface
	interface Visitor<T> {
		void visit(T item) throws IOException;
	}

	NetworkKind kind();

	boolean directed();

	/** The data names of the nodes, sorted. */
	SortedSet<String> nodeKeys();

	/** The data names of the edges beyond their type and weight, sorted. */
	SortedSet<String> edgeKeys();

	int nodeCount();

	int edgeCount();

	void forEachNode(Visitor<Network.Node> visitor) throws IOException;

	void forEachEdge(Visitor<Network.Edge> visitor) throws IOException;
}
