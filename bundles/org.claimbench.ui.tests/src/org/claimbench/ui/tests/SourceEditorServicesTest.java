package org.claimbench.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.claimbench.workspace.tests.FixtureProject;
import org.claimbench.workspace.internal.model.FileText;
import org.claimbench.ui.sourceeditor.internal.DslTextHover;
import org.claimbench.ui.sourceeditor.internal.OccurrencesReconciler;
import org.claimbench.ui.sourceeditor.internal.RenameHandler;
import org.claimbench.ui.sourceeditor.internal.SourceEditor;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.jface.text.source.projection.ProjectionAnnotationModel;
import org.eclipse.jface.text.source.projection.ProjectionViewer;
import org.eclipse.text.undo.DocumentUndoManagerRegistry;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.keys.IBindingService;
import org.eclipse.ui.texteditor.ITextEditorActionDefinitionIds;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The services the source editor gets from the DSL's Xtext ide services: hover with the schema's descriptions,
 * go to definition (F3) into the schema and the actor register, occurrences, folding and rename across the
 * project's documents.
 */
class SourceEditorServicesTest {

	static final String SCHEMA = """
			schema deterrence
			actor kind State
			actor kind Group
			actor kind Official {
				role: text
				represents: State
			}
			enum Valence { negative neutral positive }
			claim kind ThreatAssessment is Assessment "An actor's conduct assessed as a threat." {
				valence: Valence = negative
			}
			claim kind Reaffirmation is Intent {
				object: text
			}
			relation kind reaffirms from Intent to Intent
			""";

	private static final String REGISTER = "register people schema deterrence\nactor Kamikawa : Official \"Yoko Kamikawa\"\n";

	private static final String EARLIER = "document edd2023 source \"edd.txt\" schema deterrence\n"
			+ "claim earlier : Reaffirmation by Kamikawa { quote \"reaffirmed their intent\" at "
			+ FixtureProject.at("reaffirmed their intent") + " }\n"
			+ "claim again : Reaffirmation by Kamikawa { quote \"continue discussions\" at "
			+ FixtureProject.at("continue discussions") + " }\n"
			+ "relation reaffirms again -> earlier\n";

	private static final String DOCUMENT = "document edd source \"edd.txt\" schema deterrence\n"
			+ "actor Ministers : Group { mention \"The Ministers\" at " + FixtureProject.at("The Ministers") + " }\n"
			+ "claim nk : ThreatAssessment by Ministers {\n"
			+ "\tvalence negative\n"
			+ "\tquote \"North Korea's continued destabilizing behavior\" at "
			+ FixtureProject.at("North Korea's continued destabilizing behavior") + "\n"
			+ "}\n"
			+ "claim ra : Reaffirmation by Kamikawa { quote \"Minister Kamikawa reaffirmed their intent\" at "
			+ FixtureProject.at("Minister Kamikawa reaffirmed their intent") + " }\n"
			+ "relation reaffirms ra -> edd2023.earlier\n";

	@AfterEach
	void closeEditors() {
		Workbench.page().closeAllEditors(false);
	}

	/** The fixture statement with a described schema, an actor register and last year's document. */
	private static IFile series(String name) throws CoreException {
		IFile document = FixtureProject.create(name, DOCUMENT);
		IProject project = document.getProject();
		project.getFile("deterrence.cbschema").setContents(new ByteArrayInputStream(SCHEMA.getBytes(StandardCharsets.UTF_8)),
				IResource.FORCE, null);
		write(project.getFile("people.claims"), REGISTER);
		write(project.getFile("edd2023.claims"), EARLIER);
		return document;
	}

