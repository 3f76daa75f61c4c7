package org.claimbench.ui.internal.editor;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.claimbench.model.claims.Anchor;
import org.claimbench.model.claims.Claim;
import org.claimbench.model.claims.Document;
import org.claimbench.model.claims.Relation;
import org.claimbench.workspace.internal.model.Span;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.events.PaintEvent;
import org.eclipse.swt.events.PaintListener;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Path;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;

/**
 * Draws each relation over the source text, brat-style: an arc from the source claim's first words to the target
 * claim's, its kind's name at the top and an arrow head at the target. While arcs are shown the lines stand
 * further apart, so the arcs rise in the gap above the words instead of through them. Only the relations with
 * a claim on screen are drawn.
 */
public final class RelationArcs implements PaintListener {

	/** The room added above each line for the arcs and their labels, in pixels. */
	static final int ROOM = 18;
	/** The heights arcs rising from one line take in turn. */
	private static final int LEVELS = 4;
	private static final Color ARC = new Color(new RGB(70, 80, 130));
	private static final Color CHOSEN = new Color(new RGB(200, 40, 30));
	private static final Color LABEL_BACKGROUND = new Color(new RGB(255, 255, 255));

	/** A relation as drawn: from the top of its source claim's words to the top of its target's. */
	public record Arc(Relation relation, Point from, Point to, String label) {
	}

	private final StyledText text;
	private final Supplier<Document> document;
	private final int lineSpacing;
	private final int topMargin;
	private boolean shown;
	private Relation chosen;
	private Font labelFont;

	RelationArcs(StyledText text, Supplier<Document> document) {
		this.text = text;
		this.document = document;
		this.lineSpacing = text.getLineSpacing();
		this.topMargin = text.getTopMargin();
		text.addPaintListener(this);
		// Arcs reach beyond the part that scrolled into view: draw all of them again.
		if (text.getVerticalBar() != null) {
			text.getVerticalBar().addListener(SWT.Selection, e -> redraw());
		}
		text.addDisposeListener(e -> {
			if (labelFont != null) {
				labelFont.dispose();
			}
		});
	}

	/** Draws the arcs again, e.g. after the relations or the text's layout changed. */
	void redraw() {
		if (shown && !text.isDisposed()) {
			text.redraw();
		}
	}

	public boolean shown() {
		return shown;
	}

	/** Shows or hides the arcs, making room for them between the lines or giving it back. */
	void show(boolean show) {
		if (show == shown) {
			return;
		}
		shown = show;
		text.setLineSpacing(show ? lineSpacing + ROOM : lineSpacing);
		text.setMargins(text.getLeftMargin(), show ? topMargin + ROOM : topMargin, text.getRightMargin(),
				text.getBottomMargin());
		text.redraw();
	}

	/** The relation drawn in the highlight colour (the one chosen in the Claims view), or null. */
	public Relation chosen() {
		return chosen;
	}

	void choose(Relation relation) {
		if (relation != chosen) {
			chosen = relation;
			if (shown) {
				text.redraw();
			}
		}
	}

	/** The arcs of the relations with a claim on screen, in the document's order; none while hidden. */
	public List<Arc> arcs() {
		List<Arc> arcs = new ArrayList<>();
		Document current = document.get();
		if (!shown || current == null || text.getCharCount() == 0) {
			return arcs;
		}
		int first = text.getOffsetAtLine(text.getTopIndex());
		int lastLine = Math.min(text.getLineCount() - 1, text.getLineIndex(text.getClientArea().height) + 1);
		int last = lastLine + 1 < text.getLineCount() ? text.getOffsetAtLine(lastLine + 1) : text.getCharCount();
		for (Relation relation : current.getRelations()) {
			Span source = firstSpan(relation.getSource());
			Span target = firstSpan(relation.getTarget());
			if (source == null || target == null || !onScreen(source, first, last) && !onScreen(target, first, last)) {
				continue;
			}
			String label = relation.getKind() == null || relation.getKind().getName() == null ? "?" : relation.getKind().getName();
			arcs.add(new Arc(relation, anchorPoint(text, source), anchorPoint(text, target), label));
		}
		return arcs;
	}

	/**
	 * Where an arc meets a span: the middle of the span's words, at the top of their line; a span that wraps is
	 * met in the middle of its first line's part.
	 */
	public static Point anchorPoint(StyledText text, Span span) {
		int start = span.offset();
		int last = Math.max(start, span.end() - 1);
		Rectangle whole = text.getTextBounds(start, last);
		Point top = text.getLocationAtOffset(start);
		if (whole.height < 2 * text.getLineHeight(start)) {
			return new Point(whole.x + whole.width / 2, top.y);
		}
		int right = text.getClientArea().width - text.getRightMargin();
		return new Point((top.x + right) / 2, top.y);
	}

	private static Span firstSpan(Claim claim) {
		if (claim == null || claim.eIsProxy()) {
			return null;
		}
		for (Anchor anchor : claim.getAnchors()) {
			if (anchor.isSetOffset()) {
				return new Span(claim, anchor);
			}
		}
		return null;
	}

