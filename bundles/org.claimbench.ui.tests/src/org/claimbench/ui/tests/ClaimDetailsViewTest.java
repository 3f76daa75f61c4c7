package org.claimbench.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.claimbench.model.claims.Anchor;
import org.claimbench.model.claims.Claim;
import org.claimbench.ui.internal.editor.AnnotationEditor;
import org.claimbench.ui.internal.views.ClaimDetailsView;
import org.claimbench.ui.internal.views.ClaimsView;
import org.claimbench.workspace.internal.model.Span;
import org.eclipse.core.commands.operations.IOperationHistory;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A specialist reads and sets a claim's attributes in the Claim Details view, on the gold sample. */
class ClaimDetailsViewTest {

	private AnnotationEditor editor;
	private ClaimDetailsView details;

	@BeforeEach
	void openGoldSample() throws Exception {
		// The first start opens the sample project's document; only the gold copy under test stays open.
		Workbench.page().closeAllEditors(false);
		editor = Workbench.open(GoldSample.create("gold-details"));
		details = (ClaimDetailsView) Workbench.page().showView(ClaimDetailsView.ID);
		Workbench.flush();
	}

	@AfterEach
	void closeEditors() {
		Workbench.page().closeAllEditors(false);
	}

	/** Places the caret in the claim's words outside any actor mention, as a click in the source text does. */
	private void clickInto(String claimName) {
		Claim claim = claim(claimName);
		Anchor anchor = claim.getAnchors().get(0);
		int offset = anchor.getOffset();
		while (Span.at(editor.session().document(), offset).get(0).owner() != claim) {
			offset++;
		}
		assertTrue(offset < anchor.end(), "the claim has words of its own");
		Workbench.select(editor, offset, 0);
	}

	private Claim claim(String name) {
		return GoldSample.claim(editor, name);
	}

	private static void choose(Combo combo, String item) {
		int index = Arrays.asList(combo.getItems()).indexOf(item);
		assertTrue(index >= 0, item + " is offered: " + Arrays.toString(combo.getItems()));
		combo.select(index);
		combo.notifyListeners(SWT.Selection, new Event());
		Workbench.flush();
	}

	/** The claim's block in the DSL text, from its header to its closing brace. */
	private String block(String claimName) {
		String text = editor.session().text();
		int start = text.indexOf("claim " + claimName + " :");
		assertTrue(start >= 0, text);
		return text.substring(start, text.indexOf('}', start) + 1);
	}

	@Test
	void enumAttributeSetInTheDetailViewIsWrittenAsDslAndUndoRestoresIt() throws Exception {
		String saved = editor.session().text();
		clickInto("securityEnvironment");
		assertEquals("securityEnvironment", details.element().getName(), "the clicked claim is shown");

		Combo scope = assertInstanceOf(Combo.class, details.field("scope"));
		assertTrue((scope.getStyle() & SWT.READ_ONLY) != 0, "only the enum's members can be chosen");
		assertEquals(List.of("", "bilateral", "regional", "global"), Arrays.asList(scope.getItems()));
		assertEquals("regional", scope.getText());
		assertEquals("scope *", details.label("scope"), "a required attribute is marked");
		assertEquals("trend", details.label("trend"));

		choose(scope, "global");
		assertTrue(block("securityEnvironment").matches("(?s).*\\bscope global\\b.*"), block("securityEnvironment"));
		assertFalse(block("securityEnvironment").contains("scope regional"), block("securityEnvironment"));
		assertTrue(editor.isDirty(), "the change is an unsaved change of the editor");

		IOperationHistory history = PlatformUI.getWorkbench().getOperationSupport().getOperationHistory();
		assertEquals("Set scope of securityEnvironment", history.getUndoOperation(editor.undoContext()).getLabel());
		history.undo(editor.undoContext(), null, null);
		Workbench.flush();
		assertEquals(saved, editor.session().text(), "undo restores the text as it was");
		assertFalse(editor.isDirty());
		assertEquals("regional", scope.getText(), "the field shows the restored value");
	}

	@Test
	void onlyTheAttributesOfTheClaimsKindAreOfferedWithChoicesOfTheDeclaredKinds() throws Exception {
		clickInto("northKoreaThreat");
		Screenshot.saveIfAsked(details.getSite().getShell(), "claim-details");
		assertEquals(Set.of("subject", "conduct", "domains", "unlawful", "partners", "valence", "trend", "status"),
				Set.copyOf(details.attributeNames()), "ThreatAssessment's own and inherited attributes, no others");
		assertNull(details.field("scope"), "an attribute of EnvironmentAssessment is not offered");
		assertNull(details.field("objective"), "an attribute of intents is not offered");

		Combo subject = assertInstanceOf(Combo.class, details.field("subject"));
		assertEquals(List.of("", "UnitedStates", "Japan", "NorthKorea", "China", "Russia"),
				Arrays.asList(subject.getItems()), "only actors of kind State");
		assertEquals("NorthKorea", subject.getText());

		Composite domains = assertInstanceOf(Composite.class, details.field("domains"));
		assertEquals(Set.of("nuclear", "missile"), checked(domains), "the chosen members of a many-valued enum");
		Button unlawful = assertInstanceOf(Button.class, details.field("unlawful"));
		assertTrue(unlawful.getSelection());
		assertEquals("continued destabilizing behavior and sustained pursuit of its unlawful nuclear and ballistic missile program",
				assertInstanceOf(Text.class, details.field("conduct")).getText());

		clickInto("capabilityDiscussions");
		assertEquals(Set.of("objective", "modality", "status"), Set.copyOf(details.attributeNames()),
				"another claim shows the attributes of its own kind");
	}

