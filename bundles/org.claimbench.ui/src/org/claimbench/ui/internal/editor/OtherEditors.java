package org.claimbench.ui.internal.editor;

import java.util.Arrays;

import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;

/** The other editors open on an editor's file, which share its unsaved text through the file's buffer. */
public final class OtherEditors {

	private OtherEditors() {
	}

	/**
	 * Whether another editor shows the file: it keeps the problem markers of the shared text up to date, so a
	 * closing editor must not put back the markers of the saved file.
	 */
	public static boolean openOnSameFile(IEditorPart part) {
		IWorkbenchPage page = part.getSite().getPage();
		return page != null && Arrays.stream(page.findEditors(part.getEditorInput(), null, IWorkbenchPage.MATCH_INPUT))
				.anyMatch(reference -> reference.getPart(false) != part);
	}
}
