package org.claimbench.ui.internal.curation;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.claimbench.core.agreement.UnitRow;
import org.claimbench.core.curation.Choice;
import org.claimbench.core.curation.Curation;
import org.claimbench.core.curation.CurationUnit;
import org.claimbench.core.curation.EarlierDecisions;
import org.claimbench.core.curation.GoldDocument;
import org.claimbench.core.io.AtomicFiles;
import org.claimbench.dsl.source.SourceLoad;
import org.claimbench.dsl.source.SourceTexts;
import org.claimbench.workspace.internal.model.ProjectModelLoader;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.commands.operations.IOperationHistory;
import org.eclipse.core.commands.operations.IUndoContext;
import org.eclipse.core.commands.operations.ObjectUndoContext;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jface.dialogs.ErrorDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.core.runtime.Status;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.ide.undo.WorkspaceUndoUtil;
import org.eclipse.ui.operations.RedoActionHandler;
import org.eclipse.ui.operations.UndoActionHandler;
import org.eclipse.ui.part.EditorPart;

/**
 * Curates the coders' versions of one statement into its gold document. The statement's text shows every unit
 * (agreed, disputed, one coder only); the table lists them; for the selected unit each coder's version stands
 * side by side, with a button (and a key, 1 to 9) to take it, Leave Out (0) and Edit... to combine them. Units
 * the coders agree on are accepted already. Each decision is undoable; Save writes the gold beside the versions,
 * {@code status curated} once nothing is open, with where each decided element comes from.
 */
public final class CurationEditor extends EditorPart {

	public static final String ID = "org.claimbench.ui.curationEditor";

	private CurationInput input;
	private Curation curation;
	private EarlierDecisions.Restored restored;
	private String statementText;
	private IUndoContext undoContext;
	private Map<CurationUnit, Choice> saved = new HashMap<>();
	private final List<CurationUnit> shown = new ArrayList<>();
	/** A long statement has thousands of agreed units; the ones to decide come first. */
	private boolean onlyToDecide = true;

	private Label summary;
	private Button filter;
	private StyledText text;
	private Table table;
	private Composite versions;
	private final List<StyledText> versionTexts = new ArrayList<>();
	private final List<Button> takeButtons = new ArrayList<>();
	private Button leaveOut;
	private Button edit;
	private Label unitTitle;
	private Color agreedColour;
	private Color disputedColour;
	private Color oneCoderColour;

	@Override
	public void init(IEditorSite site, IEditorInput editorInput) throws PartInitException {
		if (!(editorInput instanceof CurationInput curationInput)) {
			throw new PartInitException("The curation editor opens the versions of a statement, not " + editorInput.getName());
		}
		input = curationInput;
		try {
			CurationLoad.Loaded loaded = CurationLoad.of(input);
			curation = loaded.curation();
			restored = loaded.restored();
		} catch (IOException e) {
			throw new PartInitException("Cannot curate " + input.getName() + ": " + e.getMessage());
		} catch (CoreException e) {
			throw new PartInitException("Cannot curate " + input.getName() + ": " + e.getMessage(), e);
		}
		SourceLoad source = SourceTexts.load(curation.aligned().documents().get(0));
		statementText = source.isLoaded() ? source.text().text() : "(" + source.message() + ")";
		setSite(site);
		setInput(input);
		setPartName("Curate " + input.gold().getName().replace(StatementFiles.GOLD_SUFFIX, ""));
		setTitleToolTip(input.getToolTipText());
		undoContext = new ObjectUndoContext(this, getPartName());
		saved = choices();
	}

	public Curation curation() {
		return curation;
	}

	public Table unitTable() {
		return table;
	}

	public StyledText statementText() {
		return text;
	}

	/** The Take button of each coder, in the order of {@link Curation#coders()}. */
	public List<Button> takeButtons() {
		return takeButtons;
	}

	public Button editButton() {
		return edit;
	}

	/** Shows only the units to decide, or every unit, as the check box above the table does. */
	public void showOnlyToDecide(boolean only) {
		onlyToDecide = only;
		filter.setSelection(only);
		fillTable(selectedUnit());
	}

	public Button leaveOutButton() {
		return leaveOut;
	}

	public IUndoContext undoContext() {
		return undoContext;
	}

