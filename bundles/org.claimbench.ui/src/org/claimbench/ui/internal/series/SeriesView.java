package org.claimbench.ui.internal.series;

import java.util.List;
import java.util.Map;

import org.claimbench.model.claims.Claim;
import org.claimbench.model.claims.DocumentElement;
import org.claimbench.ui.internal.editor.AnnotationEditor;
import org.claimbench.ui.internal.editor.AnnotationSelection;
import org.claimbench.ui.internal.editor.OpenDocuments;
import org.claimbench.workspace.internal.model.AnnotationSession;
import org.claimbench.workspace.internal.model.Span;
import org.claimbench.ui.internal.views.ActiveAnnotationEditor;
import org.claimbench.ui.internal.views.ClaimsView;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.ISelectionListener;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.part.ViewPart;

/**
 * The commitment chain of the claim selected in the annotation editor or the Claims view: each statement of the
 * project that states it, in date order, with the quoted wording, what changed since the statement before, and
 * the later statement that drops it. The project is read in a job; a double click opens a statement on its claim.
 */
public final class SeriesView extends ViewPart {

	public static final String ID = "org.claimbench.ui.seriesView";
	/** Waits for typing to pause before reading the project again. */
	private static final int DELAY_MILLIS = 300;

	private Label message;
	private TableViewer viewer;
	private StyledText wording;
	private List<ChainRow> rows = List.of();
	private ActiveAnnotationEditor active;
	/** The claim followed: its file and name (the editor's model is parsed anew after each change). */
	private IFile file;
	private String claimName;
	private Job lookup;

	private final ISelectionListener selectionListener = (part, selection) -> {
		AnnotationEditor editor = active == null ? null : active.editor();
		DocumentElement chosen = null;
		if (editor != null && part == editor && selection instanceof AnnotationSelection meant && meant.element() != null) {
			chosen = meant.element();
		} else if (editor != null && part == editor && selection instanceof ITextSelection text) {
			chosen = Span.at(editor.session().document(), text.getOffset()).stream().map(Span::owner)
					.filter(Claim.class::isInstance).map(DocumentElement.class::cast).findFirst().orElse(null);
		} else if (editor != null && part instanceof ClaimsView && selection instanceof IStructuredSelection structured
				&& structured.getFirstElement() instanceof Claim claim) {
			chosen = claim;
		}
		if (chosen instanceof Claim claim && editor != null
				&& (!editor.session().file().equals(file) || !claim.getName().equals(claimName))) {
			follow(editor.session().file(), claim.getName());
		}
	};

	@Override
	public void createPartControl(Composite parent) {
		GridLayoutFactory.fillDefaults().margins(4, 4).applyTo(parent);
		message = new Label(parent, SWT.WRAP);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(message);
		SashForm split = new SashForm(parent, SWT.VERTICAL);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(split);
		viewer = new TableViewer(split, SWT.SINGLE | SWT.FULL_SELECTION | SWT.H_SCROLL | SWT.V_SCROLL);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		ChainColumns.addTo(viewer);
		// A quote is a sentence or two: the row shows its start, the pane below all of it, wrapped.
		wording = new StyledText(split, SWT.WRAP | SWT.READ_ONLY | SWT.V_SCROLL);
		wording.setMargins(6, 4, 6, 4);
		split.setWeights(3, 2);
		viewer.addSelectionChangedListener(event -> showWording((ChainRow) viewer.getStructuredSelection().getFirstElement()));
		viewer.addDoubleClickListener(event -> {
			if (viewer.getStructuredSelection().getFirstElement() instanceof ChainRow row) {
				open(row);
			}
		});
		getSite().setSelectionProvider(viewer);
		getSite().getPage().addSelectionListener(selectionListener);
		active = new ActiveAnnotationEditor(getSite().getPage(), () -> { }, delta -> lookUp());
		show(List.of(), "Select a claim in the annotation editor or the Claims view to follow it across the project's statements.");
		// Opened after a claim was chosen: follow that one at once.
		if (active.editor() != null) {
			selectionListener.selectionChanged(active.editor(), active.editor().getSite().getSelectionProvider().getSelection());
		}
	}

	/** Follows the claim of that name in that statement: reads the project and shows its chain. */
	public void follow(IFile statement, String claim) {
		file = statement;
		claimName = claim;
		lookUp();
	}

