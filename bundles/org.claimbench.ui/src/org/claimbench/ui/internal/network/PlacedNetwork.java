package org.claimbench.ui.internal.network;

import java.util.List;

/** A network laid out: where each node's box and each edge's line lie, in layout units (pixels at 100 %). */
public record PlacedNetwork(List<Node> nodes, List<Edge> edges, double width, double height) {

	/**
	 * A node's box and what it says.
	 *
	 * @param type  {@code actor} or {@code claim}
	 * @param kind  the claim's kind or the actor's kind, or null
	 */
	public record Node(String id, String label, String type, String kind, double x, double y, double width, double height) {

		public boolean contains(double px, double py) {
			return px >= x && px <= x + width && py >= y && py <= y + height;
		}

		public boolean overlaps(Node other) {
			return x < other.x + other.width && other.x < x + width && y < other.y + other.height && other.y < y + height;
		}
	}

	/**
	 * An edge as a line through its points ({@code x0, y0, x1, y1, ...}), the arrow at its last point.
	 *
	 * @param type   {@code holds}, {@code member} or {@code relation}
	 * @param label  the relation's kind, or null
	 * @param labelX where the label's top left corner lies (NaN without a label)
	 */
	public record Edge(String type, String label, double[] points, double labelX, double labelY) {
	}

	public static final PlacedNetwork EMPTY = new PlacedNetwork(List.of(), List.of(), 0, 0);
}
