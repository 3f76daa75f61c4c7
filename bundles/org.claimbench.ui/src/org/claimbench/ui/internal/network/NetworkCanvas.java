package org.claimbench.ui.internal.network;

import java.util.function.Consumer;
import java.util.function.Function;

import org.claimbench.ui.internal.editor.KindColors;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.graphics.Transform;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;

/**
 * Draws a laid-out network on a canvas that scrolls: claims as boxes in their kind's colour, actors as white
 * rounded boxes, holding in light grey, relations dark with an arrow and their kind. Ctrl+wheel, + and - zoom;
 * a click picks a node.
 */
public final class NetworkCanvas {

	public static final double MIN_ZOOM = 0.1;
	static final double MAX_ZOOM = 4;
	private static final int MARGIN = 16;
	private static final Color RELATION = new Color(new RGB(60, 60, 60));
	private static final Color HOLDS = new Color(new RGB(185, 185, 185));
	private static final Color PICKED = new Color(new RGB(220, 90, 0));

	private final ScrolledComposite scroller;
	private final Canvas canvas;
	private PlacedNetwork network = PlacedNetwork.EMPTY;
	private Function<String, Color> kindColour = kind -> null;
	private double zoom = 1;
	private PlacedNetwork.Node picked;
	private Consumer<PlacedNetwork.Node> onPick = node -> { };

	public NetworkCanvas(Composite parent) {
		scroller = new ScrolledComposite(parent, SWT.H_SCROLL | SWT.V_SCROLL);
		canvas = new Canvas(scroller, SWT.DOUBLE_BUFFERED | SWT.NO_BACKGROUND);
		scroller.setContent(canvas);
		scroller.getHorizontalBar().setIncrement(20);
		scroller.getVerticalBar().setIncrement(20);
		canvas.addListener(SWT.Paint, this::paint);
		canvas.addListener(SWT.MouseDown, e -> {
			canvas.setFocus();
			if (e.button == 1) {
				pick(nodeAt(e.x, e.y));
			}
		});
		// The wheel with Ctrl zooms; the scrolled composite must not scroll as well.
		canvas.addListener(SWT.MouseVerticalWheel, e -> {
			if ((e.stateMask & SWT.MOD1) != 0) {
				e.doit = false;
				zoomTo(zoom * (e.count > 0 ? 1.25 : 0.8));
			}
		});
		canvas.addListener(SWT.KeyDown, e -> {
			if (e.character == '+' || e.character == '=' || e.keyCode == SWT.KEYPAD_ADD) {
				zoomTo(zoom * 1.25);
			} else if (e.character == '-' || e.keyCode == SWT.KEYPAD_SUBTRACT) {
				zoomTo(zoom * 0.8);
			} else if (e.character == '0') {
				zoomTo(1);
			}
		});
		// Keys reach the canvas only when it takes focus by traversal too.
		canvas.addListener(SWT.Traverse, e -> e.doit = e.detail != SWT.TRAVERSE_RETURN);
	}

	public Canvas control() {
		return canvas;
	}

	public ScrolledComposite scroller() {
		return scroller;
	}

	public void show(PlacedNetwork next, Function<String, Color> colours) {
		network = next;
		kindColour = colours;
		picked = null;
		resize();
		canvas.redraw();
	}

	public PlacedNetwork network() {
		return network;
	}

	public double zoom() {
		return zoom;
	}