	private void lookUp() {
		if (file == null || viewer.getControl().isDisposed()) {
			return;
		}
		if (lookup != null) {
			lookup.cancel();
		}
		IFile statement = file;
		String claim = claimName;
		Map<IFile, AnnotationSession> unsaved = OpenDocuments.unsaved(getSite().getPage(), statement.getProject());
		Display display = viewer.getControl().getDisplay();
		setContentDescription("Following " + claim + " across " + statement.getProject().getName() + "...");
		lookup = Job.create("Following " + claim + " across the series", (IProgressMonitor monitor) -> {
			try {
				SeriesTracking tracked = SeriesTracking.of(statement.getProject(), OpenDocuments.texts(unsaved), SubMonitor.convert(monitor));
				SeriesTracking.ChainOf found = tracked.chainOf(statement, claim);
				List<ChainRow> lines = found == null ? List.of() : ChainRows.of(found.chain(), found.claim());
				String text = found == null ? claim + " of " + statement.getName() + " is linked to no claim of another statement: no "
						+ String.join(" or ", SeriesTracking.LINK_KINDS) + " relation joins it to one." : chainSummary(claim, lines, tracked);
				display.asyncExec(() -> {
					if (statement.equals(file) && claim.equals(claimName)) {
						show(lines, text);
					}
				});
				return Status.OK_STATUS;
			} catch (OperationCanceledException e) {
				return Status.CANCEL_STATUS;
			} catch (Exception e) {
				display.asyncExec(() -> show(List.of(), "The series cannot be read: " + e.getMessage()));
				return Status.OK_STATUS;
			}
		});
		lookup.setSystem(true);
		lookup.schedule(DELAY_MILLIS);
	}

	private static String chainSummary(String claim, List<ChainRow> lines, SeriesTracking tracked) {
		long appearances = lines.stream().filter(row -> row.claim() != null).count();
		boolean dropped = lines.stream().anyMatch(row -> ChainRow.DROPPED.equals(row.link()));
		return claim + ": " + appearances + " appearances in " + tracked.result().statements().size()
				+ " statements of the series" + (dropped ? ", dropped later." : ", still current.");
	}

	private void show(List<ChainRow> next, String text) {
		if (viewer.getControl().isDisposed()) {
			return;
		}
		rows = next;
		message.setText(text);
		setContentDescription(file == null ? "" : claimName + " (" + file.getName() + ")");
		viewer.setInput(next);
		ChainRow chosen = next.stream().filter(ChainRow::chosen).findFirst().orElse(null);
		if (chosen != null) {
			viewer.setSelection(new StructuredSelection(chosen), true);
		}
		showWording(chosen);
		message.getParent().layout(true, true);
	}

	/** The row's whole wording, its changes marked, and what moved on the scales. */
	private void showWording(ChainRow row) {
		if (row == null) {
			wording.setText("");
			return;
		}
		DiffStyles.Styled styled = DiffStyles.of(row.wording());
		String heading = row.date() + "  " + row.statement() + (row.claim() == null ? "" : "." + row.claim()) + "  " + row.link() + "\n";
		String change = row.change().isEmpty() ? "" : "\n" + row.change();
		wording.setText(heading + styled.text() + change);
		StyleRange bold = new StyleRange(0, heading.length() - 1, null, null, SWT.BOLD);
		wording.setStyleRange(bold);
		for (StyleRange range : styled.ranges()) {
			range.start += heading.length();
			wording.setStyleRange(range);
		}
	}

	private void open(ChainRow row) {
		if (row.file() == null) {
			return;
		}
		try {
			if (row.claim() == null) {
				IDE.openEditor(getSite().getPage(), row.file(), AnnotationEditor.ID);
			} else if (OpenDocuments.reveal(getSite().getPage(), row.file(), Claim.class, row.claim()) == null) {
				message.setText(row.statement() + " has no claim " + row.claim() + " any more.");
			}
		} catch (PartInitException e) {
			message.setText("Cannot open " + row.file().getFullPath() + ": " + e.getMessage());
		}
	}

	/** The rows shown: the chain's appearances in date order, then the statement that dropped it, if any. */
	public List<ChainRow> rows() {
		return rows;
	}

	/** The line above the table: what is followed, or why nothing is shown. */
	public String message() {
		return message.getText();
	}

	public TableViewer viewer() {
		return viewer;
	}

	/** The pane that shows the selected row's whole wording. */
	public StyledText wording() {
		return wording;
	}

	@Override
	public void setFocus() {
		viewer.getControl().setFocus();
	}

	@Override
	public void dispose() {
		getSite().getPage().removeSelectionListener(selectionListener);
		if (active != null) {
			active.dispose();
		}
		if (lookup != null) {
			lookup.cancel();
		}
		super.dispose();
	}
}