	/** First by offsets, cheap, against the whole lines on screen; then by pixels, as a wrapped line may be only partly there. */
	private boolean onScreen(Span span, int first, int last) {
		if (span.end() > text.getCharCount() || span.offset() >= last || span.end() <= first) {
			return false;
		}
		int top = text.getLocationAtOffset(span.offset()).y;
		int bottom = text.getLocationAtOffset(span.end()).y + text.getLineHeight(span.offset());
		return bottom > 0 && top < text.getClientArea().height;
	}

	@Override
	public void paintControl(PaintEvent event) {
		if (!shown) {
			return;
		}
		GC gc = event.gc;
		if (labelFont == null) {
			FontData[] data = text.getFont().getFontData();
			for (FontData each : data) {
				each.setHeight(Math.max(6, each.getHeight() - 2));
			}
			labelFont = new Font(text.getDisplay(), data);
		}
		gc.setFont(labelFont);
		gc.setAntialias(SWT.ON);
		gc.setTextAntialias(SWT.ON);
		// Arcs that rise from one line take turns at four heights, so that their labels do not all lie on one.
		Map<Integer, Integer> risenFromLine = new HashMap<>();
		Arc highlighted = null;
		for (Arc arc : arcs()) {
			int line = Math.min(arc.from().y, arc.to().y);
			int level = risenFromLine.merge(line, 1, Integer::sum) - 1;
			if (arc.relation() == chosen) {
				highlighted = arc;
			} else {
				draw(gc, arc, level % LEVELS, ARC, 1);
			}
		}
		// The chosen arc last and highest, so no other arc crosses it.
		if (highlighted != null) {
			draw(gc, highlighted, 0, CHOSEN, 2);
		}
	}

	/**
	 * Within one line: a curve rising above the words, the label at its top, an arrow head pointing down at the
	 * target. Across lines the arc is cut as brat cuts it, so that it never runs through the words: the upper end
	 * rises and runs to the right edge, the lower end comes in from the left edge, each piece labelled.
	 */
	private void draw(GC gc, Arc arc, int level, Color colour, int width) {
		Point from = arc.from();
		Point to = arc.to();
		gc.setForeground(colour);
		gc.setBackground(colour);
		gc.setLineWidth(width);
		gc.setAlpha(220);
		int rise = ROOM - 2 - level * 4;
		if (from.y == to.y) {
			int peak = from.y - rise;
			Path path = new Path(gc.getDevice());
			try {
				path.moveTo(from.x, from.y);
				path.cubicTo(from.x, peak, to.x, peak, to.x, to.y - 4);
				gc.drawPath(path);
			} finally {
				path.dispose();
			}
			// The curve's middle lies at 1/8 of the ends' heights and 3/4 of its control points'.
			label(gc, arc.label(), (from.x + to.x) / 2, from.y / 4 + peak * 3 / 4);
		} else {
			Point upper = from.y < to.y ? from : to;
			Point lower = from.y < to.y ? to : from;
			int left = text.getLeftMargin();
			int right = text.getClientArea().width - text.getRightMargin();
			bracket(gc, upper, right, upper.y - rise);
			bracket(gc, lower, left, lower.y - rise);
			// Arcs from one claim share their start: each level puts its labels at another place along the way.
			label(gc, arc.label(), upper.x + (right - upper.x) * (level + 1) / (LEVELS + 1), upper.y - rise);
			label(gc, arc.label(), left + (lower.x - left) * (level + 1) / (LEVELS + 1), lower.y - rise);
		}
		gc.setAlpha(220);
		gc.setBackground(colour);
		gc.fillPolygon(new int[] { to.x - 4, to.y - 6, to.x + 4, to.y - 6, to.x, to.y });
		gc.setAlpha(255);
		gc.setLineWidth(1);
	}

	/** Up from the words into the gap above their line, then along it to the edge, with a rounded corner. */
	private static void bracket(GC gc, Point end, int edge, int height) {
		int turn = edge > end.x ? 5 : -5;
		Path path = new Path(gc.getDevice());
		try {
			path.moveTo(end.x, end.y - 4);
			path.lineTo(end.x, height + 5);
			path.quadTo(end.x, height, end.x + turn, height);
			path.lineTo(edge, height);
			gc.drawPath(path);
		} finally {
			path.dispose();
		}
	}

	private void label(GC gc, String label, int centreX, int centreY) {
		Point size = gc.textExtent(label);
		int x = centreX - size.x / 2;
		int y = centreY - size.y / 2;
		Color line = gc.getForeground();
		gc.setAlpha(235);
		gc.setBackground(LABEL_BACKGROUND);
		gc.fillRoundRectangle(x - 3, y, size.x + 6, size.y, 6, 6);
		gc.setAlpha(255);
		gc.setForeground(line);
		gc.drawText(label, x, y, true);
	}
}
