package org.claimbench.cli;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.TreeMap;

import org.claimbench.dsl.source.AnchorRewrite;
import org.claimbench.dsl.source.UniqueContext;
import org.claimbench.model.claims.Anchor;
import org.claimbench.model.claims.ClaimsPackage;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

/**
 * Rewrites or writes the {@code at N} numbers and contexts of anchors in the annotation file's text and leaves every other
 * character (layout, comments, line endings) as the user wrote it, which a re-serialization would not.
 */
final class OffsetEdits {

	private final String text;
	/** Start of the replaced text → its end and the new text. */
	private final TreeMap<Integer, Edit> edits = new TreeMap<>();

	private record Edit(int end, String replacement) {
	}

	OffsetEdits(String text) {
		this.text = text;
	}

	/** Replaces the anchor's offset number; node offsets index the same text the resource was parsed from. */
	void replace(Anchor anchor, int newOffset) {
		List<INode> nodes = NodeModelUtils.findNodesForFeature(anchor, ClaimsPackage.Literals.ANCHOR__OFFSET);
		INode node = nodes.get(0);
		String old = text.substring(node.getOffset(), node.getEndOffset());
		if (!old.equals(Integer.toString(anchor.getOffset()))) {
			throw new IllegalStateException("offset of anchor \"" + anchor.getQuote() + "\" not found in the file text");
		}
		edits.put(node.getOffset(), new Edit(node.getEndOffset(), Integer.toString(newOffset)));
	}

	/** Writes the offset (null: keeps the anchor's) and the context (null: none) as {@link AnchorRewrite} does. */
	void write(Anchor anchor, Integer offset, UniqueContext.Context context) {
		for (AnchorRewrite.Replacement edit : AnchorRewrite.of(anchor, offset, context)) {
			edits.put(edit.start(), new Edit(edit.end(), edit.text()));
		}
	}

	boolean isEmpty() {
		return edits.isEmpty();
	}

	static int line(Anchor anchor) {
		INode node = NodeModelUtils.getNode(anchor);
		return node == null ? 0 : node.getStartLine();
	}

	byte[] bytes(boolean byteOrderMark) {
		StringBuilder result = new StringBuilder(text.length() + 16);
		if (byteOrderMark) {
			result.append('\uFEFF');
		}
		int copied = 0;
		for (var edit : edits.entrySet()) {
			result.append(text, copied, edit.getKey()).append(edit.getValue().replacement());
			copied = edit.getValue().end();
		}
		result.append(text.substring(copied));
		return result.toString().getBytes(StandardCharsets.UTF_8);
	}
}
