package org.claimbench.ui.internal.editor;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.claimbench.model.claims.Claim;
import org.claimbench.model.claims.Document;
import org.claimbench.model.claims.DocumentElement;
import org.claimbench.model.claims.Relation;
import org.claimbench.workspace.internal.model.AnnotationChange;
import org.claimbench.workspace.internal.model.AnnotationDelta;
import org.claimbench.workspace.internal.model.AnnotationSession;
import org.claimbench.workspace.internal.model.FileText;
import org.claimbench.workspace.internal.model.RecordedEdit;
import org.claimbench.workspace.internal.model.Span;
import org.claimbench.workspace.internal.model.UnsavedJournal;
import org.claimbench.workspace.internal.validation.ChangedElementsValidationJob;
import org.claimbench.workspace.internal.validation.UnsavedEditors;
import org.claimbench.workspace.internal.validation.ValidationJob;
import org.eclipse.compare.CompareUI;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.commands.operations.IOperationHistory;
import org.eclipse.core.commands.operations.IUndoContext;
import org.eclipse.core.commands.operations.ObjectUndoContext;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.preferences.IEclipsePreferences.IPreferenceChangeListener;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.text.IFindReplaceTarget;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.jface.text.TextSelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.events.MouseEvent;
import org.eclipse.swt.events.MouseTrackAdapter;
import org.eclipse.swt.events.SelectionListener;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Listener;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.ISelectionListener;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.IWorkbenchCommandConstants;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.contexts.IContextService;
import org.eclipse.ui.ide.undo.WorkspaceUndoUtil;
import org.eclipse.ui.operations.RedoActionHandler;
import org.eclipse.ui.operations.UndoActionHandler;
import org.eclipse.ui.part.EditorPart;
import org.eclipse.ui.statushandlers.StatusManager;
import org.eclipse.ui.texteditor.FindReplaceAction;
import org.eclipse.ui.texteditor.IUpdate;

/**
 * The annotation editor: opens a .claims document and shows the source text it annotates, read-only, with
 * every claim highlighted in its kind's colour and every actor mention underlined. Changes come from the
 * annotation commands; the editor's own text never changes. Its unsaved DSL text is shared with the other
 * editors of the file (the source editor) through the file's text buffer, see {@link BufferLink}.
 */
public final class AnnotationEditor extends EditorPart {

	public static final String ID = "org.claimbench.ui.annotationEditor";
	public static final String CONTEXT_MENU_ID = ID + ".source";
	public static final String CONTEXT_ID = "org.claimbench.ui.annotationContext";
	/** Fired when a kind's colour changed, so views that show the colours show them again. */
	public static final int PROP_COLOURS = 0x1001;
	/** The data key under which each legend entry's label keeps the name of the kind it stands for. */
	public static final String LEGEND_KIND = "org.claimbench.ui.legend.kind";

	private AnnotationSession session;
	private IUndoContext undoContext;
	private ValidationJob validation;
	/** Markers of what an edit changed, at once; {@link #validation} follows after a pause with the whole text. */
	private ChangedElementsValidationJob changeValidation;
	/** Unregisters this editor from {@link UnsavedEditors}. */
	private Runnable unsavedState;
	private KindColors colours;
	private Legend legend;
	private Label sourceProblem;
	private StyledText text;
	private org.eclipse.jface.text.Document sourceDocument;
	private SourceSelectionProvider selectionProvider;
	private SourceFindTarget findTarget;
	private RelationArcs relationArcs;
	/** The view that lists the relations; the views know the editor, not the other way round. */
	private static final String CLAIMS_VIEW_ID = "org.claimbench.ui.claimsView";
	/** A relation chosen in the Claims view is the arc drawn highlighted. */
	private final ISelectionListener relationChoice = (part, selection) -> {
		if (relationArcs != null && selection instanceof IStructuredSelection structured) {
			Relation chosen = structured.getFirstElement() instanceof Relation relation
					&& relation.eResource() == session.document().eResource() ? relation : null;
			relationArcs.choose(chosen);
			if (chosen != null) {
				revealWords(chosen.getSource());
			}
		}
	};

