package org.claimbench.ui.internal.wizards;

import org.eclipse.core.runtime.IStatus;

/** The words of the dialog after an export: the outcome, and for a refusal the errors as file:line: message. */
final class ExportReport {

	/** More errors than this are counted, not listed: the dialog must fit on the screen. */
	private static final int LISTED = 20;

	private ExportReport() {
	}

	static String text(IStatus result) {
		StringBuilder text = new StringBuilder(result.getMessage());
		IStatus[] children = result.getChildren();
		if (children.length > 0) {
			text.append("\n");
		}
		for (int i = 0; i < Math.min(LISTED, children.length); i++) {
			text.append('\n').append(children[i].getMessage());
		}
		if (children.length > LISTED) {
			text.append("\n… and ").append(children.length - LISTED).append(" more");
		}
		return text.toString();
	}
}
