package org.claimbench.workspace.internal.model;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.claimbench.core.anchor.AnchorRelocator;
import org.claimbench.core.anchor.AnchorSpan;
import org.claimbench.core.anchor.Placement;
import org.claimbench.model.claims.Anchor;
import org.claimbench.model.claims.Document;
import org.claimbench.model.claims.NamedElement;
import org.claimbench.model.claims.Relation;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * Where core's relocator puts every anchor of a document in the source text as it is now. Only anchors it
 * placed with confidence move; the others keep their old offset and are listed for a person to look at.
 */
public final class Reanchoring {

	/** An anchor left where it was, with what a specialist needs to find it. */
	public record Unplaced(String owner, String quote, int oldOffset, String reason) {
	}

	private final List<Anchor> anchors;
	private final List<Placement> placements;

	private Reanchoring(List<Anchor> anchors, List<Placement> placements) {
		this.anchors = anchors;
		this.placements = placements;
	}

	public static Reanchoring of(Document document, String sourceText) {
		List<Anchor> anchors = new ArrayList<>();
		EcoreUtil.<Object>getAllContents(document, true).forEachRemaining(o -> {
			if (o instanceof Anchor anchor) {
				anchors.add(anchor);
			}
		});
		List<AnchorSpan> spans = anchors.stream()
				.map(a -> new AnchorSpan(a.getQuote(), a.getOffset(), a.getPrefix(), a.getSuffix())).toList();
		return new Reanchoring(anchors, AnchorRelocator.relocate(sourceText, spans));
	}

	public int anchorCount() {
		return anchors.size();
	}

	public int moved() {
		return (int) placements.stream().filter(p -> p.status() == Placement.Status.MOVED).count();
	}

	public List<Unplaced> unplaced() {
		List<Unplaced> unplaced = new ArrayList<>();
		for (int i = 0; i < anchors.size(); i++) {
			Placement placement = placements.get(i);
			if (!placement.placed()) {
				Anchor anchor = anchors.get(i);
				unplaced.add(new Unplaced(owner(anchor), anchor.getQuote(), anchor.getOffset(), reason(placement)));
			}
		}
		return unplaced;
	}

	/**
	 * Gives the moved anchors their new offsets. It edits the anchors this relocation looked at, so it must be
	 * applied to the document it was computed from, before anything reparses it.
	 */
	public Consumer<Document> edit() {
		return document -> {
			for (int i = 0; i < anchors.size(); i++) {
				if (placements.get(i).status() == Placement.Status.MOVED) {
					anchors.get(i).setOffset(placements.get(i).offset());
				}
			}
		};
	}

	private static String owner(Anchor anchor) {
		if (anchor.eContainer() instanceof NamedElement element) {
			return element.getName();
		}
		if (anchor.eContainer() instanceof Relation relation) {
			return "relation " + (relation.getSource() == null || relation.getSource().eIsProxy() ? "?"
					: relation.getSource().getName()) + " \u2192 "
					+ (relation.getTarget() == null || relation.getTarget().eIsProxy() ? "?" : relation.getTarget().getName());
		}
		return "?";
	}

	private static String reason(Placement placement) {
		if (placement.status() == Placement.Status.AMBIGUOUS) {
			return placement.count() == 1
					? "not placed: the quote occurs once, but what the anchors know of the old text speaks against that place"
					: "ambiguous: the quote occurs " + placement.count() + " times and the anchors around it do not tell which";
		}
		return placement.contextChanged() ? "not found: the quote occurs, but not with its prefix and suffix"
				: "not found in the source text";
	}
}