	/** Scrolls the claim's first words into view, a few lines below the top, unless they are on screen already. */
	private void revealWords(Claim claim) {
		if (text == null || text.isDisposed() || claim == null || claim.eIsProxy()) {
			return;
		}
		int offset = claim.getAnchors().stream().filter(a -> a.isSetOffset() && a.getOffset() < text.getCharCount())
				.mapToInt(a -> a.getOffset()).findFirst().orElse(-1);
		if (offset < 0) {
			return;
		}
		int line = text.getLineAtOffset(offset);
		int y = text.getLinePixel(line);
		if (y < 0 || y + text.getLineHeight(offset) > text.getClientArea().height) {
			text.setTopIndex(Math.max(0, line - 2));
			relationArcs.redraw();
		}
	}
	private final Consumer<AnnotationDelta> onChange = this::modelChanged;
	private FileChangeWatcher fileWatcher;
	private FileConflictBar conflictBar;
	private final UnsavedJournal journal = UnsavedJournal.ofWorkspace();
	/** Set before the journal entry is dropped, so a validation still running cannot write it again. */
	private volatile boolean closed;
	private BufferLink buffer;
	private IPreferenceChangeListener colourChoices;
	private final Map<String, IAction> globalActions = new LinkedHashMap<>();

	/** The Edit menu's actions this editor handles. */
	static final List<String> GLOBAL_ACTIONS = List.of(ActionFactory.UNDO.getId(), ActionFactory.REDO.getId(),
			ActionFactory.COPY.getId(), ActionFactory.SELECT_ALL.getId(), ActionFactory.FIND.getId());

	@Override
	public void init(IEditorSite site, IEditorInput input) throws PartInitException {
		if (!(input instanceof IFileEditorInput fileInput)) {
			throw new PartInitException("The annotation editor opens .claims files of the workspace only.");
		}
		IFile file = fileInput.getFile();
		try {
			session = AnnotationSession.open(file);
		} catch (IOException e) {
			// The text was refused (e.g. not UTF-8) and the message says where; without a cause the error
			// page offers no Details button leading to a stack trace.
			throw new PartInitException("Cannot open " + file.getFullPath() + ": " + e.getMessage());
		} catch (CoreException e) {
			throw new PartInitException("Cannot open " + file.getFullPath() + ": " + e.getMessage(), e);
		}
		setSite(site);
		setInput(input);
		setPartName(file.getName());
		setTitleToolTip(file.getFullPath().toString());
		undoContext = new ObjectUndoContext(this, file.getName());
		Display display = site.getShell().getDisplay();
		try {
			buffer = BufferLink.connect(session, display, this::textTaken, () -> firePropertyChange(PROP_DIRTY));
		} catch (CoreException e) {
			throw new PartInitException("Cannot open " + file.getFullPath() + ": " + e.getMessage(), e);
		}
		// Validation writes the text in the background after a pause in editing: the moment to share it, without
		// ever serializing on the UI thread per edit.
		validation = new ValidationJob(file, () -> {
			String text = session.text();
			if (!display.isDisposed()) {
				display.asyncExec(buffer::pushWritten);
			}
			journal(text);
			return text;
		});
		changeValidation = new ChangedElementsValidationJob(session);
		// While edits are unsaved the markers describe them, not the file: the project builder leaves them alone.
		unsavedState = UnsavedEditors.register(file, this::isDirty, validation::request);
		colours = KindColors.of(session.document());
		colourChoices = event -> display.asyncExec(this::coloursChosen);
		KindColorPreferences.addListener(colourChoices);
		session.addDeltaListener(onChange);
		fileWatcher = FileChangeWatcher.watch(file, display, this::fileChangedOnDisk);
	}

