package org.claimbench.core.network;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * The full network's parts written to files beside the export as they are met, so that a network as large as its
 * claims is never held: only the data names, counts and the few membership edges waiting for a holder stay in memory.
 */
final class SpooledParts implements ClaimGraphParts<NetworkSource> {

	private final List<PartSpool> spools = new ArrayList<>();
	private final PartSpool actors;
	private final PartSpool claims;
	private final PartSpool structure;
	private final PartSpool relations;
	private final SortedSet<String> nodeKeys = new TreeSet<>();
	private final SortedSet<String> edgeKeys = new TreeSet<>();
	/** The holders that structure edges wait for, by their number. */
	private final List<ElementKey> waiting = new ArrayList<>();

	SpooledParts(Path folder) throws IOException {
		try {
			actors = spool(folder, "actors");
			claims = spool(folder, "claims");
			structure = spool(folder, "structure");
			relations = spool(folder, "relations");
		} catch (IOException e) {
			close();
			throw e;
		}
	}

	@Override
	public void actor(Network.Node node) throws IOException {
		nodeKeys.addAll(node.data().keySet());
		actors.node(node);
	}

	@Override
	public void claim(Network.Node node) throws IOException {
		nodeKeys.addAll(node.data().keySet());
		claims.node(node);
	}

	@Override
	public void structure(Network.Edge edge, ElementKey unlessNoHolder) throws IOException {
		// A waiting edge (membership) has no data: the names are those of the edges kept either way.
		edgeKeys.addAll(edge.data().keySet());
		if (unlessNoHolder != null) {
			waiting.add(unlessNoHolder);
		}
		structure.edge(edge, unlessNoHolder == null ? -1 : waiting.size() - 1);
	}

	@Override
	public void relation(Network.Edge edge) throws IOException {
		edgeKeys.addAll(edge.data().keySet());
		relations.edge(edge, -1);
	}

	@Override
	public NetworkSource network(Predicate<ElementKey> isHolder) {
		boolean[] kept = new boolean[waiting.size()];
		int dropped = 0;
		for (int i = 0; i < kept.length; i++) {
			kept[i] = isHolder.test(waiting.get(i));
			dropped += kept[i] ? 0 : 1;
		}
		int edges = structure.count() - dropped + relations.count();
		return new NetworkSource() {

			@Override
			public NetworkKind kind() {
				return NetworkKind.FULL;
			}

			@Override
			public boolean directed() {
				return true;
			}

			@Override
			public SortedSet<String> nodeKeys() {
				return nodeKeys;
			}

			@Override
			public SortedSet<String> edgeKeys() {
				return edgeKeys;
			}

			@Override
			public int nodeCount() {
				return actors.count() + claims.count();
			}

			@Override
			public int edgeCount() {
				return edges;
			}

			@Override
			public void forEachNode(Visitor<Network.Node> visitor) throws IOException {
				actors.forEachNode(visitor);
				claims.forEachNode(visitor);
			}

			@Override
			public void forEachEdge(Visitor<Network.Edge> visitor) throws IOException {
				structure.forEachEdge(i -> kept[i], visitor);
				relations.forEachEdge(i -> true, visitor);
			}
		};
	}

	@Override
	public void close() throws IOException {
		IOException first = null;
		for (PartSpool spool : spools) {
			try {
				spool.close();
			} catch (IOException e) {
				first = first == null ? e : first;
			}
		}
		if (first != null) {
			throw first;
		}
	}

	private PartSpool spool(Path folder, String part) throws IOException {
		PartSpool spool = new PartSpool(folder, part);
		spools.add(spool);
		return spool;
	}
}
