package org.claimbench.ui.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.claimbench.ui.internal.editor.AnnotationEditor;
import org.claimbench.workspace.internal.model.FileText;
import org.claimbench.workspace.tests.FixtureProject;
import org.eclipse.core.resources.IFile;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Annotation documents are read as UTF-8 or refused with a message that says which file and where. */
class FileTextTest {

	@AfterEach
	void closeEditors() {
		Workbench.page().closeAllEditors(false);
	}

	/** The fixture document with a Latin-1 "é" (one byte, 0xE9) in its second line's mention. */
	private static byte[] latin1Document() throws IOException {
		String document = FixtureProject.document();
		int secondLine = document.indexOf('\n') + 1;
		int quote = document.indexOf("\"The Ministers", secondLine) + 1;
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		bytes.write(document.substring(0, quote).getBytes(StandardCharsets.UTF_8));
		bytes.write(0xE9);
		bytes.write(document.substring(quote).getBytes(StandardCharsets.UTF_8));
		return bytes.toByteArray();
	}

	@Test
	void byteOrderMarkIsDroppedAndTheRestKept() throws Exception {
		IFile file = FixtureProject.create("filetext-bom", "");
		String text = "document edd source \"edd.txt\" schema deterrence\r\n// d\u00E9j\u00E0 vu\r\n";
		file.setContents(("\uFEFF" + text).getBytes(StandardCharsets.UTF_8), true, false, null);
		assertEquals(text, FileText.read(file));
	}

	@Test
	void bytesThatAreNotUtf8AreRefusedNamingTheFileAndLine() throws Exception {
		IFile file = FixtureProject.create("filetext-latin1", "");
		file.setContents(latin1Document(), true, false, null);
		IOException refused = assertThrows(IOException.class, () -> FileText.read(file));
		int byteOffset = FixtureProject.document().indexOf("\"The Ministers") + 1;
		assertEquals("edd.claims is not valid UTF-8 (byte " + byteOffset + ", line 2); save it as UTF-8 text",
				refused.getMessage());
	}

	@Test
	void theAnnotationEditorShowsTheRefusalAndLeavesTheFileAlone() throws Exception {
		IFile file = FixtureProject.create("filetext-editor", "");
		byte[] latin1 = latin1Document();
		file.setContents(latin1, true, false, null);

		IEditorPart part = IDE.openEditor(Workbench.page(), file);
		Workbench.flush();
		assertFalse(part instanceof AnnotationEditor, "no annotation editor on text it cannot read");
		List<String> shown = new ArrayList<>();
		visible(part.getSite().getShell(), Text.class).forEach(text -> shown.add(text.getText()));
		visible(part.getSite().getShell(), StyledText.class).forEach(text -> shown.add(text.getText()));
		assertTrue(shown.stream().anyMatch(t -> t.contains("edd.claims is not valid UTF-8 (byte")
				&& t.contains("line 2")), "the editor area says what is wrong: " + shown);
		assertTrue(shown.stream().noneMatch(t -> t.contains("\tat ")), "no stack trace in sight: " + shown);
		List<String> buttons = visible(part.getSite().getShell(), Button.class).stream().map(Button::getText).toList();
		assertTrue(buttons.stream().noneMatch(t -> t.contains("Details")), "nor one click away: " + buttons);

		Workbench.page().closeAllEditors(true);
		try (var in = file.getContents(true)) {
			assertArrayEquals(latin1, in.readAllBytes(), "the file is not rewritten");
		}
	}

	/** The visible widgets of a type in the window, e.g. its texts or buttons. */
	private static <T extends Control> List<T> visible(Control control, Class<T> type) {
		List<T> found = new ArrayList<>();
		if (!control.isVisible()) {
			return found;
		}
		if (type.isInstance(control)) {
			found.add(type.cast(control));
		} else if (control instanceof Composite composite) {
			for (Control child : composite.getChildren()) {
				found.addAll(visible(child, type));
			}
		}
		return found;
	}
}
