package org.claimbench.ui.sourceeditor.internal;

import org.claimbench.dsl.formatting.CanonicalFormat;
import java.io.IOException;
import java.util.List;

import org.claimbench.workspace.internal.build.ClaimBenchNature;
import org.claimbench.ui.internal.editor.OtherEditors;
import org.claimbench.workspace.internal.model.ProjectModelLoader;
import org.claimbench.workspace.internal.validation.SavedFileValidationJob;
import org.claimbench.workspace.internal.validation.SchemaUsersValidationJob;
import org.claimbench.workspace.internal.validation.UnsavedEditors;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.DocumentEvent;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IDocumentExtension4;
import org.eclipse.jface.text.IDocumentListener;
import org.eclipse.jface.text.ITextViewerExtension4;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.internal.genericeditor.ExtensionBasedTextEditor;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.TextRegion;

/**
 * The ClaimBench Source Editor: the DSL text of a schema or an annotation document, coloured by the lexer and
 * by what names denote, with content assist, problem markers, an outline and the Format command. It is the
 * Generic Editor with the DSL's services contributed per content type in plugin.xml (colouring, content assist,
 * hover, go to definition, occurrences, folding); this class adds what the Generic Editor has no extension for:
 * the background check, semantic colours, the outline, Format, Rename and the unsaved-edits bookkeeping.
 */
@SuppressWarnings("restriction")
public final class SourceEditor extends ExtensionBasedTextEditor {

	public static final String ID = "org.claimbench.ui.sourceEditor";
	/** The editor a file opens in when another file's name leads to it (go to definition). */
	static String idFor(IFile file) {
		return DslLanguage.of(file) == DslLanguage.DOCUMENT ? CLAIMS_ID : ID;
	}

	/** The same editor offered for annotation documents under Open With. */
	public static final String CLAIMS_ID = ID + ".claims";

	private IFile file;
	private DslLanguage language;
	private DslCompletionProcessor completions;
	private SourceAnalysisJob analysis;
	/** Unregisters this editor from {@link UnsavedEditors}. */
	private Runnable unsavedState;
	private SemanticHighlighter highlighter;
	private SourceOutlinePage outline;
	private List<OutlineItem> outlineItems = List.of();
	private final IDocumentListener onEdit = new IDocumentListener() {
		@Override
		public void documentAboutToBeChanged(DocumentEvent event) {
		}

		@Override
		public void documentChanged(DocumentEvent event) {
			requestAnalysis();
		}
	};

	@Override
	public void init(IEditorSite site, IEditorInput input) throws PartInitException {
		if (!(input instanceof IFileEditorInput fileInput) || DslLanguage.of(fileInput.getFile()) == null) {
			throw new PartInitException("The ClaimBench Source Editor opens .cbschema and .claims files of the workspace.");
		}
		file = fileInput.getFile();
		language = DslLanguage.of(file);
		completions = new DslCompletionProcessor(file, language);
		analysis = new SourceAnalysisJob(file, language, done -> Display.getDefault().asyncExec(() -> analysed(done)));
		super.init(site, input);
		// While edits are unsaved the markers describe them, not the file: the project builder leaves them alone.
		Display display = site.getShell().getDisplay();
		unsavedState = UnsavedEditors.register(file, this::isDirty, () -> display.asyncExec(() -> {
			if (getSourceViewer() != null && document() != null) {
				requestAnalysis();
			}
		}));
	}

	@Override
	protected void doSetInput(IEditorInput input) throws CoreException {
		super.doSetInput(input);
		if (input != null && "claims".equals(file.getFileExtension())) {
			// The annotation editor shows the same file under its name: the tabs must tell the two apart.
			setPartName(input.getName() + " (source)");
		}
	}

	@Override
	public void createPartControl(Composite parent) {
		super.createPartControl(parent);
		ISourceViewer viewer = getSourceViewer();
		highlighter = new SemanticHighlighter(viewer);
		((ITextViewerExtension4) viewer).addTextPresentationListener(highlighter);
		document().addDocumentListener(onEdit);
		requestAnalysis();
	}

	private IDocument document() {
		return getDocumentProvider().getDocument(getEditorInput());
	}

	private void requestAnalysis() {
		IDocument document = document();
		analysis.request(document.get(), ((IDocumentExtension4) document).getModificationStamp());
	}

