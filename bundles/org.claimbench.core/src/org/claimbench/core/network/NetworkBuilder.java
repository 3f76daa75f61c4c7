package org.claimbench.core.network;

import org.claimbench.model.claims.Document;

/**
 * A network built one document at a time, for documents too many to hold at once: it keeps what the network needs
 * (node ids and data, counts), never the documents, so a document can be dropped once added.
 */
public interface NetworkBuilder {

	/** Adds a statement that counts (or a register), in the order the network lists its nodes. */
	void add(Document document);

	Network network();
}
