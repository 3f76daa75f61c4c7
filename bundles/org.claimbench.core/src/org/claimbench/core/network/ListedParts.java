package org.claimbench.core.network;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/** The full network's parts kept in memory, for documents that are in memory anyway. */
final class ListedParts implements ClaimGraphParts<Network> {

	/** A structure edge and the holder it waits for, or null. */
	private record Waiting(Network.Edge edge, ElementKey holder) {
	}

	private final List<Network.Node> nodes = new ArrayList<>();
	private final List<Network.Node> claims = new ArrayList<>();
	private final List<Waiting> structure = new ArrayList<>();
	private final List<Network.Edge> relations = new ArrayList<>();

	@Override
	public void actor(Network.Node node) {
		nodes.add(node);
	}

	@Override
	public void claim(Network.Node node) {
		claims.add(node);
	}

	@Override
	public void structure(Network.Edge edge, ElementKey unlessNoHolder) {
		structure.add(new Waiting(edge, unlessNoHolder));
	}

	@Override
	public void relation(Network.Edge edge) {
		relations.add(edge);
	}

	@Override
	public Network network(Predicate<ElementKey> isHolder) {
		List<Network.Node> all = new ArrayList<>(nodes);
		all.addAll(claims);
		List<Network.Edge> edges = new ArrayList<>();
		structure.stream().filter(w -> w.holder() == null || isHolder.test(w.holder())).forEach(w -> edges.add(w.edge()));
		edges.addAll(relations);
		return new Network(NetworkKind.FULL, true, all, edges);
	}
}