	private void analysed(SourceAnalysis done) {
		if (highlighter == null || getSourceViewer() == null || getSourceViewer().getTextWidget().isDisposed()) {
			return;
		}
		highlighter.show(done.stamp(), done.highlights());
		outlineItems = done.outline();
		if (outline != null) {
			outline.show(outlineItems);
		}
	}

	/**
	 * Rewrites the text in its canonical layout as one undoable edit. Text with syntax errors is left alone:
	 * the formatter would have to guess where the broken parts belong.
	 */
	public void format() {
		IDocument document = document();
		String text = document.get();
		try {
			XtextResource resource = new ProjectModelLoader().load(file, text);
			if (resource.getParseResult() != null && resource.getParseResult().hasSyntaxErrors()) {
				status("Not formatted: " + file.getName() + " has syntax errors.");
				return;
			}
			String formatted = CanonicalFormat.of(resource);
			int start = 0;
			int limit = Math.min(text.length(), formatted.length());
			while (start < limit && text.charAt(start) == formatted.charAt(start)) {
				start++;
			}
			int end = 0;
			while (end < limit - start
					&& text.charAt(text.length() - 1 - end) == formatted.charAt(formatted.length() - 1 - end)) {
				end++;
			}
			if (start < text.length() - end || start < formatted.length() - end) {
				document.replace(start, text.length() - end - start, formatted.substring(start, formatted.length() - end));
			}
			status(null);
		} catch (CoreException | IOException | BadLocationException | RuntimeException e) {
			status("Not formatted: " + e.getMessage());
		}
	}

	private void status(String error) {
		getEditorSite().getActionBars().getStatusLineManager().setErrorMessage(error);
	}

	/** The content-assist proposals at the offset, as Ctrl+Space would list them. */
	public List<ICompletionProposal> proposalsAt(int offset) throws CoreException, IOException {
		return completions.proposals(document().get(), offset, new TextRegion(offset, 0));
	}

	/**
	 * Renames what the name at the offset denotes, here and in the project's other files (open ones through
	 * their editors, unsaved; closed ones on disk). Returns the files changed.
	 */
	public List<IFile> rename(int offset, String newName) throws Exception {
		return WorkspaceRename.rename(file, document(), offset, newName);
	}

	/** The name (declared or referred to) at the offset, or null when the offset is on none. */
	public String nameAt(int offset) {
		String text = document().get();
		int start = offset;
		while (start > 0 && Character.isJavaIdentifierPart(text.charAt(start - 1))) {
			start--;
		}
		int end = offset;
		while (end < text.length() && Character.isJavaIdentifierPart(text.charAt(end))) {
			end++;
		}
		return start == end ? null : text.substring(start, end);
	}

	public List<OutlineItem> outline() {
		return outlineItems;
	}

	public IFile file() {
		return file;
	}

	/** Waits for the markers, colours and outline of the current text. */
	public void awaitAnalysis() throws InterruptedException {
		analysis.join();
	}

	public ISourceViewer viewer() {
		return getSourceViewer();
	}

	@Override
	public void doSave(IProgressMonitor monitor) {
		super.doSave(monitor);
		// In a ClaimBench project the builder re-validates the schema's documents, through its index.
		if (language == DslLanguage.SCHEMA && !isDirty() && !ClaimBenchNature.isOn(file.getProject())) {
			new SchemaUsersValidationJob(file).schedule();
		}
	}

	@Override
	public boolean isSaveAsAllowed() {
		return false;
	}

	@Override
	public <T> T getAdapter(Class<T> type) {
		if (type == IContentOutlinePage.class) {
			if (outline == null) {
				outline = new SourceOutlinePage(this);
				outline.show(outlineItems);
			}
			return type.cast(outline);
		}
		return super.getAdapter(type);
	}

	@Override
	public void dispose() {
		if (unsavedState != null) {
			unsavedState.run();
		}
		boolean unsaved = getDocumentProvider() != null && isDirty() && !OtherEditors.openOnSameFile(this);
		if (getDocumentProvider() != null && document() != null) {
			document().removeDocumentListener(onEdit);
		}
		if (analysis != null) {
			analysis.cancel();
		}
		if (unsaved && file != null) {
			// The markers described unsaved text; once the editor is gone they must describe the file.
			new SavedFileValidationJob(file).schedule();
		}
		super.dispose();
	}
}
