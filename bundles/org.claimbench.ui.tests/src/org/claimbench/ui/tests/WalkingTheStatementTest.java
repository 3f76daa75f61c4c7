package org.claimbench.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.claimbench.ui.internal.commands.NavigateHandler;
import org.claimbench.ui.internal.editor.AnnotationEditor;
import org.claimbench.ui.internal.views.ClaimDetailsView;
import org.claimbench.workspace.tests.FixtureProject;
import org.eclipse.core.resources.IFile;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.keys.IBindingService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Keys walk from annotation to annotation, and to the next paragraph that still needs a claim. */
class WalkingTheStatementTest {

	/** Two paragraphs after the fixture's, which no claim quotes yet. */
	private static final String MORE = "\nThey welcomed the progress made.\n\nThey will meet again next year.\n";

	private AnnotationEditor editor;
	private ClaimDetailsView details;

	@BeforeEach
	void open() throws Exception {
		IFile claims = FixtureProject.create("walking", FixtureProject.document());
		claims.getProject().getFile("edd.txt")
				.setContents((FixtureProject.SOURCE + MORE).getBytes(StandardCharsets.UTF_8), true, false, null);
		editor = Workbench.open(claims);
		details = (ClaimDetailsView) Workbench.page().showView(ClaimDetailsView.ID);
		Workbench.select(editor, 0, 0);
	}

	@AfterEach
	void closeEditors() {
		Workbench.page().closeAllEditors(false);
	}

	private String selected() {
		return editor.sourceWidget().getSelectionText();
	}

	@Test
	void nextAndPreviousSelectEachAnnotationInTextOrderAndDetailsFollow() throws Exception {
		List<String> walked = new ArrayList<>();
		List<String> shown = new ArrayList<>();
		while (Workbench.execute(NavigateHandler.NEXT, Map.of()) != null) {
			walked.add(selected());
			shown.add(details.element().getName());
		}
		assertEquals(List.of("The Ministers", "North Korea's continued destabilizing behavior", "Minister Kamikawa",
				"Minister Kamikawa reaffirmed their intent"), walked, "mentions and quotes, in text order");
		assertEquals(List.of("Ministers", "nk", "Kamikawa", "ra"), shown, "Claim Details shows each in turn");
		assertEquals("Minister Kamikawa reaffirmed their intent", selected(), "past the last one the selection stays");

		Workbench.execute(NavigateHandler.PREVIOUS, Map.of());
		assertEquals("Minister Kamikawa", selected());
		Workbench.execute(NavigateHandler.PREVIOUS, Map.of());
		assertEquals("North Korea's continued destabilizing behavior", selected());

		IBindingService keys = PlatformUI.getWorkbench().getService(IBindingService.class);
		assertEquals("Ctrl+.", keys.getBestActiveBindingFormattedFor(NavigateHandler.NEXT));
		assertEquals("Ctrl+,", keys.getBestActiveBindingFormattedFor(NavigateHandler.PREVIOUS));
	}

	@Test
	void nextUnannotatedParagraphSelectsTheParagraphsNoClaimQuotes() throws Exception {
		Workbench.execute(NavigateHandler.UNANNOTATED, Map.of());
		assertEquals("They welcomed the progress made.", selected(), "the first paragraph has claims: the second is next");
		Workbench.execute(NavigateHandler.UNANNOTATED, Map.of());
		assertEquals("They will meet again next year.", selected());
		assertNull(Workbench.execute(NavigateHandler.UNANNOTATED, Map.of()), "none after the last");
		assertEquals("They will meet again next year.", selected());
		assertEquals("Ctrl+Alt+N", PlatformUI.getWorkbench().getService(IBindingService.class)
				.getBestActiveBindingFormattedFor(NavigateHandler.UNANNOTATED));
		Workbench.select(editor, 0, 0);
		Workbench.execute(NavigateHandler.UNANNOTATED, Map.of());
		editor.sourceWidget().setFocus();
		Screenshot.saveIfAsked(editor.getSite().getShell(), "next-unannotated");
	}
}
