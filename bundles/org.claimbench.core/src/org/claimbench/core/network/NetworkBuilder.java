package org.claimbench.core.network;

import java.io.Closeable;
import java.io.IOException;

import org.claimbench.model.claims.Document;

/**
 * A network built one document at a time, for documents too many to hold at once: it keeps (or spools to files)
 * what the network needs (node ids and data, counts), never the documents, so a document can be dropped once added.
 * Closing it deletes what it spooled.
 */
public interface NetworkBuilder<T extends NetworkSource> extends Closeable {

	/** Adds a statement that counts (or a register), in the order the network lists its nodes. */
	void add(Document document) throws IOException;

	/** The network of the documents added; one spooled to files can be read until the builder is closed. */
	T network() throws IOException;

	@Override
	default void close() throws IOException {
	}
}
