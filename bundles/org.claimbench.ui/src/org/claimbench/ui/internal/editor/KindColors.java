package org.claimbench.ui.internal.editor;

import java.util.ArrayList;
import java.util.List;

import org.claimbench.dsl.schema.SchemaQueries;
import org.claimbench.model.claims.ClaimKind;
import org.claimbench.model.claims.Document;
import org.claimbench.model.claims.Schema;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.RGB;

/**
 * A colour per claim kind, in the schema's order, so a kind keeps its colour while the document changes. The
 * colours are generated for any number of kinds (each new hue a golden angle past the one before, in three shades
 * that alternate), light enough that black text on them stays readable; a colour the user chose for a kind
 * (see {@link KindColorPreferences}) comes first.
 */
public final class KindColors {

	/**
	 * The least contrast of black text on a highlight, beyond WCAG's 7 for body text, so that the bold blue of
	 * an actor mention on it keeps WCAG's 4.5 too.
	 */
	public static final double MIN_TEXT_CONTRAST = 10.0;
	private static final double GOLDEN_ANGLE = 137.50776405;
	private static final float[] SATURATIONS = { 0.32f, 0.48f, 0.20f };
	private static final float[] BRIGHTNESSES = { 1.0f, 0.97f, 0.93f };
	private static final Color UNKNOWN = new Color(new RGB(215, 215, 215));
	/** Actor mentions: underlined in this colour and bold, never filled, so claims beneath them stay visible. */
	public static final Color MENTION = new Color(new RGB(20, 60, 160));
	/** Boxes a stretch of text that more than one claim anchors to. */
	public static final Color OVERLAP = new Color(new RGB(90, 90, 90));

	private final List<String> kinds;
	private final List<RGB> rgbs;

	private KindColors(List<String> kinds) {
		this.kinds = kinds;
		this.rgbs = new ArrayList<>();
		for (int i = 0; i < kinds.size(); i++) {
			RGB chosen = KindColorPreferences.chosen(kinds.get(i));
			rgbs.add(chosen != null ? chosen : generated(i));
		}
	}

	public static KindColors of(Document document) {
		List<String> kinds = new ArrayList<>();
		Schema schema = document == null ? null : SchemaQueries.schemaOf(document);
		if (schema != null) {
			for (ClaimKind kind : SchemaQueries.visibleElements(schema, ClaimKind.class)) {
				if (!kind.isAbstract() && kind.getName() != null) {
					kinds.add(kind.getName());
				}
			}
		}
		return new KindColors(kinds);
	}

	/** The generated colour of the kind at that place in the legend. */
	public static RGB generated(int index) {
		float hue = (float) ((index * GOLDEN_ANGLE + 35) % 360);
		float saturation = SATURATIONS[index % SATURATIONS.length];
		float brightness = BRIGHTNESSES[(index / SATURATIONS.length) % BRIGHTNESSES.length];
		RGB rgb = new RGB(hue, saturation, brightness);
		// Blues and violets are dark at the same saturation: paler until black text reads well on them.
		while (contrastWithBlack(rgb) < MIN_TEXT_CONTRAST && saturation > 0.05f) {
			saturation -= 0.02f;
			rgb = new RGB(hue, saturation, brightness);
		}
		return rgb;
	}

	/** WCAG's contrast ratio of black text on the colour. */
	public static double contrastWithBlack(RGB rgb) {
		return contrast(rgb, new RGB(0, 0, 0));
	}

	/** WCAG's contrast ratio of two colours, from 1 (the same) to 21 (black and white). */
	public static double contrast(RGB a, RGB b) {
		double lighter = Math.max(luminance(a), luminance(b));
		double darker = Math.min(luminance(a), luminance(b));
		return (lighter + 0.05) / (darker + 0.05);
	}

	private static double luminance(RGB rgb) {
		return 0.2126 * linear(rgb.red) + 0.7152 * linear(rgb.green) + 0.0722 * linear(rgb.blue);
	}

	private static double linear(int channel) {
		double c = channel / 255.0;
		return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
	}

	/** The concrete claim kinds of the document's schema, in the order the legend shows them. */
	public List<String> kinds() {
		return kinds;
	}

	public RGB rgb(String kindName) {
		int index = kinds.indexOf(kindName);
		return index < 0 ? UNKNOWN.getRGB() : rgbs.get(index);
	}

	public Color colour(ClaimKind kind) {
		return kind == null || kind.eIsProxy() ? UNKNOWN : colour(kind.getName());
	}

	public Color colour(String kindName) {
		int index = kinds.indexOf(kindName);
		return index < 0 ? UNKNOWN : new Color(rgbs.get(index));
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof KindColors colours && kinds.equals(colours.kinds) && rgbs.equals(colours.rgbs);
	}

	@Override
	public int hashCode() {
		return kinds.hashCode() * 31 + rgbs.hashCode();
	}
}
