package org.claimbench.ui.internal.commands;

import org.claimbench.workspace.internal.model.Reanchoring;

/** The re-anchoring report a specialist reads: the counts, then each anchor left at its old offset. */
final class ReanchorReport {

	private static final int QUOTE_SHOWN = 80;

	private ReanchorReport() {
	}

	static String text(Reanchoring reanchoring) {
		int unplaced = reanchoring.unplaced().size();
		int moved = reanchoring.moved();
		StringBuilder text = new StringBuilder();
		text.append(moved).append(moved == 1 ? " anchor" : " anchors").append(" moved, ")
				.append(reanchoring.anchorCount() - moved - unplaced).append(" unchanged, ").append(unplaced)
				.append(" not placed (of ").append(reanchoring.anchorCount()).append(").");
		if (moved > 0) {
			text.append(" Edit > Undo restores the old offsets.");
		}
		if (unplaced > 0) {
			text.append("\n\nThese anchors keep their old offsets; check them by hand:");
			for (Reanchoring.Unplaced anchor : reanchoring.unplaced()) {
				String quote = String.valueOf(anchor.quote());
				text.append("\n\u2022 ").append(anchor.owner()).append(": \u201C")
						.append(quote.length() > QUOTE_SHOWN ? quote.substring(0, QUOTE_SHOWN - 3) + "..." : quote)
						.append("\u201D at ").append(anchor.oldOffset()).append(" \u2014 ").append(anchor.reason());
			}
		}
		return text.toString();
	}
}
