package org.claimbench.ui.internal.network;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.claimbench.core.network.Network;
import org.eclipse.elk.alg.layered.options.LayeredMetaDataProvider;
import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.core.RecursiveGraphLayoutEngine;
import org.eclipse.elk.core.data.LayoutMetaDataService;
import org.eclipse.elk.core.options.CoreOptions;
import org.eclipse.elk.core.options.Direction;
import org.eclipse.elk.core.options.EdgeLabelPlacement;
import org.eclipse.elk.core.options.EdgeRouting;
import org.eclipse.elk.core.util.BasicProgressMonitor;
import org.eclipse.elk.graph.ElkEdge;
import org.eclipse.elk.graph.ElkEdgeSection;
import org.eclipse.elk.graph.ElkLabel;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.ElkBendPoint;
import org.eclipse.elk.graph.util.ElkGraphUtil;

/**
 * Lays out a network with the Eclipse Layout Kernel's layered algorithm, left to right: holders before the
 * claims they hold, a relation's source before its target. Runs off the UI thread; needs no display.
 */
public final class NetworkLayout {

	private static boolean registered;

	private NetworkLayout() {
	}

	/**
	 * ELK finds its algorithms through a registry filled from Java's service loader, which sees no other bundle
	 * under OSGi: the layered algorithm is registered by hand, once.
	 */
	private static synchronized void register() {
		if (!registered) {
			LayoutMetaDataService.getInstance().registerLayoutMetaDataProviders(new LayeredMetaDataProvider());
			registered = true;
		}
	}

	public static PlacedNetwork of(Network network, NodeMeasure measure) {
		register();
		ElkNode root = ElkGraphUtil.createGraph();
		root.setProperty(CoreOptions.ALGORITHM, LayeredOptions.ALGORITHM_ID);
		root.setProperty(CoreOptions.DIRECTION, Direction.RIGHT);
		root.setProperty(CoreOptions.EDGE_ROUTING, EdgeRouting.POLYLINE);
		root.setProperty(LayeredOptions.SPACING_NODE_NODE, 14.0);
		root.setProperty(LayeredOptions.SPACING_NODE_NODE_BETWEEN_LAYERS, 48.0);
		root.setProperty(CoreOptions.SPACING_COMPONENT_COMPONENT, 24.0);
		root.setProperty(CoreOptions.EDGE_LABELS_PLACEMENT, EdgeLabelPlacement.CENTER);
		Map<String, ElkNode> boxes = new HashMap<>();
		Map<ElkNode, Network.Node> nodes = new HashMap<>();
		for (Network.Node node : network.nodes()) {
			ElkNode box = ElkGraphUtil.createNode(root);
			box.setDimensions(measure.width(NodeMeasure.shortened(label(node))), measure.height());
			boxes.put(node.id(), box);
			nodes.put(box, node);
		}
		Map<ElkEdge, Network.Edge> edges = new HashMap<>();
		for (Network.Edge edge : network.edges()) {
			ElkNode source = boxes.get(edge.source());
			ElkNode target = boxes.get(edge.target());
			if (source != null && target != null && source != target) {
				ElkEdge line = ElkGraphUtil.createSimpleEdge(source, target);
				String kind = edge.data().get("kind");
				if (kind != null) {
					// Sized labels get room of their own from the layout instead of landing on each other.
					ElkLabel label = ElkGraphUtil.createLabel(kind, line);
					label.setDimensions(measure.textWidth(kind), measure.lineHeight());
				}
				edges.put(line, edge);
			}
		}
		new RecursiveGraphLayoutEngine().layout(root, new BasicProgressMonitor());

		List<PlacedNetwork.Node> placed = new ArrayList<>();
		for (ElkNode box : root.getChildren()) {
			Network.Node node = nodes.get(box);
			placed.add(new PlacedNetwork.Node(node.id(), NodeMeasure.shortened(label(node)), node.data().get("type"),
					node.data().get("kind"), box.getX(), box.getY(), box.getWidth(), box.getHeight()));
		}
		List<PlacedNetwork.Edge> lines = new ArrayList<>();
		for (ElkEdge elkEdge : root.getContainedEdges()) {
			Network.Edge edge = edges.get(elkEdge);
			if (edge != null && !elkEdge.getSections().isEmpty()) {
				ElkLabel label = elkEdge.getLabels().isEmpty() ? null : elkEdge.getLabels().get(0);
				lines.add(new PlacedNetwork.Edge(edge.type(), edge.data().get("kind"), points(elkEdge.getSections().get(0)),
						label == null ? Double.NaN : label.getX(), label == null ? Double.NaN : label.getY()));
			}
		}
		return new PlacedNetwork(placed, lines, root.getWidth(), root.getHeight());
	}

	private static String label(Network.Node node) {
		String label = node.data().get("label");
		return label == null ? node.id() : label;
	}

	private static double[] points(ElkEdgeSection section) {
		double[] points = new double[4 + 2 * section.getBendPoints().size()];
		points[0] = section.getStartX();
		points[1] = section.getStartY();
		int i = 2;
		for (ElkBendPoint bend : section.getBendPoints()) {
			points[i++] = bend.getX();
			points[i++] = bend.getY();
		}
		points[i++] = section.getEndX();
		points[i] = section.getEndY();
		return points;
	}
}
