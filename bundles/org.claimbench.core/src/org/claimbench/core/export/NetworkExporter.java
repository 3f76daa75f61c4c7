package org.claimbench.core.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Collection;

import org.claimbench.core.network.NetworkSource;
import org.claimbench.core.network.NetworkSpec;
import org.claimbench.model.claims.Document;

/** An export of a network made of the documents; the subclasses only know their file format. */
public abstract class NetworkExporter implements Exporter {

	private final NetworkSpec spec;

	protected NetworkExporter(NetworkSpec spec) {
		this.spec = spec;
	}

	@Override
	public byte[] export(Collection<Document> documents) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		write(spec.build(documents), out);
		return out.toByteArray();
	}

	/** Writes a network built elsewhere (one document at a time, say), reading it once; the stream stays open. */
	public abstract void write(NetworkSource network, OutputStream out) throws IOException;
}
