package org.claimbench.ui.tests;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.Duration;
import java.util.Arrays;

import org.claimbench.dsl.validation.IssueCodes;
import org.claimbench.workspace.internal.validation.SavedFileValidationJob;
import org.claimbench.workspace.tests.FixtureProject;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.IPageLayout;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A row of the Problems view whose problem has a quick fix shows the quick-fix sign. */
class ProblemsViewQuickFixIconTest {

	@AfterEach
	void hideProblems() {
		Workbench.page().closeAllEditors(false);
	}

	@Test
	void aMovedQuoteIsShownWithTheQuickFixIcon() throws Exception {
		String document = FixtureProject.document();
		int right = FixtureProject.at("Minister Kamikawa reaffirmed their intent");
		IFile file = FixtureProject.create("problems-icon", document.replace(" at " + right + " ", " at " + (right + 3) + " "));
		new SavedFileValidationJob(file).schedule();
		Job.getJobManager().join(SavedFileValidationJob.FAMILY, null);
		assertNotNull(SourceEditors.markersWithCode(file, IssueCodes.QUOTE_MOVED).stream().findFirst().orElse(null));

		IViewPart problems = Workbench.page().showView(IPageLayout.ID_PROBLEM_VIEW);
		// The Problems view fills itself in a job of its own: wait for the row, for a minute at most.
		TreeItem[] found = new TreeItem[1];
		Workbench.flushUntil(() -> {
			Tree tree = tree((Composite) problems.getSite().getShell());
			return (found[0] = tree == null ? null : find(tree.getItems(), "occurs at offset " + right)) != null;
		}, Duration.ofMinutes(1));
		TreeItem row = found[0];
		assertNotNull(row, "the Problems view lists the moved quote");
		assertNotNull(row.getImage(), "the row has an icon");
		assertNotNull(PlatformUI.getWorkbench().getSharedImages().getImage("IMG_OBJS_FIXABLE_ERROR"),
				"the workbench knows the Problems view's quick-fix icons");
		byte[] plainError = PlatformUI.getWorkbench().getSharedImages().getImage(ISharedImages.IMG_OBJS_ERROR_TSK)
				.getImageData().data;
		assertFalse(Arrays.equals(plainError, row.getImage().getImageData().data),
				"the icon tells a quick fix is there, not only that it is an error");
		row.getParent().setSelection(row);
		Screenshot.saveIfAsked(problems.getSite().getShell(), "problems-quick-fix");
	}

	private static Tree tree(Composite parent) {
		for (Control child : parent.getChildren()) {
			if (child instanceof Tree tree && tree.getColumnCount() > 0 && "Description".equals(tree.getColumn(0).getText())) {
				return tree;
			}
			if (child instanceof Composite composite) {
				Tree found = tree(composite);
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}

	private static TreeItem find(TreeItem[] items, String text) {
		for (TreeItem item : items) {
			if (!item.getExpanded() && item.getItemCount() > 0) {
				Event expand = new Event();
				expand.item = item;
				item.getParent().notifyListeners(SWT.Expand, expand);
				item.setExpanded(true);
			}
			if (item.getText(0).contains(text)) {
				return item;
			}
			TreeItem found = find(item.getItems(), text);
			if (found != null) {
				return found;
			}
		}
		return null;
	}
}
