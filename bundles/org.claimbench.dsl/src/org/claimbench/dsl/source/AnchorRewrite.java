package org.claimbench.dsl.source;

import java.util.ArrayList;
import java.util.List;

import org.claimbench.dsl.conversion.DoubleQuotedStrings;
import org.claimbench.model.claims.Anchor;
import org.claimbench.model.claims.ClaimsPackage;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

/**
 * The edits to an annotation file's text that give an anchor an offset and a context ({@code at N prefix "…"
 * suffix "…"}), in the order the grammar wants them, touching nothing else the person wrote: what the anchor
 * has is replaced where it changes, what it lacks is written after the part before it. The command line and
 * the editors' quick fixes write the same text.
 */
public final class AnchorRewrite {

	/** Replace the characters {@code start .. end} of the file's text (equal for an insertion) by {@code text}. */
	public record Replacement(int start, int end, String text) {
	}

	private AnchorRewrite() {
	}

	/**
	 * @param offset the offset to write, or null to keep the anchor's
	 * @param context the prefix and suffix to write (empty parts are left as the anchor has them), or null
	 */
	public static List<Replacement> of(Anchor anchor, Integer offset, UniqueContext.Context context) {
		ClaimsPackage claims = ClaimsPackage.eINSTANCE;
		List<Replacement> edits = new ArrayList<>(2);
		INode quote = node(anchor, claims.getAnchor_Quote());
		if (quote == null) {
			return edits;
		}
		Cursor cursor = new Cursor(quote.getEndOffset(), edits);
		cursor.write(node(anchor, claims.getAnchor_Offset()), "at",
				offset == null || anchor.isSetOffset() && anchor.getOffset() == offset ? null : offset.toString());
		cursor.write(node(anchor, claims.getAnchor_Prefix()), "prefix", literal(context == null ? "" : context.prefix(), anchor.getPrefix()));
		cursor.write(node(anchor, claims.getAnchor_Suffix()), "suffix", literal(context == null ? "" : context.suffix(), anchor.getSuffix()));
		cursor.flush();
		return edits;
	}

	/** The string to write, or null where there is none or the anchor already has it (however it escapes it). */
	private static String literal(String value, String existing) {
		return value.isEmpty() || value.equals(existing) ? null : DoubleQuotedStrings.literal(value);
	}

	private static INode node(Anchor anchor, EStructuralFeature feature) {
		List<INode> nodes = NodeModelUtils.findNodesForFeature(anchor, feature);
		return nodes.isEmpty() ? null : nodes.get(0);
	}

	/** Walks the parts of the anchor: insertions collect after the last part written until the next one is met. */
	private static final class Cursor {

		private int at;
		private final StringBuilder pending = new StringBuilder();
		private final List<Replacement> edits;

		Cursor(int at, List<Replacement> edits) {
			this.at = at;
			this.edits = edits;
		}

		void write(INode existing, String keyword, String value) {
			if (existing != null) {
				flush();
				if (value != null) {
					edits.add(new Replacement(existing.getOffset(), existing.getEndOffset(), value));
				}
				at = existing.getEndOffset();
			} else if (value != null) {
				pending.append(' ').append(keyword).append(' ').append(value);
			}
		}

		void flush() {
			if (!pending.isEmpty()) {
				edits.add(new Replacement(at, at, pending.toString()));
				pending.setLength(0);
			}
		}
	}
}
