package org.claimbench.core.export;

import java.io.IOException;
import java.util.Collection;

import org.claimbench.model.claims.Document;

/** Turns validated documents into the bytes of one export file. */
public interface Exporter {

	byte[] export(Collection<Document> documents) throws IOException;
}