	/** Keeps unsaved text where a restart finds it, should the workbench die before it is saved. */
	private void journal(String text) {
		if (closed) {
			return;
		}
		try {
			if (session.isDirty()) {
				journal.record(session.file(), text, session.savedText());
			} else {
				journal.forget(session.file());
			}
		} catch (IOException | RuntimeException e) {
			ILog.of(getClass()).warn("Cannot keep the unsaved text of " + session.file().getFullPath() + " for a restart", e);
		}
	}

	/** Puts text kept from a workbench that did not close into this editor, as unsaved annotations. */
	public void restoreUnsaved(String restored) {
		session.replaceText(restored);
		forgetUndoSteps();
		buffer.pushWritten();
		firePropertyChange(PROP_DIRTY);
		validation.request();
	}

	/** The session took text typed in the source editor: the old undo steps describe a model that is gone. */
	private void textTaken() {
		forgetUndoSteps();
		getEditorSite().getActionBars().getStatusLineManager().setErrorMessage(null);
	}

	private void forgetUndoSteps() {
		PlatformUI.getWorkbench().getOperationSupport().getOperationHistory().dispose(undoContext, true, true, false);
	}

	/** The file was saved elsewhere (e.g. by the source editor): show that text, unless edits here are unsaved. */
	private void fileChangedOnDisk() {
		if (text == null || text.isDisposed()) {
			return;
		}
		try {
			// What was typed just before the other editor saved is what the file holds now.
			buffer.takeTyped();
			AnnotationSession.Reload reload = session.reloadFromDisk();
			if (reload == AnnotationSession.Reload.RELOADED) {
				// The old undo steps describe text that is gone.
				forgetUndoSteps();
			} else if (reload == AnnotationSession.Reload.KEPT_UNSAVED_EDITS) {
				conflictBar.show(session.file().getName() + " changed on disk while your annotations here are unsaved. "
						+ "Whichever version you take, the other is kept in a file beside it.");
				validation.request();
			}
			if (!session.isDirty()) {
				conflictBar.show(null);
			}
			firePropertyChange(PROP_DIRTY);
		} catch (CoreException | IOException | RuntimeException e) {
			ILog.of(getClass()).warn("Cannot reload " + session.file().getFullPath() + ": " + e.getMessage(), e);
		}
	}

