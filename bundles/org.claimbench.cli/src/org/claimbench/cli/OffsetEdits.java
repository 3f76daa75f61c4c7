package org.claimbench.cli;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.TreeMap;

import org.claimbench.model.claims.Anchor;
import org.claimbench.model.claims.ClaimsPackage;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

/**
 * Rewrites the {@code at N} numbers of anchors in the annotation file's text and leaves every other
 * character (layout, comments, line endings) as the user wrote it, which a re-serialization would not.
 */
final class OffsetEdits {

	private final String text;
	private final TreeMap<Integer, int[]> edits = new TreeMap<>();

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
		edits.put(node.getOffset(), new int[] { node.getEndOffset(), newOffset });
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
			result.append(text, copied, edit.getKey()).append(edit.getValue()[1]);
			copied = edit.getValue()[0];
		}
		result.append(text.substring(copied));
		return result.toString().getBytes(StandardCharsets.UTF_8);
	}
}
