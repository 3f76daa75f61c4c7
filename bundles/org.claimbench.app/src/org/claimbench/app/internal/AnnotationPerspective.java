package org.claimbench.app.internal;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

/** The specialist's layout: files on the left, the editor in the middle, problems below. */
public final class AnnotationPerspective implements IPerspectiveFactory {

	public static final String ID = "org.claimbench.app.perspective";
	/** Views of later bundles dock here (Claims view, detail panel). */
	public static final String RIGHT_FOLDER = "org.claimbench.app.perspective.right";
	public static final String BOTTOM_FOLDER = "org.claimbench.app.perspective.bottom";

	@Override
	public void createInitialLayout(IPageLayout layout) {
		String editorArea = layout.getEditorArea();
		IFolderLayout left = layout.createFolder("org.claimbench.app.perspective.left", IPageLayout.LEFT, 0.2f,
				editorArea);
		left.addView(IPageLayout.ID_PROJECT_EXPLORER);
		IFolderLayout bottom = layout.createFolder(BOTTOM_FOLDER, IPageLayout.BOTTOM, 0.75f, editorArea);
		bottom.addView(IPageLayout.ID_PROBLEM_VIEW);
		bottom.addPlaceholder(IPageLayout.ID_PROGRESS_VIEW);
		layout.createPlaceholderFolder(RIGHT_FOLDER, IPageLayout.RIGHT, 0.66f, editorArea);
		layout.addShowViewShortcut(IPageLayout.ID_PROJECT_EXPLORER);
		layout.addShowViewShortcut(IPageLayout.ID_PROBLEM_VIEW);
		layout.addShowViewShortcut(IPageLayout.ID_OUTLINE);
		layout.addShowViewShortcut(IPageLayout.ID_PROGRESS_VIEW);
	}
}