	public void zoomTo(double next) {
		zoom = Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, next));
		resize();
		canvas.redraw();
	}

	/** Zooms so that the network's width fits the visible area, between half and full size: small ones stay legible. */
	public void fitWidth() {
		int visible = scroller.getClientArea().width - 2 * MARGIN;
		if (network.width() > 0 && visible > 0) {
			zoomTo(Math.max(0.5, Math.min(1, visible / network.width())));
		}
	}

	public void onPick(Consumer<PlacedNetwork.Node> listener) {
		onPick = listener;
	}

	/** Picks the node (null: none), draws it outlined and tells the listener. */
	public void pick(PlacedNetwork.Node node) {
		picked = node;
		canvas.redraw();
		if (node != null) {
			onPick.accept(node);
		}
	}

	/** Where the node's centre is on the canvas, in pixels at the present zoom. */
	public Point centreOf(PlacedNetwork.Node node) {
		return new Point((int) Math.round(MARGIN + (node.x() + node.width() / 2) * zoom),
				(int) Math.round(MARGIN + (node.y() + node.height() / 2) * zoom));
	}

	/** The node under a point of the canvas, or null. */
	public PlacedNetwork.Node nodeAt(int x, int y) {
		double lx = (x - MARGIN) / zoom;
		double ly = (y - MARGIN) / zoom;
		for (PlacedNetwork.Node node : network.nodes()) {
			if (node.contains(lx, ly)) {
				return node;
			}
		}
		return null;
	}

	private void resize() {
		canvas.setSize((int) Math.ceil(network.width() * zoom) + 2 * MARGIN, (int) Math.ceil(network.height() * zoom) + 2 * MARGIN);
	}

	private void paint(Event e) {
		draw(e.gc, new Rectangle(e.x, e.y, e.width, e.height));
	}

	/** Draws what lies in the area of the canvas (in canvas pixels) with the graphics context. */
	public void draw(GC gc, Rectangle area) {
		gc.setBackground(canvas.getDisplay().getSystemColor(SWT.COLOR_LIST_BACKGROUND));
		gc.fillRectangle(area);
		gc.setAntialias(SWT.ON);
		gc.setTextAntialias(SWT.ON);
		Transform transform = new Transform(gc.getDevice());
		try {
			transform.translate(MARGIN, MARGIN);
			transform.scale((float) zoom, (float) zoom);
			gc.setTransform(transform);
			// Only what lies in the damaged area is drawn: a network of thousands of nodes scrolls smoothly.
			Rectangle clip = new Rectangle((int) ((area.x - MARGIN) / zoom) - 1, (int) ((area.y - MARGIN) / zoom) - 1,
					(int) (area.width / zoom) + 2, (int) (area.height / zoom) + 2);
			for (PlacedNetwork.Edge edge : network.edges()) {
				if (crosses(edge, clip)) {
					drawEdge(gc, edge);
				}
			}
			for (PlacedNetwork.Node node : network.nodes()) {
				if (clip.intersects((int) node.x(), (int) node.y(), (int) Math.ceil(node.width()), (int) Math.ceil(node.height()))) {
					drawNode(gc, node);
				}
			}
		} finally {
			gc.setTransform(null);
			transform.dispose();
		}
	}

	private static boolean crosses(PlacedNetwork.Edge edge, Rectangle clip) {
		double[] p = edge.points();
		double minX = Double.MAX_VALUE;
		double minY = Double.MAX_VALUE;
		double maxX = -Double.MAX_VALUE;
		double maxY = -Double.MAX_VALUE;
		for (int i = 0; i < p.length; i += 2) {
			minX = Math.min(minX, p[i]);
			maxX = Math.max(maxX, p[i]);
			minY = Math.min(minY, p[i + 1]);
			maxY = Math.max(maxY, p[i + 1]);
		}
		return clip.intersects((int) minX, (int) minY, (int) (maxX - minX) + 1, (int) (maxY - minY) + 1);
	}

	private void drawEdge(GC gc, PlacedNetwork.Edge edge) {
		boolean relation = "relation".equals(edge.type());
		gc.setForeground(relation ? RELATION : HOLDS);
		gc.setLineWidth(relation ? 2 : 1);
		double[] p = edge.points();
		int[] line = new int[p.length];
		for (int i = 0; i < p.length; i++) {
			line[i] = (int) Math.round(p[i]);
		}
		gc.drawPolyline(line);
		int n = p.length;
		double angle = Math.atan2(p[n - 1] - p[n - 3], p[n - 2] - p[n - 4]);
		double size = relation ? 8 : 6;
		int[] arrow = { line[n - 2], line[n - 1],
				(int) Math.round(p[n - 2] - size * Math.cos(angle - 0.4)), (int) Math.round(p[n - 1] - size * Math.sin(angle - 0.4)),
				(int) Math.round(p[n - 2] - size * Math.cos(angle + 0.4)), (int) Math.round(p[n - 1] - size * Math.sin(angle + 0.4)) };
		gc.setBackground(relation ? RELATION : HOLDS);
		gc.fillPolygon(arrow);
		if (relation && edge.label() != null && !Double.isNaN(edge.labelX())) {
			gc.setForeground(RELATION);
			gc.drawText(edge.label(), (int) Math.round(edge.labelX()), (int) Math.round(edge.labelY()), true);
		}
	}

	private void drawNode(GC gc, PlacedNetwork.Node node) {
		int x = (int) Math.round(node.x());
		int y = (int) Math.round(node.y());
		int w = (int) Math.round(node.width());
		int h = (int) Math.round(node.height());
		boolean claim = "claim".equals(node.type());
		Color fill = claim ? kindColour.apply(node.kind()) : null;
		gc.setBackground(fill != null ? fill : canvas.getDisplay().getSystemColor(SWT.COLOR_LIST_BACKGROUND));
		gc.setForeground(node == picked ? PICKED : claim ? RELATION : KindColors.MENTION);
		gc.setLineWidth(node == picked ? 3 : 1);
		if (claim) {
			gc.fillRectangle(x, y, w, h);
			gc.drawRectangle(x, y, w, h);
		} else {
			gc.fillRoundRectangle(x, y, w, h, 12, 12);
			gc.drawRoundRectangle(x, y, w, h, 12, 12);
		}
		gc.setForeground(claim ? canvas.getDisplay().getSystemColor(SWT.COLOR_BLACK) : KindColors.MENTION);
		Point extent = gc.textExtent(node.label());
		gc.drawText(node.label(), x + (w - extent.x) / 2, y + (h - extent.y) / 2, true);
	}
}
