package org.claimbench.ui.internal.network;

import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.widgets.Control;

/**
 * How big a node's box is for its label, from the font's average character width and line height measured once
 * on the UI thread, so that the layout job never needs a graphics context.
 */
public record NodeMeasure(double charWidth, double lineHeight) {

	/** Labels longer than this are shortened with an ellipsis: the box stays readable at a glance. */
	public static final int MAX_CHARS = 28;
	static final double PADDING = 8;

	/**
	 * The measure of the control's font. Average widths run short for labels of lower-case words, which the
	 * boxes must hold: a little more is allowed.
	 */
	public static NodeMeasure of(Control control) {
		GC gc = new GC(control);
		try {
			return new NodeMeasure(gc.getFontMetrics().getAverageCharacterWidth() * 1.15, gc.getFontMetrics().getHeight());
		} finally {
			gc.dispose();
		}
	}

	double width(String label) {
		return textWidth(label) + 2 * PADDING;
	}

	double textWidth(String text) {
		return Math.min(text.length(), MAX_CHARS) * charWidth;
	}

	double height() {
		return lineHeight + PADDING;
	}

	static String shortened(String label) {
		return label.length() <= MAX_CHARS ? label : label.substring(0, MAX_CHARS - 1) + "\u2026";
	}
}
