package org.claimbench.workspace.internal.model;

/** A state of a session's model; its DSL text is remembered once written, so undoing to it gives that text back. */
final class ModelState {

	/** Written under the session's lock, possibly by a background job; read without it on the UI thread. */
	volatile String text;

	ModelState(String text) {
		this.text = text;
	}
}
