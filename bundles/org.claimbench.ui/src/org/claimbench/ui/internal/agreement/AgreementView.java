package org.claimbench.ui.internal.agreement;

import java.util.ArrayList;
import java.util.List;

import org.claimbench.core.agreement.AgreementReport;
import org.claimbench.core.agreement.Measure;
import org.claimbench.core.agreement.Statement;
import org.claimbench.core.agreement.UnitRow;
import org.claimbench.ui.internal.curation.CurateVersionsHandler;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IToolBarManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.layout.TableColumnLayout;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.part.ViewPart;
import org.eclipse.ui.progress.IWorkbenchSiteProgressService;

/**
 * The agreement table of {@code claimbench agree} in the workbench: per statement and pooled, across all coders
 * and pairwise, each measure with its value and number of units. Measured in a job (progress in the view's tab
 * and the status line; Stop cancels); the table copies as aligned text or CSV; a measure of a statement with
 * disputed units opens that statement's curation.
 */
public final class AgreementView extends ViewPart {

	public static final String ID = "org.claimbench.ui.agreementView";

	/** Krippendorff's customary bar: below it a measure does not support conclusions without reservation. */
	private static final double RELIABLE = 0.8;

	private Label message;
	private Color doubtful;
	private TableViewer viewer;
	private Label notes;
	private AgreementScope scope;
	private AgreementRun.Result result;
	private Job job;
	private Action again;
	private Action stop;
	private Action copyText;
	private Action copyCsv;
	private Action curate;

	@Override
	public void createPartControl(Composite parent) {
		GridLayoutFactory.fillDefaults().margins(4, 4).applyTo(parent);
		message = new Label(parent, SWT.WRAP);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(message);
		// The columns share the view's width, so the numbers stay beside their measure however wide it is.
		Composite tableArea = new Composite(parent, SWT.NONE);
		TableColumnLayout columns = new TableColumnLayout();
		tableArea.setLayout(columns);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(tableArea);
		doubtful = new Color(parent.getDisplay(), 255, 205, 160);
		parent.addDisposeListener(e -> doubtful.dispose());
		viewer = new TableViewer(tableArea, SWT.SINGLE | SWT.FULL_SELECTION | SWT.H_SCROLL | SWT.V_SCROLL | SWT.BORDER);
		viewer.getTable().setHeaderVisible(true);
		viewer.getTable().setLinesVisible(true);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		int[] weights = { 22, 26, 34, 9, 9 };
		for (int i = 0; i < MeasureText.COLUMNS.length; i++) {
			int column = i;
			TableViewerColumn tableColumn = new TableViewerColumn(viewer, i >= 3 ? SWT.RIGHT : SWT.LEFT);
			tableColumn.getColumn().setText(MeasureText.COLUMNS[i]);
			columns.setColumnData(tableColumn.getColumn(), new ColumnWeightData(weights[i], 60));
			tableColumn.setLabelProvider(new ColumnLabelProvider() {
				@Override
				public String getText(Object element) {
					return MeasureText.cells((Measure) element)[column];
				}

				@Override
				public Color getBackground(Object element) {
					return column == 3 && ((Measure) element).value() < RELIABLE ? doubtful : null;
				}
			});
		}
		notes = new Label(parent, SWT.WRAP);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(notes);
		createActions();
		viewer.addSelectionChangedListener(e -> curate.setEnabled(curatable(selected()) != null));
		viewer.addDoubleClickListener(e -> curateSelected());
		getSite().setSelectionProvider(viewer);
		showMessage("Select a coder's document, a statement's text or a project in the Project Explorer and choose"
				+ " Annotate > Measure Agreement... (Ctrl+Alt+G).", "");
	}

	private void createActions() {
		again = action("Measure Again", "Reads the files again and measures the same statements", () -> measure(scope));
		stop = action("Stop", "Stops measuring", () -> {
			if (job != null) {
				job.cancel();
			}
		});
		copyText = action("Copy as Text", "Copies the table, aligned in columns, to the clipboard", () -> copy(copyText()));
		copyCsv = action("Copy as CSV", "Copies the measures as CSV (statement, coders, measure, value, units) to the clipboard",
				() -> copy(copyCsv()));
		curate = action("Curate Versions...", "Opens the curation of the selected measure's statement, to settle its disputed units",
				this::curateSelected);
		IToolBarManager toolBar = getViewSite().getActionBars().getToolBarManager();
		for (Action action : List.of(again, stop, copyText, copyCsv, curate)) {
			toolBar.add(action);
			action.setEnabled(false);
		}
		MenuManager menu = new MenuManager();
		menu.add(curate);
		menu.add(copyText);
		menu.add(copyCsv);
		viewer.getControl().setMenu(menu.createContextMenu(viewer.getControl()));
		getViewSite().getActionBars().setGlobalActionHandler(ActionFactory.COPY.getId(), copyText);
	}

	private static Action action(String text, String tooltip, Runnable run) {
		Action action = new Action(text) {
			@Override
			public void run() {
				run.run();
			}
		};
		action.setToolTipText(tooltip);
		return action;
	}

