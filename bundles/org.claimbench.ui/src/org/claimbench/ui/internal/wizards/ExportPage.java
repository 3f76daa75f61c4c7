package org.claimbench.ui.internal.wizards;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.claimbench.core.ClaimBenchLanguages;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IWorkspaceRoot;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CheckboxTableViewer;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.events.SelectionListener;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

/** The page of the export wizard: which documents, which format, which file, and whether errors may pass. */
public final class ExportPage extends WizardPage {

	private final IWorkspaceRoot root;
	private final List<IFile> preselected;
	private final Map<ExportFormat, Button> formats = new EnumMap<>(ExportFormat.class);
	private CheckboxTableViewer documents;
	private Text output;
	private Button force;

	ExportPage(IWorkspaceRoot root, List<IFile> preselected) {
		super("export");
		this.root = root;
		this.preselected = preselected;
		setTitle("Export ClaimBench Annotations");
		setDescription("Export validated annotation documents as XMI, JSON or W3C Web Annotations.");
	}

	@Override
	public void createControl(Composite parent) {
		Composite page = new Composite(parent, SWT.NONE);
		GridLayoutFactory.swtDefaults().applyTo(page);

		new Label(page, SWT.NONE).setText("&Annotation documents:");
		documents = CheckboxTableViewer.newCheckList(page, SWT.BORDER | SWT.V_SCROLL);
		documents.setContentProvider(ArrayContentProvider.getInstance());
		documents.setLabelProvider(LabelProvider.createTextProvider(e -> ((IFile) e).getFullPath().makeRelative().toString()));
		documents.setInput(allDocuments());
		documents.setCheckedElements(preselected.toArray());
		documents.addCheckStateListener(e -> validate());
		GridDataFactory.fillDefaults().grab(true, true).hint(480, 140).applyTo(documents.getControl());

		Group format = new Group(page, SWT.NONE);
		format.setText("Format");
		GridLayoutFactory.swtDefaults().applyTo(format);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(format);
		for (ExportFormat each : ExportFormat.values()) {
			Button button = new Button(format, SWT.RADIO);
			button.setText(each.label());
			button.setSelection(each == ExportFormat.XMI);
			button.addSelectionListener(SelectionListener.widgetSelectedAdapter(e -> validate()));
			formats.put(each, button);
		}

		Composite file = new Composite(page, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(3).applyTo(file);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(file);
		new Label(file, SWT.NONE).setText("&To file:");
		output = new Text(file, SWT.BORDER);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(output);
		output.addModifyListener(e -> validate());
		Button browse = new Button(file, SWT.PUSH);
		browse.setText("B&rowse...");
		browse.addSelectionListener(SelectionListener.widgetSelectedAdapter(e -> browse()));

		force = new Button(page, SWT.CHECK);
		force.setText("&Export even when documents have errors");
		setControl(page);
		validate();
		setErrorMessage(null);
	}

	private List<IFile> allDocuments() {
		List<IFile> files = new ArrayList<>();
		try {
			root.accept(resource -> {
				if (resource instanceof IFile f && ClaimBenchLanguages.DOCUMENT_EXTENSION.equals(f.getFileExtension())) {
					files.add(f);
				}
				return resource.getType() == IResource.ROOT || resource.isAccessible();
			});
		} catch (CoreException e) {
			setErrorMessage("Cannot list the workspace's annotation documents: " + e.getMessage());
		}
		return files;
	}

	private void browse() {
		FileDialog dialog = new FileDialog(getShell(), SWT.SAVE);
		dialog.setOverwrite(true);
		dialog.setFilterExtensions(new String[] { "*." + format().extension(), "*" });
		String chosen = dialog.open();
		if (chosen != null) {
			output.setText(chosen);
		}
	}

	private void validate() {
		String problem = null;
		Path target = outputPath();
		if (chosenDocuments().isEmpty()) {
			problem = "Tick the annotation documents to export.";
		} else if (target == null) {
			problem = "Choose the file to write.";
		} else if (Files.isDirectory(target)) {
			problem = target + " is a folder; choose the file to write.";
		} else if (target.toAbsolutePath().getParent() == null || !Files.isDirectory(target.toAbsolutePath().getParent())) {
			problem = "The folder of " + target + " does not exist.";
		}
		setErrorMessage(problem);
		setPageComplete(problem == null);
	}

	public List<IFile> chosenDocuments() {
		return List.of(documents.getCheckedElements()).stream().map(IFile.class::cast).toList();
	}

	public ExportFormat format() {
		return formats.entrySet().stream().filter(e -> e.getValue().getSelection()).map(Map.Entry::getKey).findFirst()
				.orElse(ExportFormat.XMI);
	}

	/** The file to write, or null when none is named. */
	public Path outputPath() {
		String text = output.getText().strip();
		try {
			return text.isEmpty() ? null : Path.of(text);
		} catch (RuntimeException e) {
			return null;
		}
	}

	public boolean exportAnyway() {
		return force.getSelection();
	}

	public CheckboxTableViewer documentsField() {
		return documents;
	}

	public Text outputField() {
		return output;
	}

	public Button formatChoice(ExportFormat format) {
		return formats.get(format);
	}

	public Button exportAnywayField() {
		return force;
	}
}
