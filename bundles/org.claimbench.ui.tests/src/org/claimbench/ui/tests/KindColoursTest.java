package org.claimbench.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.claimbench.model.claims.Claim;
import org.claimbench.ui.internal.editor.AnnotationEditor;
import org.claimbench.ui.internal.editor.KindColorPreferences;
import org.claimbench.ui.internal.editor.KindColors;
import org.claimbench.workspace.internal.model.Span;
import org.claimbench.ui.internal.views.ClaimsView;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.TreeItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Every claim kind has a colour of its own that black text reads well on, and the user can change it. */
class KindColoursTest {

	private static final String KIND = "ThreatAssessment";

	@AfterEach
	void resetAndClose() {
		KindColorPreferences.choose(KIND, null);
		Workbench.page().closeAllEditors(false);
	}

	@Test
	void theSamplesElevenKindsAllLookDifferentAndKeepTextReadable() throws Exception {
		AnnotationEditor editor = Workbench.open(GoldSample.create("colours-sample"));
		List<String> kinds = editor.colours().kinds();
		assertEquals(11, kinds.size(), kinds.toString());
		List<RGB> colours = kinds.stream().map(editor.colours()::rgb).toList();
		assertDistinguishable(colours, 10);
		assertEquals(kinds, legendKinds(editor), "the legend lists the kinds in the schema's order");
	}

	@Test
	void generatedColoursStayApartAndReadableForManyKinds() {
		List<RGB> colours = new ArrayList<>();
		for (int i = 0; i < 60; i++) {
			colours.add(KindColors.generated(i));
		}
		assertDistinguishable(colours.subList(0, 16), 8);
		assertDistinguishable(colours, 2.5);
	}

	@Test
	void aColourChosenInTheLegendHighlightsTheKindsClaimsAndIsKept() throws Exception {
		AnnotationEditor editor = Workbench.open(GoldSample.create("colours-chosen"));
		List<String> order = legendKinds(editor);
		Label entry = legendEntry(editor, KIND);
		List<String> actions = Arrays.stream(entry.getMenu().getItems()).map(MenuItem::getText).toList();
		assertTrue(actions.stream().anyMatch(a -> a.startsWith("Change Colour of " + KIND)), actions.toString());

		RGB chosen = new RGB(250, 250, 120);
		assertNotEquals(chosen, editor.colours().rgb(KIND));
		KindColorPreferences.choose(KIND, chosen);
		Workbench.flush();

		assertEquals(chosen, legendEntry(editor, KIND).getBackground().getRGB(), "the legend shows the new colour");
		assertEquals(chosen, editor.sourceWidget().getStyleRangeAtOffset(ownWordOf(editor, "northKoreaThreat")).background.getRGB(),
				"the kind's claims are highlighted in it");
		assertEquals(order, legendKinds(editor), "the legend keeps its order");
		ClaimsView claims = (ClaimsView) Workbench.page().showView(ClaimsView.ID);
		Workbench.flush();
		TreeItem heading = Arrays.stream(claims.viewer().getTree().getItems()).filter(i -> i.getText().startsWith(KIND))
				.findFirst().orElseThrow();
		assertEquals(chosen, heading.getBackground(0).getRGB(), "the Claims view's heading of the kind wears it too");
		assertEquals(chosen, KindColorPreferences.chosen(KIND), "kept in the preferences");
		assertTrue(Arrays.stream(legendEntry(editor, KIND).getMenu().getItems())
				.anyMatch(item -> item.getText().startsWith("Reset Colour") && item.isEnabled()));

		KindColorPreferences.choose(KIND, null);
		Workbench.flush();
		assertNull(KindColorPreferences.chosen(KIND));
		assertEquals(KindColors.generated(order.indexOf(KIND)), legendEntry(editor, KIND).getBackground().getRGB(),
				"Reset gives the generated colour back");
	}

	/** An offset inside the claim's words that no other claim or mention covers. */
	private static int ownWordOf(AnnotationEditor editor, String claimName) {
		Claim claim = GoldSample.claim(editor, claimName);
		int offset = claim.getAnchors().get(0).getOffset();
		while (Span.at(editor.session().document(), offset).size() != 1
				|| Span.at(editor.session().document(), offset).get(0).owner() != claim) {
			offset++;
		}
		return offset;
	}

	private static List<Label> legendLabels(AnnotationEditor editor) {
		return Arrays.stream(editor.legendControl().getChildren()).filter(Label.class::isInstance).map(Label.class::cast)
				.filter(label -> label.getMenu() != null).toList();
	}

	private static List<String> legendKinds(AnnotationEditor editor) {
		return legendLabels(editor).stream().map(label -> (String) label.getData(AnnotationEditor.LEGEND_KIND)).toList();
	}

	private static Label legendEntry(AnnotationEditor editor, String kind) {
		return legendLabels(editor).stream().filter(label -> kind.equals(label.getData(AnnotationEditor.LEGEND_KIND))).findFirst()
				.orElseThrow(() -> new AssertionError("no legend entry for " + kind));
	}

	/**
	 * Pairwise CIE76 colour differences of at least minDelta (2.3 is just noticeable), black text readable on each
	 * (WCAG AAA) and a mention's blue too (WCAG AA).
	 */
	private static void assertDistinguishable(List<RGB> colours, double minDelta) {
		for (int i = 0; i < colours.size(); i++) {
			assertTrue(KindColors.contrastWithBlack(colours.get(i)) >= 7, colours.get(i) + " is too dark for black text");
			assertTrue(KindColors.contrast(colours.get(i), KindColors.MENTION.getRGB()) >= 4.5,
					colours.get(i) + " is too dark for an actor mention's blue");
			for (int j = 0; j < i; j++) {
				double delta = deltaE(colours.get(i), colours.get(j));
				assertTrue(delta >= minDelta, "kinds " + j + " and " + i + " look alike: " + colours.get(j) + " "
						+ colours.get(i) + " differ by " + delta);
			}
		}
	}

	private static double deltaE(RGB a, RGB b) {
		double[] x = lab(a);
		double[] y = lab(b);
		return Math.sqrt(Math.pow(x[0] - y[0], 2) + Math.pow(x[1] - y[1], 2) + Math.pow(x[2] - y[2], 2));
	}

	private static double[] lab(RGB rgb) {
		double r = linear(rgb.red);
		double g = linear(rgb.green);
		double b = linear(rgb.blue);
		double x = f((0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047);
		double y = f(0.2126 * r + 0.7152 * g + 0.0722 * b);
		double z = f((0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883);
		return new double[] { 116 * y - 16, 500 * (x - y), 200 * (y - z) };
	}

	private static double linear(int channel) {
		double c = channel / 255.0;
		return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
	}

	private static double f(double t) {
		return t > 0.008856 ? Math.cbrt(t) : 7.787 * t + 16.0 / 116;
	}
}
