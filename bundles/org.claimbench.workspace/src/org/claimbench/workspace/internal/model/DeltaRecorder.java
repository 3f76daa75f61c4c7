package org.claimbench.workspace.internal.model;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.claimbench.model.claims.ActorMentions;
import org.claimbench.model.claims.Anchor;
import org.claimbench.model.claims.ClaimsPackage;
import org.claimbench.model.claims.Document;
import org.claimbench.model.claims.DocumentElement;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.change.util.ChangeRecorder;

/**
 * Records the edits of a document with EMF's change recorder, one at a time, for undo, and meanwhile notes
 * which of the document's elements each touched and which source ranges it moved anchors away from, for
 * the views.
 */
final class DeltaRecorder extends ChangeRecorder {

	private final Document document;
	private final Set<EObject> added = new LinkedHashSet<>();
	private final Set<EObject> removed = new LinkedHashSet<>();
	private final Set<EObject> changed = new LinkedHashSet<>();
	private final List<Anchor> oldAnchors = new ArrayList<>();
	private final List<AnnotationDelta.Range> oldRanges = new ArrayList<>();

	/** Attaches to the whole document, without recording yet. */
	DeltaRecorder(Document document) {
		super(document);
		this.document = document;
		endRecording();
	}

	Document document() {
		return document;
	}

	/** Starts recording one edit; the adapters are in place already, so this costs nothing per object. */
	void begin() {
		added.clear();
		removed.clear();
		changed.clear();
		oldAnchors.clear();
		oldRanges.clear();
		beginRecording(List.of(document));
	}

	@Override
	public void notifyChanged(Notification notification) {
		super.notifyChanged(notification);
		if (!isRecording() || notification.isTouch()) {
			return;
		}
		Object notifier = notification.getNotifier();
		if (notifier == document) {
			int type = notification.getEventType();
			if (type == Notification.ADD || type == Notification.ADD_MANY) {
				values(notification.getNewValue()).forEach(this::added);
			} else if (type == Notification.REMOVE || type == Notification.REMOVE_MANY) {
				values(notification.getOldValue()).forEach(this::removed);
			}
			return;
		}
		if (notifier instanceof Anchor anchor && notification.getFeature() == ClaimsPackage.Literals.ANCHOR__OFFSET) {
			int oldOffset = notification.getOldIntValue();
			oldRanges.add(new AnnotationDelta.Range(oldOffset, oldOffset + anchor.length()));
		}
		if (notification.getFeature() == ClaimsPackage.Literals.DOCUMENT_ELEMENT__ANCHORS) {
			values(notification.getOldValue()).stream().filter(Anchor.class::isInstance).map(Anchor.class::cast)
					.forEach(oldAnchors::add);
		}
		EObject element = topElement((EObject) notifier);
		if (element != null && !added.contains(element)) {
			changed.add(element);
		}
	}

	private void added(Object value) {
		EObject element = (EObject) value;
		if (removed.remove(element)) {
			changed.add(element);
		} else {
			added.add(element);
		}
	}

	private void removed(Object value) {
		EObject element = (EObject) value;
		changed.remove(element);
		if (!added.remove(element)) {
			removed.add(element);
		}
	}

	/** The child of the document that holds the object, or null when it is not (or no longer) in the document. */
	private EObject topElement(EObject object) {
		EObject current = object;
		while (current != null && current.eContainer() != document) {
			current = current.eContainer();
		}
		return current;
	}

	private static List<?> values(Object value) {
		return value instanceof Collection<?> many ? List.copyOf(many) : value == null ? List.of() : List.of(value);
	}

	/** What the recorded edit touched; the ranges cover the anchors both where they were and where they are now. */
	AnnotationDelta delta() {
		List<AnnotationDelta.Range> ranges = new ArrayList<>(oldRanges);
		for (Anchor anchor : oldAnchors) {
			ranges.add(range(anchor));
		}
		for (Set<EObject> elements : List.of(added, removed, changed)) {
			for (EObject element : elements) {
				if (element instanceof DocumentElement owner) {
					owner.getAnchors().forEach(anchor -> ranges.add(range(anchor)));
				} else if (element instanceof ActorMentions mentions) {
					mentions.getAnchors().forEach(anchor -> ranges.add(range(anchor)));
				}
			}
		}
		return new AnnotationDelta(inOrder(added), inOrder(removed), inOrder(changed), List.copyOf(ranges), false);
	}

	private static Set<EObject> inOrder(Set<EObject> elements) {
		return Collections.unmodifiableSet(new LinkedHashSet<>(elements));
	}

	private static AnnotationDelta.Range range(Anchor anchor) {
		return new AnnotationDelta.Range(anchor.getOffset(), anchor.end());
	}
}
