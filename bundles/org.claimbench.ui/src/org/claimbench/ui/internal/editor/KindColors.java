package org.claimbench.ui.internal.editor;

import java.util.ArrayList;
import java.util.List;

import org.claimbench.dsl.schema.SchemaQueries;
import org.claimbench.model.claims.ClaimKind;
import org.claimbench.model.claims.Document;
import org.claimbench.model.claims.Schema;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.RGB;

/** A colour per claim kind, in the schema's order, so a kind keeps its colour while the document changes. */
public final class KindColors {

	private static final RGB[] PALETTE = { new RGB(255, 214, 140), new RGB(166, 216, 255), new RGB(190, 235, 170),
			new RGB(255, 180, 190), new RGB(215, 195, 255), new RGB(255, 240, 140), new RGB(160, 230, 220),
			new RGB(240, 200, 160), new RGB(200, 215, 235), new RGB(230, 190, 230) };
	private static final Color UNKNOWN = new Color(new RGB(215, 215, 215));
	/** Actor mentions: underlined in this colour and bold, never filled, so claims beneath them stay visible. */
	public static final Color MENTION = new Color(new RGB(20, 60, 160));
	/** Boxes a stretch of text that more than one claim anchors to. */
	public static final Color OVERLAP = new Color(new RGB(90, 90, 90));

	private final List<String> kinds;

	private KindColors(List<String> kinds) {
		this.kinds = kinds;
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

	/** The concrete claim kinds of the document's schema, in the order the legend shows them. */
	public List<String> kinds() {
		return kinds;
	}

	public Color colour(ClaimKind kind) {
		int index = kind == null || kind.eIsProxy() ? -1 : kinds.indexOf(kind.getName());
		return index < 0 ? UNKNOWN : new Color(PALETTE[index % PALETTE.length]);
	}

	public Color colour(String kindName) {
		int index = kinds.indexOf(kindName);
		return index < 0 ? UNKNOWN : new Color(PALETTE[index % PALETTE.length]);
	}
}
