package org.claimbench.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import org.claimbench.ui.internal.editor.AnnotationEditor;
import org.claimbench.workspace.tests.FixtureProject;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A series of statements in one Eclipse project, as on the command line: a document's holder comes from
 * the project's actor register, and its relation reaches a claim of last year's document.
 */
class ProjectReferencesWorkbenchTest {

	@AfterEach
	void closeEditors() {
		Workbench.page().closeAllEditors(false);
	}

	private static IFile series(String reference) throws CoreException {
		String document = "document edd source \"edd.txt\" schema deterrence\n"
				+ "claim ra : Reaffirmation by Kamikawa { quote \"Minister Kamikawa reaffirmed their intent\" at "
				+ FixtureProject.at("Minister Kamikawa reaffirmed their intent") + " }\n"
				+ "relation reaffirms ra -> " + reference + "\n";
		IFile file = FixtureProject.create("series", document);
		IProject project = file.getProject();
		project.getFile("deterrence.cbschema").setContents(
				new ByteArrayInputStream((FixtureProject.SCHEMA + "relation kind reaffirms from Intent to Intent\n")
						.getBytes(StandardCharsets.UTF_8)), IResource.FORCE, null);
		write(project.getFile("people.claims"), "register people schema deterrence\nactor Kamikawa : Official \"Yoko Kamikawa\"\n");
		write(project.getFile("edd2023.claims"), "document edd2023 source \"edd.txt\" schema deterrence\n"
				+ "claim earlier : Reaffirmation by Kamikawa { quote \"reaffirmed their intent\" at "
				+ FixtureProject.at("reaffirmed their intent") + " }\n");
		return file;
	}

	private static void write(IFile file, String text) throws CoreException {
		file.create(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), IResource.FORCE, null);
	}

	private static List<String> errors(IFile file) throws CoreException {
		return Arrays.stream(file.findMarkers(IMarker.PROBLEM, true, IResource.DEPTH_ZERO))
				.filter(m -> m.getAttribute(IMarker.SEVERITY, -1) == IMarker.SEVERITY_ERROR)
				.map(m -> m.getAttribute(IMarker.MESSAGE, "")).toList();
	}

	@Test
	void aRegisterActorAndAClaimOfAnotherDocumentResolveInTheAnnotationEditor() throws Exception {
		IFile file = series("edd2023.earlier");
		AnnotationEditor editor = Workbench.open(file);
		Workbench.awaitValidation(editor);
		assertEquals(List.of(), errors(file));
	}

	@Test
	void aClaimTheOtherDocumentLacksIsAnErrorMarker() throws Exception {
		IFile file = series("edd2023.later");
		AnnotationEditor editor = Workbench.open(file);
		Workbench.awaitValidation(editor);
		List<String> errors = errors(file);
		assertTrue(errors.stream().anyMatch(m -> m.contains("edd2023.later")), errors.toString());
	}
}
