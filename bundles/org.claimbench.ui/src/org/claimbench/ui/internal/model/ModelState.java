package org.claimbench.ui.internal.model;

/** A state of a session's model; its DSL text is remembered once written, so undoing to it gives that text back. */
final class ModelState {

	String text;

	ModelState(String text) {
		this.text = text;
	}
}
