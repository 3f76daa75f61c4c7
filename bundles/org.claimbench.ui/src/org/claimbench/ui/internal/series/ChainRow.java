package org.claimbench.ui.internal.series;

import org.eclipse.core.resources.IFile;

/**
 * One line of the Series view: an appearance of the chain (or, last, the statement that no longer restates it),
 * with what changed since the appearance before.
 *
 * @param link     {@code first}, the relation that links it back ({@code reaffirms}), or {@code dropped}
 * @param wording  the quote, or for a restatement the word diff against the one before ({@code [-old-] {+new+}})
 * @param change   escalations and de-escalations, or why the row says dropped; empty when nothing moved
 * @param claim    the claim's name, null on a dropped row
 * @param chosen   true on the appearance the user selected
 */
public record ChainRow(String date, String statement, String claim, String kind, String link, String wording, String change,
		IFile file, boolean chosen) {

	public static final String FIRST = "first";
	public static final String DROPPED = "dropped";
}