	@Override
	public void createPartControl(Composite parent) {
		GridLayoutFactory.fillDefaults().margins(4, 4).applyTo(parent);
		conflictBar = new FileConflictBar(parent, this::keepMyAnnotations, this::takeFilesVersion, this::compareWithFile);
		legend = new Legend(parent);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(legend.control());
		sourceProblem = new Label(parent, SWT.WRAP);
		sourceProblem.setForeground(parent.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
		GridDataFactory.fillDefaults().grab(true, false).applyTo(sourceProblem);
		text = new StyledText(parent, SWT.MULTI | SWT.WRAP | SWT.V_SCROLL | SWT.READ_ONLY | SWT.BORDER);
		text.setMargins(8, 6, 8, 6);
		text.setLineSpacing(3);
		// Size hints keep layouts from measuring the whole wrapped text (tens of seconds at 1 MB); the
		// text still fills the editor through grab.
		GridDataFactory.fillDefaults().grab(true, true).hint(100, 100).applyTo(text);
		text.addMouseTrackListener(new MouseTrackAdapter() {
			@Override
			public void mouseHover(MouseEvent e) {
				text.setToolTipText(hoverAt(new Point(e.x, e.y)));
			}

			@Override
			public void mouseExit(MouseEvent e) {
				hideHover();
			}
		});
		// A shortcut that opens a dialog (New Claim) must not leave the hover above it: the hover goes with the
		// key, the focus, or the window's activation.
		text.addListener(SWT.KeyDown, e -> hideHover());
		text.addListener(SWT.FocusOut, e -> hideHover());
		Listener deactivated = e -> hideHover();
		text.getShell().addListener(SWT.Deactivate, deactivated);
		text.addDisposeListener(e -> {
			if (!text.getShell().isDisposed()) {
				text.getShell().removeListener(SWT.Deactivate, deactivated);
			}
		});
		sourceDocument = new org.eclipse.jface.text.Document();
		selectionProvider = new SourceSelectionProvider(text, sourceDocument);
		findTarget = new SourceFindTarget(text, sourceDocument, selectionProvider);
		text.addSelectionListener(SelectionListener.widgetSelectedAdapter(e -> selectionProvider.fire()));
		text.addCaretListener(e -> selectionProvider.fire());
		selectionProvider.addSelectionChangedListener(e -> {
			if (!globalActions.isEmpty()) {
				updateGlobalActions();
			}
			// A note such as "no annotation after the selection" answered the last key, not this selection.
			getEditorSite().getActionBars().getStatusLineManager().setMessage(null);
		});
		getSite().setSelectionProvider(selectionProvider);
		text.addListener(SWT.MouseUp, new OverlapCycling(text, () -> session == null ? null : session.document(), selectionProvider,
				(span, position, count) -> getEditorSite().getActionBars().getStatusLineManager().setMessage(
						(span.owner() instanceof Claim claim ? "Claim " + ElementText.claimLabel(claim)
								: "Mention of " + span.owner().getName()) + " (" + position + " of " + count + " annotations here; click again for the next)")));

		relationArcs = new RelationArcs(text, () -> session == null ? null : session.document());
		relationArcs.show(ShowRelationsHandler.shownNow());
		text.addCaretListener(e -> relationArcs.redraw());
		getSite().getPage().addSelectionListener(CLAIMS_VIEW_ID, relationChoice);

		MenuManager menu = new MenuManager("#SourceText", CONTEXT_MENU_ID);
		menu.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
		text.setMenu(menu.createContextMenu(text));
		getSite().registerContextMenu(CONTEXT_MENU_ID, menu, selectionProvider);

		createGlobalActions();
		getSite().getService(IContextService.class).activateContext(CONTEXT_ID);

		showSource();
		// Validation parses the whole document again: let the editor show first.
		validation.request();
	}

	/**
	 * The actions the Edit menu and its keys run while this editor is active; the contributor installs them on
	 * activation, since editors of one type share their action bars.
	 */
	private void createGlobalActions() {
		globalActions.put(ActionFactory.UNDO.getId(), new UndoActionHandler(getSite(), undoContext));
		globalActions.put(ActionFactory.REDO.getId(), new RedoActionHandler(getSite(), undoContext));
		globalActions.put(ActionFactory.FIND.getId(), new FindReplaceAction(SourceFindTarget.actionTexts(), "find.", this));
		IAction copy = new Action("&Copy") {
			@Override
			public void run() {
				if (text.getSelectionCount() > 0) {
					text.copy();
				}
			}
		};
		copy.setActionDefinitionId(IWorkbenchCommandConstants.EDIT_COPY);
		globalActions.put(ActionFactory.COPY.getId(), copy);
		IAction selectAll = new Action("Select &All") {
			@Override
			public void run() {
				text.selectAll();
				selectionProvider.fire();
			}
		};
		selectAll.setActionDefinitionId(IWorkbenchCommandConstants.EDIT_SELECT_ALL);
		globalActions.put(ActionFactory.SELECT_ALL.getId(), selectAll);
		updateGlobalActions();
	}

	/** Copy needs selected words, Find a text to search. */
	private void updateGlobalActions() {
		globalActions.get(ActionFactory.COPY.getId()).setEnabled(text.getSelectionCount() > 0);
		globalActions.get(ActionFactory.SELECT_ALL.getId()).setEnabled(text.getCharCount() > 0);
		((IUpdate) globalActions.get(ActionFactory.FIND.getId())).update();
	}

	/** The Edit menu's actions for this editor, by global action id. */
	Map<String, IAction> globalActions() {
		return globalActions;
	}

	/**
	 * Shows the source text the session last loaded, or why it could not be loaded instead of any text, and
	 * the annotations on it.
	 */
	public void showSource() {
		String problem = session.sourceProblem();
		sourceProblem.setText(problem == null ? "" : problem);
		((GridData) sourceProblem.getLayoutData()).exclude = problem == null;
		sourceProblem.setVisible(problem != null);
		if (!text.getText().equals(session.sourceText())) {
			text.setText(session.sourceText());
			sourceDocument.set(session.sourceText());
		}
		text.getParent().layout(true);
		if (!globalActions.isEmpty()) {
			updateGlobalActions();
		}
		showModel();
	}

	private void hideHover() {
		if (!text.isDisposed() && text.getToolTipText() != null) {
			text.setToolTipText(null);
		}
	}

	/** The legend above the source text: one entry per claim kind, in the schema's order. */
	public Composite legendControl() {
		return (Composite) legend.control();
	}

	private String hoverAt(Point point) {
		int offset = text.getOffsetAtPoint(point);
		if (offset < 0) {
			return null;
		}
		List<Span> spans = Span.at(session.document(), offset);
		StringBuilder hover = new StringBuilder();
		for (Span span : spans) {
			hover.append(hover.isEmpty() ? "" : "\n\n").append(ElementText.hover(span));
		}
		return hover.isEmpty() ? null : hover.toString();
	}

	private void modelChanged(AnnotationDelta delta) {
		if (text == null || text.isDisposed()) {
			return;
		}
		if (delta.everything()) {
			KindColors now = KindColors.of(session.document());
			if (!now.equals(colours)) {
				colours = now;
				legend.show(colours);
			}
			showStyles();
		} else {
			restyle(delta.ranges());
		}
		// A new or removed relation touches no words of the text, and arcs reach past the words that changed.
		relationArcs.redraw();
		firePropertyChange(PROP_DIRTY);
		if (!delta.isEmpty()) {
			if (!delta.everything() && OtherEditors.openOnSameFile(this)) {
				// Another editor shows this text and may be typed in at any moment: it gets the edit now rather
				// than after the validation pause, so nothing typed there can overwrite it.
				session.text();
			}
			// Undo and redo return to text written before: the source editor can have it at once.
			buffer.pushWritten();
			changeValidation.request(delta);
			validation.request();
		}
	}

	/** A kind was given another colour (in this editor's legend or another's). */
	private void coloursChosen() {
		if (text == null || text.isDisposed()) {
			return;
		}
		KindColors now = KindColors.of(session.document());
		if (!now.equals(colours)) {
			colours = now;
			showModel();
			firePropertyChange(PROP_COLOURS);
		}
	}

	private void showModel() {
		legend.show(colours);
		showStyles();
	}

	private void showStyles() {
		text.setStyleRanges(SpanStyles.compute(Span.of(session.document()), colours, text.getCharCount()));
	}

	/** Styles again only the stretches an edit touched, from the spans that overlap them. */
	private void restyle(List<AnnotationDelta.Range> ranges) {
		int length = text.getCharCount();
		List<AnnotationDelta.Range> stretches = SpanStyles.merged(ranges, length);
		if (stretches.isEmpty()) {
			return;
		}
		List<Span> spans = Span.of(session.document());
		for (AnnotationDelta.Range stretch : stretches) {
			text.replaceStyleRanges(stretch.start(), stretch.end() - stretch.start(),
					SpanStyles.within(spans, colours, length, stretch.start(), stretch.end()));
		}
	}

	/**
	 * Applies a model edit as one undoable change of the live model. A refused edit is reported on the status
	 * line, so the specialist can go on reading; the result tells whether it was made.
	 */
	public boolean apply(String label, Consumer<Document> edit) {
		if (buffer.hasTypedText()) {
			// The edit was prepared on the model before that text: applied now it would be lost when the text is
			// taken, and applied after taking it, it would point into a model that is gone. Take the text, ask again.
			buffer.takeTyped();
			getEditorSite().getActionBars().getStatusLineManager().setErrorMessage(label
					+ " was not made: the text just typed in the source editor was taken first; please make it again");
			return false;
		}
		try {
			RecordedEdit recorded = session.record(edit);
			if (recorded.isEmpty()) {
				return true;
			}
			IOperationHistory history = PlatformUI.getWorkbench().getOperationSupport().getOperationHistory();
			IStatus status = history.execute(new AnnotationChange(label, undoContext, session, recorded), null,
					WorkspaceUndoUtil.getUIInfoAdapter(getSite().getShell()));
			if (!status.isOK()) {
				session.discard(recorded);
				throw new ExecutionException(status.getMessage());
			}
		} catch (ExecutionException | RuntimeException e) {
			String message = label + " was not made: " + e.getMessage();
			ILog.of(getClass()).log(Status.warning(message, e));
			getEditorSite().getActionBars().getStatusLineManager().setErrorMessage(message);
			return false;
		}
		getEditorSite().getActionBars().getStatusLineManager().setErrorMessage(null);
		return true;
	}

	/** Selects words of the source text and scrolls to them. */
	public void selectWords(int offset, int length) {
		if (offset >= 0 && offset + length <= text.getCharCount()) {
			selectionProvider.setSelection(new TextSelection(offset, length));
		}
	}

	/** Selects the span's words in the source text and scrolls to them. */
	public void reveal(Span span) {
		if (span.anchor() != null && span.end() <= text.getCharCount()) {
			// The views show the span's own claim or actor, not another annotation that starts at the same words.
			selectionProvider.select(span.offset(), span.anchor().length(), span.owner());
		}
	}

	/** Selects the element's first words and tells the views it is the element meant (e.g. a claim just made). */
	public void select(DocumentElement element) {
		Span first = element.getAnchors().isEmpty() ? null : new Span(element, element.getAnchors().get(0));
		if (first != null && first.end() <= text.getCharCount()) {
			selectionProvider.select(first.offset(), first.anchor().length(), element);
		}
	}

	/** The kinds' colours as the legend shows them, or null before the document is shown. */
	public KindColors kindColors() {
		return colours;
	}

	public ITextSelection sourceSelection() {
		return selectionProvider.getSelection();
	}

	@Override
	public <T> T getAdapter(Class<T> adapter) {
		if (adapter == IFindReplaceTarget.class && findTarget != null) {
			return adapter.cast(findTarget);
		}
		return super.getAdapter(adapter);
	}

	public AnnotationSession session() {
		return session;
	}

	public KindColors colours() {
		return colours;
	}

	/** The line that tells why the source text is not shown; hidden while it is. */
	public Label sourceProblemLabel() {
		return sourceProblem;
	}

	/** The relations drawn over the source text. */
	public RelationArcs relationArcs() {
		return relationArcs;
	}

	/** Shows or hides the relations' arcs (Annotate > Show Relations). */
	public void showRelations(boolean show) {
		if (relationArcs != null && !text.isDisposed()) {
			relationArcs.show(show);
		}
	}

	public StyledText sourceWidget() {
		return text;
	}

	public IUndoContext undoContext() {
		return undoContext;
	}

	public ValidationJob validation() {
		return validation;
	}

	/** The file changed on disk while edits here were unsaved, and the user has not chosen a version yet. */
	public boolean hasFileConflict() {
		return conflictBar != null && conflictBar.isShown();
	}

	/** What the conflict bar says, empty when it is hidden. */
	public String fileConflictMessage() {
		return hasFileConflict() ? conflictBar.message() : "";
	}

	/** Keeps the unsaved annotations; the file's version goes to a copy beside it, as saving will replace it. */
	public void keepMyAnnotations() {
		try {
			IFile copy = BesideCopy.write(session.file(), "on-disk", session.savedText());
			conflictBar.show(null);
			status("Your annotations are kept; the file's version is in " + copy.getName() + ". Save to replace the file.");
		} catch (CoreException e) {
			refusedSave(Status.error("The file's version could not be kept beside it: " + e.getMessage(), e), null);
		}
	}

	/** Takes the file's version; the unsaved annotations go to a copy beside it first. */
	public void takeFilesVersion() {
		try {
			buffer.takeTyped();
			IFile copy = BesideCopy.write(session.file(), "unsaved", session.text());
			session.takeFileVersion();
			buffer.pushWritten();
			forgetUndoSteps();
			conflictBar.show(null);
			firePropertyChange(PROP_DIRTY);
			validation.request();
			status("The file's version is shown; your unsaved annotations are in " + copy.getName() + ".");
		} catch (CoreException e) {
			refusedSave(Status.error("Your annotations could not be kept beside the file, so they were not dropped: "
					+ e.getMessage(), e), null);
		}
	}

	/** Opens the unsaved annotations and the file's version side by side in a compare editor. */
	public void compareWithFile() {
		try {
			CompareUI.openCompareEditor(new VersionsCompareInput(session.file().getName(), session.text(),
					FileText.read(session.file())));
		} catch (CoreException | IOException e) {
			refusedSave(Status.error("The file cannot be read to compare: " + e.getMessage(), e), null);
		}
	}

	private void status(String message) {
		getEditorSite().getActionBars().getStatusLineManager().setErrorMessage(null);
		getEditorSite().getActionBars().getStatusLineManager().setMessage(message);
	}

	@Override
	public void doSave(IProgressMonitor monitor) {
		if (hasFileConflict()) {
			// Saving chooses these annotations: the file's version must not go with it unkept.
			keepMyAnnotations();
			if (hasFileConflict()) {
				return;
			}
		}
		try {
			buffer.save(monitor);
			journal.forget(session.file());
			firePropertyChange(PROP_DIRTY);
		} catch (CoreException e) {
			refusedSave(e.getStatus(), monitor);
		} catch (RuntimeException e) {
			// The serializer refused the model: nothing was written, the edits stay to be undone.
			refusedSave(Status.error(session.file().getName() + " was not saved: its annotations cannot be written as text ("
					+ e.getMessage() + "). Undo the last change and save again.", e), monitor);
		}
	}

	private static void refusedSave(IStatus status, IProgressMonitor monitor) {
		StatusManager.getManager().handle(status, StatusManager.LOG | StatusManager.SHOW);
		if (monitor != null) {
			monitor.setCanceled(true);
		}
	}

	@Override
	public void doSaveAs() {
		throw new UnsupportedOperationException("Save As is not offered for annotation documents");
	}

	@Override
	public boolean isDirty() {
		return session.isDirty() || buffer.isBufferDirty();
	}

	@Override
	public boolean isSaveAsAllowed() {
		return false;
	}

	@Override
	public void setFocus() {
		text.setFocus();
	}

	@Override
	public void dispose() {
		// First, so that a build never asks an editor whose buffer is gone whether it is dirty.
		if (unsavedState != null) {
			unsavedState.run();
		}
		fileWatcher.stop();
		// Closed, saved or not: what was unsaved was given up on purpose, unlike when the workbench dies.
		closed = true;
		journal.forget(session.file());
		getSite().getPage().removeSelectionListener(CLAIMS_VIEW_ID, relationChoice);
		KindColorPreferences.removeListener(colourChoices);
		buffer.disconnect();
		session.removeDeltaListener(onChange);
		changeValidation.stop();
		validation.cancel();
		if (session.isDirty() && !OtherEditors.openOnSameFile(this)) {
			// The markers described unsaved text; once the editor is gone they must describe the file.
			new ValidationJob(session.file(), session::savedText).schedule();
		}
		PlatformUI.getWorkbench().getOperationSupport().getOperationHistory().dispose(undoContext, true, true, true);
		super.dispose();
	}
}
