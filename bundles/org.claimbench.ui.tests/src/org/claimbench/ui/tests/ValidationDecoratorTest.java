package org.claimbench.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.claimbench.ui.internal.decorators.ValidationStateDecorator;
import org.claimbench.ui.internal.editor.AnnotationEditor;
import org.claimbench.workspace.tests.FixtureProject;
import org.eclipse.core.resources.IFile;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.viewers.IDecoration;
import org.eclipse.jface.viewers.IDecorationContext;
import org.eclipse.jface.viewers.ILabelProviderListener;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The navigator shows each schema and annotation document's validation state next to its name. */
class ValidationDecoratorTest {

	private static final String BROKEN_CLAIM = "claim bad : Reaffirmation by Nobody { quote \"Joint\" at 0 }\n";

	private final ValidationStateDecorator decorator = new ValidationStateDecorator();

	@AfterEach
	void close() {
		decorator.dispose();
		Workbench.page().closeAllEditors(false);
	}

	/** Validates the file as the editor does when it opens it, and closes it again. */
	private static void validate(IFile file) throws Exception {
		AnnotationEditor editor = Workbench.open(file);
		Workbench.awaitValidation(editor);
		Workbench.page().closeEditor(editor, false);
	}

	private Decoration decorate(IFile file) {
		Decoration decoration = new Decoration();
		decorator.decorate(file, decoration);
		return decoration;
	}

	@Test
	void brokenDocumentGetsAnErrorOverlayAndCountAndAValidOneNothing() throws Exception {
		IFile broken = FixtureProject.create("decorated-broken", FixtureProject.document() + BROKEN_CLAIM);
		validate(broken);
		Decoration decoration = decorate(broken);
		assertEquals(" [1 error]", decoration.suffix);
		assertEquals(List.of(PlatformUI.getWorkbench().getSharedImages().getImageDescriptor(ISharedImages.IMG_DEC_FIELD_ERROR)),
				decoration.overlays);

		IFile valid = FixtureProject.create("decorated-valid", FixtureProject.document());
		validate(valid);
		assertEquals("", decorate(valid).suffix);
		assertEquals(List.of(), decorate(valid).overlays);
	}

	@Test
	void navigatorLabelsCarryTheDecoration() throws Exception {
		assertTrue(PlatformUI.getWorkbench().getDecoratorManager().getEnabled(ValidationStateDecorator.ID), "on by default");
		IFile broken = FixtureProject.create("decorated-navigator", FixtureProject.document() + BROKEN_CLAIM);
		validate(broken);
		// The workbench decorates in the background and hands out the result once it is ready.
		String[] label = { broken.getName() };
		Workbench.flushUntil(() -> (label[0] = PlatformUI.getWorkbench().getDecoratorManager().getLabelDecorator()
				.decorateText(broken.getName(), broken)).contains("["), Duration.ofSeconds(30));
		assertEquals("edd.claims [1 error]", label[0]);
	}

	@Test
	void labelIsRefreshedWhenTheMarkersChange() throws Exception {
		IFile file = FixtureProject.create("decorated-refresh", FixtureProject.document());
		validate(file);
		List<Object> refreshed = new ArrayList<>();
		ILabelProviderListener listener = event -> {
			if (event.getElements() != null) {
				refreshed.addAll(Arrays.asList(event.getElements()));
			}
		};
		decorator.addListener(listener);
		file.setContents(new ByteArrayInputStream((FixtureProject.document() + BROKEN_CLAIM).getBytes(StandardCharsets.UTF_8)),
				true, false, null);
		validate(file);
		assertTrue(refreshed.contains(file), "the navigator is told to redraw the file's label");
		assertEquals(" [1 error]", decorate(file).suffix);
	}

	/** Records what a decorator adds, as the workbench's decoration does. */
	private static final class Decoration implements IDecoration {
		String suffix = "";
		final List<ImageDescriptor> overlays = new ArrayList<>();

		@Override
		public void addPrefix(String prefix) {
		}

		@Override
		public void addSuffix(String text) {
			suffix += text;
		}

		@Override
		public void addOverlay(ImageDescriptor overlay) {
			overlays.add(overlay);
		}

		@Override
		public void addOverlay(ImageDescriptor overlay, int quadrant) {
			overlays.add(overlay);
		}

		@Override
		public void setForegroundColor(Color color) {
		}

		@Override
		public void setBackgroundColor(Color color) {
		}

		@Override
		public void setFont(Font font) {
		}

		@Override
		public IDecorationContext getDecorationContext() {
			return null;
		}
	}
}
