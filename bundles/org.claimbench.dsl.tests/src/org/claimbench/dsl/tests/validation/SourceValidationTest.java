package org.claimbench.dsl.tests.validation;

import static org.claimbench.dsl.tests.validation.Issues.assertNone;
import static org.claimbench.dsl.tests.validation.Issues.assertSingle;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.claimbench.dsl.tests.ClaimDocumentInjectorProvider;
import org.claimbench.dsl.validation.IssueCodes;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import com.google.inject.Inject;
import com.google.inject.Provider;

/** A source text that cannot be used gives one error on 'source' and silences the anchor checks. */
@ExtendWith(InjectionExtension.class)
@InjectWith(ClaimDocumentInjectorProvider.class)
class SourceValidationTest {

	private static final String DOC = "statement.claims";
	private static final String SOURCE = "source \"statement.txt\"";

	@Inject
	private Provider<XtextResourceSet> resourceSets;

	@TempDir
	Path folder;

	private ValidationProject project;

	@BeforeEach
	void copyFixture() {
		project = new ValidationProject(folder.resolve("project"), resourceSets.get()).withFixture("harbour");
	}

	@Test
	void missingSourceFile() {
		project.edit(DOC, SOURCE, "source \"statement-2025.txt\"");
		assertSingle(project.validate(DOC), IssueCodes.SOURCE_NOT_FOUND, Severity.ERROR, 1,
				"Source text 'statement-2025.txt' does not exist next to the document");
	}

	@Test
	void emptySourcePath() {
		project.edit(DOC, SOURCE, "source \"\"");
		assertSingle(project.validate(DOC), IssueCodes.SOURCE_NOT_DECLARED, Severity.ERROR, 1,
				"The document names no source file");
	}

	@Test
	void sourceThatIsAFolder() throws IOException {
		Files.createDirectories(project.path("texts"));
		project.edit(DOC, SOURCE, "source \"texts\"");
		assertSingle(project.validate(DOC), IssueCodes.SOURCE_UNREADABLE, Severity.ERROR, 1,
				"Source text 'texts' cannot be read: it is a folder");
	}

	@Test
	void sourceThatIsNotUtf8() {
		byte[] latin1 = "Joint Statement\nThe Ministers met in Zürich.\n".getBytes(StandardCharsets.ISO_8859_1);
		project.write("statement.txt", latin1);
		assertSingle(project.validate(DOC), IssueCodes.SOURCE_NOT_UTF8, Severity.ERROR, 1,
				"Source text 'statement.txt' is not valid UTF-8 (byte 38, line 2)");
	}

	@Test
	void aQuoteAcrossALineBreakOfAWindowsTextIsANearMissSayingSo() {
		// The text saved by a Windows editor (\r\n); the quote written with \n, as a person types it.
		String windows = project.read("statement.txt").replace("\n", "\r\n");
		project.write("statement.txt", windows);
		int at = windows.indexOf("Sylvania met");
		String quote = "Sylvania met in Port Azure on 3 March 2025.\\nThe Ministers";
		project.write("crlf.claims", "document crlf source \"statement.txt\" schema deterrence\n"
				+ "actor Freedonia : State {\n\tmention \"" + quote + "\" at " + at + "\n}\n"
				+ "actor Sylvania : State {\n\tmention \"" + quote + "\"\n}\n");
		List<Issue> issues = project.validate("crlf.claims");
		assertEquals(2, issues.size(), Issues.describe(issues));
		for (Issue issue : issues) {
			Issues.assertIssue(issue, IssueCodes.QUOTE_NEAR_MISS, Severity.ERROR, issue.getLineNumber(),
					"matches the text at offset " + at + " (line 3) except for its line breaks: the text has Windows line breaks");
			assertEquals(List.of("Sylvania met in Port Azure on 3 March 2025.\r\nThe Ministers", String.valueOf(at)),
					List.of(issue.getData()));
		}
	}

	@Test
	void sourceNameNoFileCanHaveIsNotFound() {
		// Found by the coverage-guided fuzz run: the source check crashed on a NUL in the name, and the user
		// got "Error executing EValidator" without a line.
		project.edit(DOC, SOURCE, "source \"statement\u0000.txt\"");
		assertSingle(project.validate(DOC), IssueCodes.SOURCE_NOT_FOUND, Severity.ERROR, 1,
				"does not exist next to the document");
	}

	@Test
	void absoluteSourcePathIsRefused() {
		project.edit(DOC, SOURCE, "source \"" + project.path("statement.txt") + "\"");
		assertSingle(project.validate(DOC), IssueCodes.SOURCE_OUTSIDE_FOLDER, Severity.ERROR, 1, "it is an absolute path");
	}

	@Test
	void sourceAboveTheDocumentsFolderIsRefused() throws IOException {
		Files.copy(project.path("statement.txt"), folder.resolve("statement.txt"));
		project.edit(DOC, SOURCE, "source \"../statement.txt\"");
		assertSingle(project.validate(DOC), IssueCodes.SOURCE_OUTSIDE_FOLDER, Severity.ERROR, 1,
				"Source '../statement.txt' is refused: it leads out of the document's folder");
	}

	@Test
	void symbolicLinkToAFileOutsideIsRefused() throws IOException {
		Files.copy(project.path("statement.txt"), folder.resolve("elsewhere.txt"));
		Files.createSymbolicLink(project.path("linked.txt"), folder.resolve("elsewhere.txt"));
		project.edit(DOC, SOURCE, "source \"linked.txt\"");
		assertSingle(project.validate(DOC), IssueCodes.SOURCE_OUTSIDE_FOLDER, Severity.ERROR, 1,
				"it is a symbolic link to a file outside the document's folder");
	}

	@Test
	void sourceInASubFolderAndLinkInsideTheFolderAreRead() throws IOException {
		Files.createDirectories(project.path("texts"));
		Files.move(project.path("statement.txt"), project.path("texts/statement.txt"));
		Files.createSymbolicLink(project.path("current.txt"), project.path("texts/statement.txt"));
		project.edit(DOC, SOURCE, "source \"./texts/../current.txt\"");
		assertNone(project.validate(DOC));
	}

	@Test
	void documentInAWorkspaceProjectFindsItsSource() {
		project.asPlatformProject("harbour");
		project.edit(DOC, "of\"", "at\"");
		assertSingle(project.validate(DOC), IssueCodes.CONTEXT_MISMATCH, Severity.ERROR, 22,
				"(statement.txt, line 3)");
	}

	@Test
	void byteOrderMarkIsNotCounted() {
		byte[] text = project.read("statement.txt").getBytes(StandardCharsets.UTF_8);
		byte[] withBom = new byte[text.length + 3];
		withBom[0] = (byte) 0xEF;
		withBom[1] = (byte) 0xBB;
		withBom[2] = (byte) 0xBF;
		System.arraycopy(text, 0, withBom, 3, text.length);
		project.write("statement.txt", withBom);
		assertNone(project.validate(DOC));
	}
}
