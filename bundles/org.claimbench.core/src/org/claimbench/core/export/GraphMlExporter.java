package org.claimbench.core.export;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.claimbench.core.network.Network;
import org.claimbench.core.network.NetworkSource;
import org.claimbench.core.network.NetworkSpec;

/**
 * A network of the documents as one GraphML file, the format that graph tools (Gephi, yEd,
 * Cytoscape, JGraphT, igraph, NetworkX) read. Every data name the nodes or edges use becomes a
 * declared key of type string, except the edges' weight (an int) and whether an actor is a group (a
 * boolean), so that tools can size and filter by them; a node without a value has no data for that key.
 */
public class GraphMlExporter extends NetworkExporter {

	private static final String NAMESPACE = "http://graphml.graphdrawing.org/xmlns";
	private static final String SCHEMA = NAMESPACE + " http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd";
	private static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";

	public GraphMlExporter(NetworkSpec spec) {
		super(spec);
	}

	@Override
	public void write(NetworkSource network, OutputStream out) throws IOException {
		BufferedOutputStream bytes = new BufferedOutputStream(out);
		try {
			XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(bytes, StandardCharsets.UTF_8.name());
			new Writing(xml).graphml(network);
			// Closing the XML writer leaves the stream open; the buffer still has to reach it.
			xml.close();
		} catch (XMLStreamException e) {
			throw new IOException("cannot write GraphML: " + e.getMessage(), e);
		}
		bytes.flush();
	}

	/** One document being written; indents by hand because the JDK's writer puts everything on one line. */
	private record Writing(XMLStreamWriter xml) {

		void graphml(NetworkSource network) throws XMLStreamException, IOException {
			xml.writeStartDocument(StandardCharsets.UTF_8.name(), "1.0");
			newLine(0);
			xml.writeStartElement("graphml");
			xml.writeDefaultNamespace(NAMESPACE);
			xml.writeNamespace("xsi", XSI);
			xml.writeAttribute(XSI, "schemaLocation", SCHEMA);
			// Sorted: Map.of iterates in an order that changes from run to run, and the file must not.
			Set<String> edgeKeys = new TreeSet<>(List.of("type", "weight"));
			edgeKeys.addAll(network.edgeKeys());
			for (String key : network.nodeKeys()) {
				key("node", key, key.equals("group") ? "boolean" : "string");
			}
			for (String key : edgeKeys) {
				key("edge", key, key.equals("weight") ? "int" : "string");
			}
			newLine(1);
			xml.writeStartElement("graph");
			xml.writeAttribute("id", network.kind().label());
			xml.writeAttribute("edgedefault", network.directed() ? "directed" : "undirected");
			network.forEachNode(node -> xml(() -> node(node)));
			int[] count = { 0 };
			network.forEachEdge(edge -> xml(() -> edge(edge, count[0]++)));
			newLine(1);
			xml.writeEndElement();
			newLine(0);
			xml.writeEndElement();
			newLine(0);
			xml.writeEndDocument();
		}

		private void node(Network.Node node) throws XMLStreamException {
			newLine(2);
			xml.writeStartElement("node");
			xml.writeAttribute("id", node.id());
			data("node", node.data(), 3);
			newLine(2);
			xml.writeEndElement();
		}

		private void edge(Network.Edge edge, int number) throws XMLStreamException {
			newLine(2);
			xml.writeStartElement("edge");
			xml.writeAttribute("id", "e" + number);
			xml.writeAttribute("source", edge.source());
			xml.writeAttribute("target", edge.target());
			data("edge", Map.of("type", edge.type(), "weight", String.valueOf(edge.weight())), 3);
			data("edge", edge.data(), 3);
			newLine(2);
			xml.writeEndElement();
		}

		/** The network is read through a visitor that may only throw I/O errors. */
		private static void xml(XmlStep step) throws IOException {
			try {
				step.run();
			} catch (XMLStreamException e) {
				throw new IOException("cannot write GraphML: " + e.getMessage(), e);
			}
		}

		@FunctionalInterface
		private interface XmlStep {
			void run() throws XMLStreamException;
		}

		private void key(String domain, String name, String type) throws XMLStreamException {
			newLine(1);
			xml.writeEmptyElement("key");
			xml.writeAttribute("id", keyId(domain, name));
			xml.writeAttribute("for", domain);
			xml.writeAttribute("attr.name", name);
			xml.writeAttribute("attr.type", type);
		}

		private void data(String domain, Map<String, String> values, int depth) throws XMLStreamException {
			for (Map.Entry<String, String> value : new TreeMap<>(values).entrySet()) {
				newLine(depth);
				xml.writeStartElement("data");
				xml.writeAttribute("key", keyId(domain, value.getKey()));
				xml.writeCharacters(value.getValue());
				xml.writeEndElement();
			}
		}

		/** Nodes and edges may both have a "type": their keys need distinct ids. */
		private static String keyId(String domain, String name) {
			return (domain.equals("node") ? "v_" : "e_") + name;
		}

		private void newLine(int depth) throws XMLStreamException {
			xml.writeCharacters("\n" + "\t".repeat(depth));
		}
	}
}
