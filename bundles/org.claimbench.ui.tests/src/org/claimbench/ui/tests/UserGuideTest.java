package org.claimbench.ui.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;

import org.claimbench.ui.internal.help.MarkdownLayout;
import org.claimbench.ui.internal.help.UserGuideView;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Help > ClaimBench User Guide shows the guide inside the product, laid out, with its screenshots. */
class UserGuideTest {

	@AfterEach
	void closeGuide() {
		var guide = Workbench.page().findView(UserGuideView.ID);
		if (guide != null) {
			Workbench.page().hideView(guide);
		}
	}

	@Test
	void theHelpMenuOpensTheGuideWithItsTextTablesAndScreenshots() throws Exception {
		Shell shell = Workbench.page().getWorkbenchWindow().getShell();
		MenuItem help = Arrays.stream(shell.getMenuBar().getItems()).filter(i -> i.getText().replace("&", "").equals("Help"))
				.findFirst().orElseThrow();
		Menu menu = help.getMenu();
		// The workbench fills a menu when it is about to show.
		menu.notifyListeners(SWT.Show, new Event());
		MenuItem guideItem = Arrays.stream(menu.getItems()).filter(i -> i.getText().startsWith("ClaimBench User Guide"))
				.findFirst().orElseThrow(() -> new AssertionError("no ClaimBench User Guide in the Help menu"));
		menu.notifyListeners(SWT.Hide, new Event());
		guideItem.notifyListeners(SWT.Selection, new Event());
		Workbench.flush();

		UserGuideView view = (UserGuideView) Workbench.page().findView(UserGuideView.ID);
		assertTrue(view != null, "the guide is shown");
		String text = view.textWidget().getText();
		assertTrue(text.startsWith("ClaimBench user guide"), text.substring(0, 80));
		assertTrue(text.contains("Annotating a statement"));
		assertTrue(text.contains("code a claim quickly"), "the key table's rows");
		assertTrue(text.contains("Ctrl+Alt+K"), "the key table's keys");
		assertFalse(text.contains("|---"), "table rules are layout, not text");
		assertFalse(text.contains("!["), "images are drawn, not written");
		long placed = text.chars().filter(c -> c == MarkdownLayout.IMAGE).count();
		assertTrue(placed >= 10, "the guide's screenshots have their places: " + placed);
		assertTrue(view.imageCount() == placed, "each screenshot is found in the documentation bundle");

		Screenshot.maximize(shell);
		var reference = Workbench.page().getReference(view);
		Workbench.page().toggleZoom(reference);
		try {
			view.textWidget().setTopIndex(view.textWidget().getLineAtOffset(text.indexOf("code a claim quickly")));
			Screenshot.saveIfAsked(shell, "user-guide");
		} finally {
			Workbench.page().toggleZoom(reference);
		}
	}

	@Test
	void tablesBecomeOneLinePerRowAndInlineMarksBecomeStyles() {
		MarkdownLayout layout = MarkdownLayout.of("""
				# Title

				Some *words* with `code` and a [link](dsl.md).

				| to | do | keys |
				|---|---|---|
				| save | *File > Save* | Ctrl+S |

				- one
				- two
				""");
		String text = layout.text();
		assertTrue(text.startsWith("Title\n\nSome words with code and a link.\n\n"), text);
		assertTrue(text.contains("to  \u2014  do  \u2014  keys\nsave  \u2014  File > Save  \u2014  Ctrl+S\n"), text);
		assertTrue(text.contains("\u2022 one\n\u2022 two\n"), text);
		assertTrue(layout.runs().stream().anyMatch(r -> r.style() == MarkdownLayout.Style.LINK && "dsl.md".equals(r.target())
				&& text.substring(r.offset(), r.offset() + r.length()).equals("link")));
		assertTrue(layout.runs().stream().anyMatch(r -> r.style() == MarkdownLayout.Style.CODE
				&& text.substring(r.offset(), r.offset() + r.length()).equals("code")));
	}
}
