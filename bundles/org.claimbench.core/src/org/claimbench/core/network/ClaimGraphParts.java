package org.claimbench.core.network;

import java.io.Closeable;
import java.io.IOException;
import java.util.function.Predicate;

/**
 * Where the full network's four parts go as it is built, each in the order met: actors, claims (with holders from
 * elsewhere), membership and holding, relations. Read back in that order they are the network.
 */
interface ClaimGraphParts<T extends NetworkSource> extends Closeable {

	void actor(Network.Node node) throws IOException;

	void claim(Network.Node node) throws IOException;

	/** A membership or holding edge; with a key, kept only if that actor turns out to be a holder from elsewhere. */
	void structure(Network.Edge edge, ElementKey unlessNoHolder) throws IOException;

	void relation(Network.Edge edge) throws IOException;

	/** The network of the parts; isHolder tells the holders from elsewhere, now that every document is in. */
	T network(Predicate<ElementKey> isHolder) throws IOException;

	@Override
	default void close() throws IOException {
	}
}
