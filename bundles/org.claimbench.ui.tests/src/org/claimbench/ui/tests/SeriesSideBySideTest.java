package org.claimbench.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.claimbench.model.claims.Actor;
import org.claimbench.model.claims.Document;
import org.claimbench.model.claims.Relation;
import org.claimbench.ui.internal.editor.AnnotationEditor;
import org.claimbench.workspace.internal.model.Span;
import org.eclipse.core.resources.IFile;
import org.eclipse.e4.ui.model.application.ui.MElementContainer;
import org.eclipse.e4.ui.model.application.ui.MUIElement;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MPartSashContainerElement;
import org.eclipse.e4.ui.model.application.ui.basic.MPartStack;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The sample project as the series it is: the 2024 statement and the 2023 one it reaffirms, open side by
 * side, each underlining where its own text names the actors of the project's one register.
 */
class SeriesSideBySideTest {

	@AfterEach
	void closeEditors() {
		Workbench.page().closeAllEditors(false);
	}

	@Test
	void twoStatementsOfTheSampleShowTheRegistersActorsInTheirOwnWords() throws Exception {
		IFile latest = GoldSample.create("series-sample");
		IFile earlier = latest.getProject().getFile("us-japan-2023.claims");
		AnnotationEditor left = Workbench.open(latest);
		AnnotationEditor right = Workbench.open(earlier);
		besideEachOther(left, right);
		Workbench.awaitValidation(left);
		Workbench.awaitValidation(right);

		assertTrue(Workbench.page().isPartVisible(left) && Workbench.page().isPartVisible(right), "both statements show");
		for (AnnotationEditor editor : List.of(left, right)) {
			Span japan = Span.of(editor.session().document()).stream()
					.filter(span -> span.owner() instanceof Actor actor && "Japan".equals(actor.getName())).findFirst()
					.orElseThrow(() -> new AssertionError("no mention of Japan in " + editor.getTitle()));
			Actor actor = (Actor) japan.owner();
			assertTrue(actor.eContainer() instanceof Document register && register.isRegister(),
					"Japan is the register's actor in " + editor.getTitle());
			assertEquals("Japan", editor.sourceWidget().getText(japan.offset(), japan.end() - 1));
		}
		Relation reaffirms = left.session().document().getRelations().stream()
				.filter(r -> r.getKind().getName().equals("reaffirms")).findFirst().orElseThrow();
		assertEquals("us_japan_2023", ((Document) reaffirms.getTarget().eContainer()).getName(),
				"the 2024 need reaffirms a claim of the 2023 statement");
		Screenshot.saveIfAsked(left.getSite().getShell(), "series-side-by-side");
	}

	/** Moves the second editor into a stack of its own to the right of the first, as dragging its tab does. */
	private static void besideEachOther(AnnotationEditor left, AnnotationEditor right) {
		EModelService models = PlatformUI.getWorkbench().getService(EModelService.class);
		MPart part = right.getSite().getService(MPart.class);
		MPart stay = left.getSite().getService(MPart.class);
		MElementContainer<MUIElement> stack = stay.getParent();
		MPartStack beside = models.createModelElement(MPartStack.class);
		models.insert(beside, (MPartSashContainerElement) stack, EModelService.RIGHT_OF, 0.5f);
		part.getParent().getChildren().remove(part);
		beside.getChildren().add(part);
		beside.setSelectedElement(part);
		stay.getParent().setSelectedElement(stay);
		Workbench.flush();
	}
}