	private static void write(IFile file, String text) throws CoreException {
		file.create(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), IResource.FORCE, null);
	}

	private static int offsetOf(SourceEditor editor, String text) {
		int offset = SourceEditors.document(editor).get().indexOf(text);
		assertTrue(offset >= 0, text);
		return offset;
	}

	@Test
	void hoverOverAClaimsKindShowsTheKindsDescriptionFromTheSchema() throws Exception {
		SourceEditor editor = SourceEditors.open(series("services-hover"));
		int kind = offsetOf(editor, "ThreatAssessment by") + 3;

		String hover = new DslTextHover().getHoverInfo(editor.viewer(), new DslTextHover().getHoverRegion(editor.viewer(), kind));

		assertNotNull(hover, "a kind has a hover");
		assertTrue(hover.startsWith("claim kind ThreatAssessment"), hover);
		assertTrue(hover.contains("An actor's conduct assessed as a threat."), hover);
		assertFalse(hover.contains("**"), "the hover's Markdown is shown as text: " + hover);
	}

	@Test
	void theHoverFollowsTheSchemaWhenItChangesUnderAnUnchangedDocument() throws Exception {
		IFile document = series("services-hover-follows");
		SourceEditor editor = SourceEditors.open(document);
		int kind = offsetOf(editor, "ThreatAssessment by") + 3;
		DslTextHover hovers = new DslTextHover();
		assertTrue(hovers.getHoverInfo(editor.viewer(), hovers.getHoverRegion(editor.viewer(), kind))
				.contains("An actor's conduct assessed as a threat."));

		String described = SCHEMA.replace("An actor's conduct assessed as a threat.", "Conduct the statement calls a threat.");
		document.getProject().getFile("deterrence.cbschema").setContents(
				new ByteArrayInputStream(described.getBytes(StandardCharsets.UTF_8)), IResource.FORCE, null);

		String hover = hovers.getHoverInfo(editor.viewer(), hovers.getHoverRegion(editor.viewer(), kind));
		assertTrue(hover.contains("Conduct the statement calls a threat."), "the schema's new description: " + hover);
	}

	@Test
	void f3OnAKindOpensTheSchemaAtTheKind() throws Exception {
		SourceEditor editor = SourceEditors.open(series("services-f3-kind"));
		assertEquals("F3", PlatformUI.getWorkbench().getService(IBindingService.class)
				.getBestActiveBindingFormattedFor(ITextEditorActionDefinitionIds.OPEN_HYPERLINK));

		SourceEditor schema = openDeclarationAt(editor, offsetOf(editor, "ThreatAssessment by") + 2);

		assertEquals("deterrence.cbschema", schema.file().getName());
		ITextSelection selection = (ITextSelection) schema.getSelectionProvider().getSelection();
		assertEquals("ThreatAssessment", selection.getText(), "the kind's name is selected");
		assertEquals(SCHEMA.indexOf("ThreatAssessment"), selection.getOffset());
	}

	@Test
	void f3OnAnActorOfTheRegisterOpensTheRegister() throws Exception {
		SourceEditor editor = SourceEditors.open(series("services-f3-register"));

		SourceEditor register = openDeclarationAt(editor, offsetOf(editor, "by Kamikawa") + "by Kam".length());

		assertEquals("people.claims", register.file().getName());
		assertEquals(SourceEditor.CLAIMS_ID, register.getSite().getId(), "a register opens in the source editor");
		ITextSelection selection = (ITextSelection) register.getSelectionProvider().getSelection();
		assertEquals("Kamikawa", selection.getText());
		assertEquals(REGISTER.indexOf("Kamikawa"), selection.getOffset());
	}

	@Test
	void f3OnAClaimOfAnotherDocumentOpensThatDocumentAtTheClaim() throws Exception {
		SourceEditor editor = SourceEditors.open(series("services-f3-document"));

		SourceEditor earlier = openDeclarationAt(editor, offsetOf(editor, "edd2023.earlier") + "edd2023.ear".length());

		assertEquals("edd2023.claims", earlier.file().getName());
		ITextSelection selection = (ITextSelection) earlier.getSelectionProvider().getSelection();
		assertEquals("earlier", selection.getText());
		assertEquals(EARLIER.indexOf("earlier"), selection.getOffset());
	}

	/** Puts the caret at the offset and presses F3 (the Open Hyperlink command); returns the editor it opened. */
	private static SourceEditor openDeclarationAt(SourceEditor editor, int offset) throws Exception {
		Workbench.page().activate(editor);
		editor.selectAndReveal(offset, 0);
		Workbench.execute(ITextEditorActionDefinitionIds.OPEN_HYPERLINK, Map.of());
		IEditorPart active = Workbench.page().getActiveEditor();
		assertTrue(active != editor, "F3 opens the declaration's file");
		SourceEditor opened = assertInstanceOf(SourceEditor.class, active);
		SourceEditors.settle(opened);
		return opened;
	}

	@Test
	void theCaretOnAnActorMarksItsDeclarationAndUses() throws Exception {
		SourceEditor editor = SourceEditors.open(series("services-occurrences"));
		Workbench.page().activate(editor);
		editor.selectAndReveal(offsetOf(editor, "Ministers :") + 2, 0);

		assertTrue(Workbench.flushUntil(() -> occurrences(editor).size() == 2, Duration.ofSeconds(30)),
				"the declaration and the use in 'by Ministers' are marked: " + occurrences(editor));
		String text = SourceEditors.document(editor).get();
		for (Position position : occurrences(editor)) {
			assertEquals("Ministers", text.substring(position.getOffset(), position.getOffset() + position.getLength()));
		}

		editor.selectAndReveal(offsetOf(editor, "Kamikawa {") + 2, 0);
		assertTrue(Workbench.flushUntil(() -> occurrences(editor).size() == 1, Duration.ofSeconds(30)),
				"an actor of the register is used once in this document: " + occurrences(editor));

		// The picture for the user guide: occurrences marked, a block folded, the hover shown with F2.
		Shell shell = editor.getSite().getShell();
		Screenshot.maximize(shell);
		editor.selectAndReveal(offsetOf(editor, "by Ministers") + 5, 0);
		assertTrue(Workbench.flushUntil(() -> occurrences(editor).size() == 2, Duration.ofSeconds(30)));
		assertTrue(Workbench.flushUntil(() -> foldedLines(editor).size() >= 1, Duration.ofSeconds(30)), "the claim's block folds");
		Workbench.execute(ITextEditorActionDefinitionIds.SHOW_INFORMATION, Map.of());
		assertTrue(Workbench.flushUntil(() -> Arrays.stream(shell.getDisplay().getShells())
				.anyMatch(popup -> popup != shell && popup.isVisible()), Duration.ofSeconds(30)), "F2 shows the hover");
		Screenshot.saveIfAsked(shell, "source-editor-services");
	}

	static List<Position> occurrences(SourceEditor editor) {
		IAnnotationModel model = editor.viewer().getAnnotationModel();
		List<Position> positions = new ArrayList<>();
		for (Iterator<Annotation> it = model.getAnnotationIterator(); it.hasNext();) {
			Annotation annotation = it.next();
			if (OccurrencesReconciler.ANNOTATION_TYPE.equals(annotation.getType())) {
				positions.add(model.getPosition(annotation));
			}
		}
		return positions;
	}

	@Test
	void everyBlockInBracesThatSpansLinesFolds() throws Exception {
		IFile document = series("services-folding");
		SourceEditor editor = SourceEditors.open(document.getProject().getFile("deterrence.cbschema"));
		IDocument text = SourceEditors.document(editor);
		Set<Integer> blocks = Set.of(lineOf(text, "actor kind Official"), lineOf(text, "claim kind ThreatAssessment"),
				lineOf(text, "claim kind Reaffirmation"));

		assertTrue(Workbench.flushUntil(() -> foldedLines(editor).containsAll(blocks), Duration.ofSeconds(30)),
				"a folding region starts at each block: " + foldedLines(editor) + ", blocks at " + blocks);
		assertFalse(foldedLines(editor).contains(lineOf(text, "enum Valence")), "a block on one line does not fold");
	}

	static Set<Integer> foldedLines(SourceEditor editor) {
		ProjectionAnnotationModel model = ((ProjectionViewer) editor.viewer()).getProjectionAnnotationModel();
		Set<Integer> lines = new TreeSet<>();
		IDocument document = SourceEditors.document(editor);
		for (Iterator<Annotation> it = model.getAnnotationIterator(); it.hasNext();) {
			try {
				lines.add(document.getLineOfOffset(model.getPosition(it.next()).getOffset()));
			} catch (BadLocationException e) {
				throw new AssertionError(e);
			}
		}
		return lines;
	}

	private static int lineOf(IDocument document, String text) throws BadLocationException {
		return document.getLineOfOffset(document.get().indexOf(text));
	}

	@Test
	void renamingAClaimRenamesItsUsesHereAndTheRelationOfAnotherDocument() throws Exception {
		IFile document = series("services-rename");
		IFile earlierFile = document.getProject().getFile("edd2023.claims");
		SourceEditor editor = SourceEditors.open(earlierFile);
		assertTrue(PlatformUI.getWorkbench().getService(IBindingService.class)
				.getBestActiveBindingFormattedFor(RenameHandler.COMMAND).matches("(Alt\\+Shift|Shift\\+Alt)\\+R"));

		List<IFile> changed = editor.rename(offsetOf(editor, "earlier :") + 1, "before");

		assertEquals(Set.of(earlierFile, document), Set.copyOf(changed));
		assertEquals(EARLIER.replace("earlier", "before"), SourceEditors.document(editor).get(),
				"the declaration and the relation in this document");
		assertTrue(editor.isDirty(), "the open editor's text is renamed, not yet saved");
		assertEquals(DOCUMENT.replace("edd2023.earlier", "edd2023.before"), FileText.read(document),
				"the closed document's relation is renamed on disk");

		DocumentUndoManagerRegistry.getDocumentUndoManager(SourceEditors.document(editor)).undo();
		assertEquals(EARLIER, SourceEditors.document(editor).get(), "one Undo takes the whole rename back in the editor");
	}

	/** In a versioned schema the rename is recorded as the next version's change, for documents elsewhere to follow. */
	@Test
	void renamingAKindOfAVersionedSchemaRecordsTheRename() throws Exception {
		IFile document = series("services-rename-record");
		IFile schemaFile = document.getProject().getFile("deterrence.cbschema");
		schemaFile.setContents(new ByteArrayInputStream(SCHEMA.replace("schema deterrence\n", "schema deterrence version 1\n")
				.getBytes(StandardCharsets.UTF_8)), IResource.FORCE, null);
		SourceEditor schema = SourceEditors.open(schemaFile);

		List<IFile> changed = schema.rename(offsetOf(schema, "Reaffirmation is") + 2, "Reassurance");

		assertTrue(changed.contains(schemaFile) && changed.contains(document), changed.toString());
		String after = SourceEditors.document(schema).get();
		assertTrue(after.startsWith("schema deterrence version 2\n"), after);
		assertTrue(after.contains("claim kind Reassurance is Intent"), after);
		assertTrue(after.endsWith("changes in version 2 {\n\trename kind Reaffirmation to Reassurance\n}\n"), after);
		assertTrue(FileText.read(document).contains("claim ra : Reassurance by Kamikawa"), FileText.read(document));
	}

	@Test
	void editsBeforeTheRenameAreKeptAndRenamedToo() throws Exception {
		IFile document = series("services-rename-unsaved");
		SourceEditor editor = SourceEditors.open(document);
		IDocument text = SourceEditors.document(editor);
		text.replace(text.getLength(), 0, "// the Ministers' claims are checked\n");

		List<IFile> changed = editor.rename(text.get().indexOf("Ministers :") + 1, "Cabinet");

		assertEquals(List.of(document), changed, "only this document declares and uses the actor");
		assertTrue(text.get().contains("actor Cabinet : Group") && text.get().contains("by Cabinet {"), text.get());
		assertTrue(text.get().endsWith("// the Ministers' claims are checked\n"), "the unsaved edit is still there, comments untouched");
	}
}