	@Test
	void numberFieldRefusesTextThatIsNoNumberAndWritesANumber() throws Exception {
		clickInto("coordination");
		Text sinceYear = assertInstanceOf(Text.class, details.field("sinceYear"));
		String before = editor.session().text();
		type(sinceYear, "twenty-ten");
		assertEquals(before, editor.session().text(), "a value that is no number does not reach the document");
		assertTrue(details.problemMessage().startsWith("sinceYear: \u201Ctwenty-ten\u201D is not a number"),
				details.problemMessage());

		type(sinceYear, "2011");
		assertTrue(block("coordination").contains("sinceYear 2011"), block("coordination"));
		assertEquals("", details.problemMessage(), "the report goes once a number is taken");
	}

	@Test
	void actorMentionShowsTheActorsAttributesAndRefusesAnImpossibleDate() throws Exception {
		String mention = "Minister for Foreign Affairs Kamikawa";
		Workbench.select(editor, editor.session().sourceText().indexOf(mention) + 2, 0);
		assertEquals("Kamikawa", details.element().getName(), "a click on a mention shows its actor");
		assertEquals(Set.of("role", "represents"), Set.copyOf(details.attributeNames()));
		assertEquals("Minister for Foreign Affairs", assertInstanceOf(Text.class, details.field("role")).getText());
		Combo represents = assertInstanceOf(Combo.class, details.field("represents"));
		assertEquals(List.of("", "UnitedStates", "Japan", "NorthKorea", "China", "Russia"),
				Arrays.asList(represents.getItems()), "an official represents a State, nothing else");
		choose(represents, "UnitedStates");
		String text = editor.session().text();
		String kamikawa = text.substring(text.indexOf("actor Kamikawa"), text.indexOf('}', text.indexOf("actor Kamikawa")));
		assertTrue(kamikawa.contains("represents UnitedStates"), kamikawa);

		clickInto("meeting");
		String before = editor.session().text();
		type(assertInstanceOf(Text.class, details.field("heldOn")), "2024-02-30");
		assertEquals(before, editor.session().text(), "February has no 30th");
		assertTrue(details.problemMessage().contains("is not a date in the form YYYY-MM-DD"), details.problemMessage());
	}

	private static void type(Text field, String value) {
		field.setText(value);
		field.notifyListeners(SWT.DefaultSelection, new Event());
		Workbench.flush();
	}

	@Test
	void claimSelectedInTheClaimsViewIsShown() throws Exception {
		ClaimsView claims = (ClaimsView) Workbench.page().showView(ClaimsView.ID);
		claims.viewer().setSelection(new StructuredSelection(claim("meeting")), true);
		Workbench.page().activate(claims);
		details = (ClaimDetailsView) Workbench.page().findView(ClaimDetailsView.ID);
		Workbench.flush();
		assertEquals("meeting", details.element().getName());
		assertEquals("ministerial", assertInstanceOf(Combo.class, details.field("level")).getText());
		assertEquals("2024-07-28", assertInstanceOf(Text.class, details.field("heldOn")).getText());
	}

	@Test
	void holdersCheckedInTheDetailViewAreWrittenAsDslAndUndoRestoresThem() throws Exception {
		String saved = editor.session().text();
		clickInto("reinforcePosture");
		Composite holders = details.holderBoxes();
		assertTrue(holders.isVisible(), "a claim's holders can be edited");
		assertEquals(Set.of("UnitedStates", "Japan"), checked(holders));
		assertTrue(Arrays.stream(holders.getChildren()).map(b -> ((Button) b).getText()).toList()
				.containsAll(List.of("Ministers", "Kamikawa", "EDD")), "every actor and group is offered");

		toggle(holders, "Ministers");
		assertTrue(block("reinforcePosture").startsWith("claim reinforcePosture : Need by UnitedStates, Japan, Ministers {"),
				block("reinforcePosture"));
		IOperationHistory history = PlatformUI.getWorkbench().getOperationSupport().getOperationHistory();
		assertEquals("Set holders of reinforcePosture", history.getUndoOperation(editor.undoContext()).getLabel());
		history.undo(editor.undoContext(), null, null);
		Workbench.flush();
		assertEquals(saved, editor.session().text(), "undo restores the holders");
		assertEquals(Set.of("UnitedStates", "Japan"), checked(holders), "the boxes show the restored holders");

		toggle(holders, "UnitedStates");
		assertTrue(block("reinforcePosture").startsWith("claim reinforcePosture : Need by Japan {"), block("reinforcePosture"));

		Workbench.select(editor, editor.session().sourceText().indexOf("Minister for Foreign Affairs Kamikawa") + 2, 0);
		assertFalse(details.holderBoxes().isVisible(), "an actor has no holders");
	}

	private static void toggle(Composite boxes, String name) {
		Button box = Arrays.stream(boxes.getChildren()).map(Button.class::cast).filter(b -> b.getText().equals(name))
				.findFirst().orElseThrow(() -> new AssertionError(name + " is not offered"));
		box.setSelection(!box.getSelection());
		box.notifyListeners(SWT.Selection, new Event());
		Workbench.flush();
	}

	private static Set<String> checked(Composite boxes) {
		return Arrays.stream(boxes.getChildren()).map(Button.class::cast).filter(Button::getSelection)
				.map(Button::getText).collect(Collectors.toSet());
	}
}