	@Override
	public void createPartControl(Composite parent) {
		agreedColour = new Color(parent.getDisplay(), 214, 239, 214);
		disputedColour = new Color(parent.getDisplay(), 255, 205, 160);
		oneCoderColour = new Color(parent.getDisplay(), 255, 240, 170);
		parent.addDisposeListener(e -> {
			agreedColour.dispose();
			disputedColour.dispose();
			oneCoderColour.dispose();
		});
		Composite top = new Composite(parent, SWT.NONE);
		top.setLayout(new GridLayout(2, false));
		summary = new Label(top, SWT.WRAP);
		summary.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		filter = new Button(top, SWT.CHECK);
		filter.setText("Only units to decide");
		filter.setSelection(onlyToDecide);
		filter.addListener(SWT.Selection, e -> {
			onlyToDecide = filter.getSelection();
			fillTable(selectedUnit());
		});
		SashForm sides = new SashForm(top, SWT.HORIZONTAL);
		GridData sidesData = new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1);
		// A size of its own, which the editor's area then stretches: asked for its preferred size, the wrapping
		// statement measures every one of its lines, a second for each layout of a long statement.
		sidesData.widthHint = 600;
		sidesData.heightHint = 400;
		sides.setLayoutData(sidesData);
		text = new StyledText(sides, SWT.READ_ONLY | SWT.WRAP | SWT.V_SCROLL | SWT.BORDER);
		text.setText(statementText);
		text.setMargins(6, 6, 6, 6);
		SashForm right = new SashForm(sides, SWT.VERTICAL);
		createTable(right);
		createVersions(right);
		right.setWeights(45, 55);
		sides.setWeights(42, 58);
		highlight();
		fillTable(null);
		createGlobalActions();
		if (table.getItemCount() > 0) {
			table.setSelection(0);
			unitSelected();
		}
	}

	private void createTable(Composite parent) {
		// Virtual: a long statement has tens of thousands of units, and only the visible rows are made.
		table = new Table(parent, SWT.VIRTUAL | SWT.SINGLE | SWT.FULL_SELECTION | SWT.BORDER);
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		for (String[] column : new String[][] { { "Unit", "240" }, { "Where", "90" }, { "Status", "110" }, { "Decision", "170" } }) {
			TableColumn tableColumn = new TableColumn(table, SWT.LEFT);
			tableColumn.setText(column[0]);
			tableColumn.setWidth(Integer.parseInt(column[1]));
		}
		table.addListener(SWT.SetData, event -> {
			TableItem item = (TableItem) event.item;
			CurationUnit unit = shown.get(table.indexOf(item));
			item.setData(unit);
			item.setText(new String[] { label(unit), unit.begin() < 0 ? "" : unit.begin() + "\u2013" + unit.end(),
					unit.status().toString(), decision(unit) });
			item.setBackground(colour(unit.status()));
		});
		table.addListener(SWT.Selection, e -> unitSelected());
		table.addListener(SWT.KeyDown, this::keyPressed);
	}

	private void createVersions(Composite parent) {
		versions = new Composite(parent, SWT.NONE);
		int coders = curation.coders().size();
		versions.setLayout(new GridLayout(coders, true));
		unitTitle = new Label(versions, SWT.NONE);
		unitTitle.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, coders, 1));
		for (int coder = 0; coder < coders; coder++) {
			Label name = new Label(versions, SWT.NONE);
			name.setText(curation.coders().get(coder));
			name.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		}
		for (int coder = 0; coder < coders; coder++) {
			StyledText version = new StyledText(versions, SWT.MULTI | SWT.READ_ONLY | SWT.WRAP | SWT.V_SCROLL | SWT.BORDER);
			version.setMargins(3, 3, 3, 3);
			GridData data = new GridData(SWT.FILL, SWT.FILL, true, true);
			data.widthHint = 120;
			data.heightHint = 120;
			version.setLayoutData(data);
			versionTexts.add(version);
		}
		for (int coder = 0; coder < coders; coder++) {
			Button take = new Button(versions, SWT.PUSH);
			take.setText("Take " + curation.coders().get(coder) + "'s version" + (coder < 9 ? " (" + (coder + 1) + ")" : ""));
			take.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
			int chosen = coder;
			take.addListener(SWT.Selection, e -> decide(Choice.take(chosen)));
			takeButtons.add(take);
		}
		Composite more = new Composite(versions, SWT.NONE);
		more.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, coders, 1));
		more.setLayout(new GridLayout(2, false));
		leaveOut = new Button(more, SWT.PUSH);
		leaveOut.setText("Leave Out (0)");
		leaveOut.addListener(SWT.Selection, e -> decide(Choice.LEAVE_OUT));
		edit = new Button(more, SWT.PUSH);
		edit.setText("Edit...");
		edit.addListener(SWT.Selection, e -> editSelected());
	}

	private void createGlobalActions() {
		getEditorSite().getActionBars().setGlobalActionHandler(ActionFactory.UNDO.getId(), new UndoActionHandler(getSite(), undoContext));
		getEditorSite().getActionBars().setGlobalActionHandler(ActionFactory.REDO.getId(), new RedoActionHandler(getSite(), undoContext));
		getEditorSite().getActionBars().updateActionBars();
	}

	private void keyPressed(Event event) {
		if (event.character >= '1' && event.character <= '9') {
			int coder = event.character - '1';
			if (coder < curation.coders().size() && takeButtons.get(coder).isEnabled()) {
				decide(Choice.take(coder));
			}
			event.doit = false;
		} else if (event.character == '0' && leaveOut.isEnabled()) {
			decide(Choice.LEAVE_OUT);
			event.doit = false;
		}
	}

	/** The selected unit, or null. */
	public CurationUnit selectedUnit() {
		int index = table.getSelectionIndex();
		return index < 0 || index >= shown.size() ? null : shown.get(index);
	}

	/** Selects the unit in the table (showing every unit if the filter hides it), as a click on its row does. */
	public void select(CurationUnit unit) {
		if (!shown.contains(unit)) {
			onlyToDecide = false;
			fillTable(unit);
		}
		table.setSelection(shown.indexOf(unit));
		table.showSelection();
		unitSelected();
	}

	private void unitSelected() {
		CurationUnit unit = selectedUnit();
		boolean disputed = unit != null && unit.status() != UnitRow.Status.AGREED;
		unitTitle.setText(unit == null ? "" : label(unit) + " \u2014 " + unit.status() + " \u2014 " + decision(unit));
		List<String> shownVersions = new ArrayList<>();
		for (int coder = 0; coder < curation.coders().size(); coder++) {
			shownVersions.add(unit == null ? "" : VersionText.of(unit, coder));
			takeButtons.get(coder).setEnabled(disputed && unit.hasVersion(coder));
		}
		for (int coder = 0; coder < shownVersions.size(); coder++) {
			versionTexts.get(coder).setText(shownVersions.get(coder));
			markDifferences(versionTexts.get(coder), shownVersions, coder);
		}
		leaveOut.setEnabled(disputed);
		edit.setEnabled(disputed && unit.type() == CurationUnit.Type.CLAIM);
		versions.layout(true, true);
		if (unit != null && unit.begin() >= 0 && unit.end() <= text.getCharCount()) {
			text.setSelection(unit.begin(), unit.end());
			text.showSelection();
		}
	}

	/** Lines of one version that another version lacks stand out: that is what the curator decides on. */
	private void markDifferences(StyledText version, List<String> all, int coder) {
		List<StyleRange> ranges = new ArrayList<>();
		int offset = 0;
		for (String line : all.get(coder).split("\n", -1)) {
			boolean shared = true;
			for (int other = 0; other < all.size(); other++) {
				shared &= other == coder || all.get(other).lines().anyMatch(line::equals);
			}
			if (!shared && !line.isEmpty()) {
				StyleRange range = new StyleRange(offset, line.length(), null, disputedColour, SWT.BOLD);
				ranges.add(range);
			}
			offset += line.length() + 1;
		}
		version.setStyleRanges(ranges.toArray(StyleRange[]::new));
	}

	private void decide(Choice choice) {
		CurationUnit unit = selectedUnit();
		if (unit == null || unit.status() == UnitRow.Status.AGREED) {
			return;
		}
		String what = switch (choice.kind()) {
			case TAKE -> "Take " + curation.coders().get(choice.coder()) + "'s Version";
			case LEAVE_OUT -> "Leave Out";
			case EDITED -> "Edit";
			case OPEN -> "Reopen";
		};
		IOperationHistory history = PlatformUI.getWorkbench().getOperationSupport().getOperationHistory();
		try {
			history.execute(new ChooseOperation(what + " of " + label(unit), undoContext, curation, unit, choice, () -> changed(unit)),
					null, WorkspaceUndoUtil.getUIInfoAdapter(getSite().getShell()));
		} catch (ExecutionException e) {
			ErrorDialog.openError(getSite().getShell(), "Curation", null, Status.error(e.getMessage(), e));
		}
	}

	private void editSelected() {
		CurationUnit unit = selectedUnit();
		if (unit == null) {
			return;
		}
		EditClaimDialog dialog = new EditClaimDialog(getSite().getShell(), curation, unit, statementText);
		if (dialog.open() == Window.OK && dialog.choice() != null) {
			decide(dialog.choice());
		}
	}

	/** A decision was made or undone: the row, the panel, the summary and the dirty state follow. */
	private void changed(CurationUnit unit) {
		if (table.isDisposed()) {
			return;
		}
		int index = shown.indexOf(unit);
		if (index >= 0) {
			table.clear(index);
		}
		if (unit == selectedUnit()) {
			unitSelected();
		}
		updateSummary();
		firePropertyChange(PROP_DIRTY);
	}

	private void fillTable(CurationUnit keep) {
		shown.clear();
		for (CurationUnit unit : curation.units()) {
			if (!onlyToDecide || unit.status() != UnitRow.Status.AGREED) {
				shown.add(unit);
			}
		}
		table.clearAll();
		table.setItemCount(shown.size());
		if (keep != null && shown.contains(keep)) {
			table.setSelection(shown.indexOf(keep));
		}
		updateSummary();
	}

	private void updateSummary() {
		int disputed = curation.disputed().size();
		summary.setText(curation.coders().size() + " versions (" + String.join(", ", curation.coders()) + "), "
				+ curation.units().size() + " units, " + (curation.units().size() - disputed) + " agreed; " + curation.open() + " of "
				+ disputed + " to decide" + earlier() + ". In the text: orange disputed, yellow one coder only, green agreed. Save writes "
				+ input.gold().getName() + ".");
		summary.getParent().layout();
	}

	private String earlier() {
		if (restored == null) {
			return "";
		}
		return " (" + (restored.taken() + restored.leftOut()) + " decisions read from " + input.gold().getName()
				+ (restored.editedOpen() == 0 ? "" : "; " + restored.editedOpen() + " edited there, open again") + ")";
	}

	/** Colours the statement's text: disputed over one coder only over agreed where units overlap. */
	private void highlight() {
		int length = statementText.length();
		byte[] level = new byte[length];
		for (CurationUnit unit : curation.units()) {
			if (unit.type() == CurationUnit.Type.RELATION || unit.begin() < 0) {
				continue;
			}
			byte value = switch (unit.status()) {
				case AGREED -> 1;
				case ONE_CODER -> 2;
				case DISPUTED -> 3;
			};
			for (int i = Math.max(0, unit.begin()); i < Math.min(length, unit.end()); i++) {
				level[i] = (byte) Math.max(level[i], value);
			}
		}
		List<StyleRange> ranges = new ArrayList<>();
		int start = 0;
		for (int i = 1; i <= length; i++) {
			if (i == length || level[i] != level[start]) {
				if (level[start] > 0) {
					StyleRange range = new StyleRange();
					range.start = start;
					range.length = i - start;
					range.background = level[start] == 3 ? disputedColour : level[start] == 2 ? oneCoderColour : agreedColour;
					ranges.add(range);
				}
				start = i;
			}
		}
		text.setStyleRanges(ranges.toArray(StyleRange[]::new));
	}

	private Color colour(UnitRow.Status status) {
		return switch (status) {
			case AGREED -> null;
			case ONE_CODER -> oneCoderColour;
			case DISPUTED -> disputedColour;
		};
	}

	static String label(CurationUnit unit) {
		String type = switch (unit.type()) {
			case CLAIM -> "claim ";
			case MENTION -> "mention of ";
			case RELATION -> "relation ";
		};
		return type + unit.row().label();
	}

	/** What the gold has for the unit, in words. */
	public String decision(CurationUnit unit) {
		if (unit.status() == UnitRow.Status.AGREED) {
			return "accepted (all agree)";
		}
		Choice choice = curation.choice(unit);
		return switch (choice.kind()) {
			case OPEN -> "to decide";
			case TAKE -> curation.coders().get(choice.coder()) + "'s version";
			case LEAVE_OUT -> "left out";
			case EDITED -> "edited";
		};
	}

	private Map<CurationUnit, Choice> choices() {
		Map<CurationUnit, Choice> now = new HashMap<>();
		for (CurationUnit unit : curation.disputed()) {
			now.put(unit, curation.choice(unit));
		}
		return now;
	}

	@Override
	public boolean isDirty() {
		return curation != null && !choices().equals(saved);
	}

	@Override
	public void doSave(IProgressMonitor monitor) {
		try {
			GoldDocument.Result result = GoldDocument.write(curation, ProjectModelLoader.uri(input.gold()), input.documentName());
			AtomicFiles.write(input.gold().getLocation().toPath(), result.text().getBytes(StandardCharsets.UTF_8));
			input.gold().refreshLocal(IResource.DEPTH_ZERO, monitor);
			saved = choices();
			firePropertyChange(PROP_DIRTY);
		} catch (IOException | CoreException | RuntimeException e) {
			// Nothing was written (the serializer refused the model, or the disk): the decisions stay to be saved.
			if (monitor != null) {
				monitor.setCanceled(true);
			}
			ErrorDialog.openError(getSite().getShell(), "Curation", "Cannot write " + input.gold().getFullPath(),
					Status.error(String.valueOf(e.getMessage()), e));
		}
	}

	@Override
	public void doSaveAs() {
		// The gold's place follows the convention; there is nothing to choose.
	}

	@Override
	public boolean isSaveAsAllowed() {
		return false;
	}

	@Override
	public void setFocus() {
		// Editors of one type share their action bars: the active one's undo context is the one to use.
		createGlobalActions();
		table.setFocus();
	}

	@Override
	public void dispose() {
		if (undoContext != null) {
			PlatformUI.getWorkbench().getOperationSupport().getOperationHistory().dispose(undoContext, true, true, true);
		}
		super.dispose();
	}
}