	/** Measures the scope in a job (a measuring still under way is cancelled); returns the job. */
	public Job measure(AgreementScope next) {
		if (next == null || viewer.getControl().isDisposed()) {
			return null;
		}
		if (job != null) {
			job.cancel();
		}
		scope = next;
		setContentDescription(scope.description());
		showMessage("Measuring the agreement of " + scope.description() + "...", "");
		Display display = viewer.getControl().getDisplay();
		AgreementScope measured = scope;
		Job measuring = Job.create("Measuring agreement of " + scope.description(), (IProgressMonitor monitor) -> {
			try {
				AgreementRun.Result done = AgreementRun.of(measured, monitor);
				display.asyncExec(() -> {
					if (measured == scope) {
						show(done);
					}
				});
				return Status.OK_STATUS;
			} catch (OperationCanceledException e) {
				return Status.CANCEL_STATUS;
			} catch (RuntimeException e) {
				display.asyncExec(() -> showMessage("The agreement cannot be measured: " + e.getMessage(), ""));
				return Status.OK_STATUS;
			}
		});
		job = measuring;
		job.addJobChangeListener(new JobChangeAdapter() {
			@Override
			public void done(IJobChangeEvent event) {
				// Cancelled before it ran, the job's code never saw the cancel: the view says so here.
				boolean stopped = event.getResult().getSeverity() == IStatus.CANCEL;
				display.asyncExec(() -> {
					showRunning(false);
					if (stopped && measured == scope) {
						show(null);
						showMessage("Measuring was stopped. Measure Again starts it anew.", "");
					}
				});
			}
		});
		showRunning(true);
		getSite().getService(IWorkbenchSiteProgressService.class).schedule(job);
		return job;
	}

	private void showRunning(boolean measuring) {
		if (viewer.getControl().isDisposed()) {
			return;
		}
		boolean busy = measuring || job != null && job.getState() != Job.NONE;
		stop.setEnabled(busy);
		again.setEnabled(!busy && scope != null);
	}

	private void show(AgreementRun.Result done) {
		if (viewer.getControl().isDisposed()) {
			return;
		}
		result = done == null || done.report() == null ? null : done;
		viewer.setInput(result == null ? List.of() : result.report().measures());
		copyText.setEnabled(result != null);
		copyCsv.setEnabled(result != null);
		curate.setEnabled(curatable(selected()) != null);
		if (done == null) {
			return;
		}
		if (result == null) {
			showMessage(done.problem(), "");
			return;
		}
		AgreementReport report = result.report();
		StringBuilder text = new StringBuilder();
		for (Statement statement : report.statements()) {
			text.append(statement.name()).append(": ").append(String.join(", ", statement.coders()))
					.append(statement.coders().size() < 2 ? " (one coder: not measured)" : "").append('\n');
		}
		long agreed = report.rows().stream().filter(r -> r.status() == UnitRow.Status.AGREED).count();
		long disputed = report.rows().stream().filter(r -> r.status() == UnitRow.Status.DISPUTED).count();
		long single = report.rows().size() - agreed - disputed;
		text.append("Units: ").append(agreed).append(" agreed, ").append(disputed).append(" disputed, ").append(single)
				.append(" coded by one coder only.");
		if (disputed + single > 0) {
			text.append(" Double-click a measure of a statement to curate its disputed units.");
		}
		if (result.errors() > 0) {
			text.append("\nThe documents have ").append(result.errors()).append(" errors (see the Problems view): some anchors may be off.");
		}
		List<String> noteLines = new ArrayList<>(report.notes());
		noteLines.add("Values below " + RELIABLE + " (orange) are below the level Krippendorff recommends for relying on a coding.");
		showMessage(text.toString(), String.join("\n", noteLines));
	}

	private void showMessage(String text, String noteText) {
		if (message.isDisposed()) {
			return;
		}
		message.setText(text);
		notes.setText(noteText);
		message.getParent().layout(true, true);
	}

	private Measure selected() {
		return viewer.getStructuredSelection().getFirstElement() instanceof Measure measure ? measure : null;
	}

	/** The coder's file whose statement the measure is of, when that statement has units to decide; else null. */
	private IFile curatable(Measure measure) {
		if (measure == null || result == null || AgreementReport.POOLED.equals(measure.statement())
				|| result.disputes(measure.statement()) == 0) {
			return null;
		}
		return result.statementFiles().get(measure.statement());
	}

	/** Opens the curation of the selected measure's statement; returns the editor, or null when it has nothing to curate. */
	public IEditorPart curateSelected() {
		Measure measure = selected();
		IFile file = curatable(measure);
		if (file == null) {
			if (measure != null) {
				message.setText(AgreementReport.POOLED.equals(measure.statement())
						? "A pooled measure spans several statements: pick a measure of one statement to curate it."
						: measure.statement() + " has no disputed units: its coders agree on every unit.");
				message.getParent().layout(true, true);
			}
			return null;
		}
		return CurateVersionsHandler.open(getSite().getShell(), getSite().getPage(), file);
	}

	/** The measures shown, as {@code agree} lists them; empty while measuring or when nothing was measured. */
	public List<Measure> measures() {
		return result == null ? List.of() : result.report().measures();
	}

	/** What was measured last, or null. */
	public AgreementReport report() {
		return result == null ? null : result.report();
	}

	/** The line above the table: the statements and their coders, the units, or why nothing is shown. */
	public String message() {
		return message.getText();
	}

	public TableViewer viewer() {
		return viewer;
	}

	/** The measuring under way or done last, or null. */
	public Job job() {
		return job;
	}

	public String copyText() {
		return MeasureText.table(measures());
	}

	public String copyCsv() {
		return MeasureText.csv(measures());
	}

	private void copy(String text) {
		Clipboard clipboard = new Clipboard(viewer.getControl().getDisplay());
		try {
			clipboard.setContents(new Object[] { text }, new Transfer[] { TextTransfer.getInstance() });
		} finally {
			clipboard.dispose();
		}
	}

	@Override
	public void setFocus() {
		viewer.getControl().setFocus();
	}

	@Override
	public void dispose() {
		if (job != null) {
			job.cancel();
		}
		super.dispose();
	}
}
