package org.claimbench.core.network;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.IntPredicate;

/**
 * One part of a network (its nodes or edges of one kind) written to a hidden temporary file as it is met, and read
 * back in order; the file is deleted on close. Each record is the node or edge with its data, as length-prefixed UTF-8.
 */
final class PartSpool implements Closeable {

	private final Path file;
	private final DataOutputStream out;
	private int count;

	PartSpool(Path folder, String part) throws IOException {
		file = Files.createTempFile(folder, ".claimbench-" + part + "-", ".tmp");
		// A command stopped by Ctrl+C in a JVM of its own ends without closing the spools; as big as the network, they
		// must not stay beside the user's output.
		file.toFile().deleteOnExit();
		try {
			out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file), 1 << 16));
		} catch (IOException | RuntimeException e) {
			Files.deleteIfExists(file);
			throw e;
		}
	}

	int count() {
		return count;
	}

	void node(Network.Node node) throws IOException {
		string(node.id());
		data(node.data());
		count++;
	}

	/** An edge, with the number of the condition it waits for (-1: none). */
	void edge(Network.Edge edge, int waitingFor) throws IOException {
		out.writeInt(waitingFor);
		string(edge.source());
		string(edge.target());
		string(edge.type());
		out.writeInt(edge.weight());
		data(edge.data());
		count++;
	}

	void forEachNode(NetworkSource.Visitor<Network.Node> visitor) throws IOException {
		out.flush();
		try (DataInputStream in = reading()) {
			for (int i = 0; i < count; i++) {
				visitor.visit(new Network.Node(string(in), data(in)));
			}
		}
	}

	/** The edges whose condition holds (the condition's number, when they wait for one). */
	void forEachEdge(IntPredicate holds, NetworkSource.Visitor<Network.Edge> visitor) throws IOException {
		out.flush();
		try (DataInputStream in = reading()) {
			for (int i = 0; i < count; i++) {
				int waitingFor = in.readInt();
				Network.Edge edge = new Network.Edge(string(in), string(in), string(in), in.readInt(), data(in));
				if (waitingFor < 0 || holds.test(waitingFor)) {
					visitor.visit(edge);
				}
			}
		}
	}

	@Override
	public void close() throws IOException {
		try {
			out.close();
		} finally {
			Files.deleteIfExists(file);
		}
	}

	private DataInputStream reading() throws IOException {
		return new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16));
	}

	private void data(Map<String, String> data) throws IOException {
		out.writeInt(data.size());
		for (Map.Entry<String, String> entry : data.entrySet()) {
			string(entry.getKey());
			string(entry.getValue());
		}
	}

	private static Map<String, String> data(DataInputStream in) throws IOException {
		int size = in.readInt();
		Map<String, String> data = new LinkedHashMap<>();
		for (int i = 0; i < size; i++) {
			data.put(string(in), string(in));
		}
		return data;
	}

	/** Not writeUTF: a quote may be longer than its 64 KB. */
	private void string(String text) throws IOException {
		if (text == null) {
			out.writeInt(-1);
			return;
		}
		byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
		out.writeInt(bytes.length);
		out.write(bytes);
	}

	private static String string(DataInputStream in) throws IOException {
		int length = in.readInt();
		return length < 0 ? null : new String(in.readNBytes(length), StandardCharsets.UTF_8);
	}
}
