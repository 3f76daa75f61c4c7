package org.claimbench.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.Arrays;
import java.util.Map;

import org.claimbench.model.claims.Claim;
import org.claimbench.ui.internal.commands.NewClaimHandler;
import org.claimbench.ui.internal.editor.AnnotationEditor;
import org.claimbench.ui.internal.views.ClaimDetailsView;
import org.claimbench.workspace.tests.FixtureProject;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Claim Details shows the claim the user just clicked or made, and holds still while it is edited. */
class ClaimDetailsSelectionTest {

	private AnnotationEditor editor;
	private ClaimDetailsView details;

	@BeforeEach
	void open() throws Exception {
		editor = Workbench.open(FixtureProject.create("details-click", FixtureProject.document()));
		details = (ClaimDetailsView) Workbench.page().showView(ClaimDetailsView.ID);
		Workbench.page().activate(editor);
		Workbench.flush();
	}

	@AfterEach
	void closeEditors() {
		Workbench.page().closeAllEditors(false);
	}

	/** A left click on the character at offset, as the mouse gives it. */
	private void click(int offset) {
		StyledText text = editor.sourceWidget();
		Point at = text.getLocationAtOffset(offset);
		for (int type : new int[] { SWT.MouseDown, SWT.MouseUp }) {
			Event event = new Event();
			event.button = 1;
			event.count = 1;
			event.x = at.x + 1;
			event.y = at.y + text.getLineHeight(offset) / 2;
			text.notifyListeners(type, event);
		}
		Workbench.flush();
	}

	private String shown() {
		return details.element() == null ? null : details.element().getName();
	}

	@Test
	void eachClickShowsTheClaimClickedIn() throws Exception {
		click(FixtureProject.at("destabilizing"));
		assertEquals("nk", shown());
		click(FixtureProject.at("reaffirmed"));
		assertEquals("ra", shown(), "the second click shows the second claim, not the first");
		click(FixtureProject.at("destabilizing"));
		assertEquals("nk", shown());
	}

	@Test
	void aNewClaimIsShownAndItsFieldsStayPutWhenItGetsItsFirstHolder() throws Exception {
		click(FixtureProject.at("destabilizing"));
		assertEquals("nk", shown());
		String words = "continue discussions on deterrence capabilities";
		Workbench.select(editor, FixtureProject.at(words), words.length());
		Workbench.execute(NewClaimHandler.COMMAND, Map.of(NewClaimHandler.KIND, "Reaffirmation"));
		Claim made = editor.session().document().getClaims().get(editor.session().document().getClaims().size() - 1);
		assertEquals(made.getName(), shown(), "Details shows the claim just made");

		Control object = details.field("object");
		assertNotNull(object, "a Reaffirmation has an object");
		Rectangle before = object.getDisplay().map(object.getParent(), null, object.getBounds());
		Composite boxes = details.holderBoxes();
		Button first = (Button) boxes.getChildren()[0];
		first.setSelection(true);
		first.notifyListeners(SWT.Selection, new Event());
		Workbench.flush();
		Claim now = editor.session().document().getClaims().stream().filter(c -> c.getName().equals(made.getName()))
				.findFirst().orElseThrow();
		assertEquals(1, now.getHolders().size(), "the holder is set on the claim just made");
		Control objectAfter = details.field("object");
		Rectangle after = objectAfter.getDisplay().map(objectAfter.getParent(), null, objectAfter.getBounds());
		assertEquals(before, after, "the next field stays where the pointer is");
		assertEquals(1, Arrays.stream(details.holderBoxes().getChildren()).filter(b -> ((Button) b).getSelection()).count());
	}
}
