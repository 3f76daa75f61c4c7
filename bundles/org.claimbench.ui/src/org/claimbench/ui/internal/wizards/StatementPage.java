package org.claimbench.ui.internal.wizards;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;

import org.claimbench.core.io.Utf8Text;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IWorkspace;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.events.SelectionListener;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

/** The one page of the New Statement wizard: project, text, header and schema, checked as the user types. */
public final class StatementPage extends WizardPage {

	private final IWorkspace workspace;
	private final IProject initialProject;
	private List<SchemaChoice> schemaChoices = List.of();

	private Combo project;
	private Button importFile;
	private Text filePath;
	private Button browse;
	private Button paste;
	private Text pastedText;
	private Text documentId;
	private Label fileNames;
	private Text title;
	private Text date;
	private Text place;
	private Combo schema;

	StatementPage(IWorkspace workspace, IProject initialProject) {
		super("statement");
		this.workspace = workspace;
		this.initialProject = initialProject;
		setTitle("New Statement");
		setDescription("Import the text of an official statement and start annotating it.");
	}

	@Override
	public void createControl(Composite parent) {
		Composite page = new Composite(parent, SWT.NONE);
		GridLayoutFactory.swtDefaults().applyTo(page);

		Group where = group(page, "Project", 2);
		new Label(where, SWT.NONE).setText("&Project:");
		project = new Combo(where, SWT.DROP_DOWN);
		for (IProject p : workspace.getRoot().getProjects()) {
			if (p.isOpen()) {
				project.add(p.getName());
			}
		}
		project.setToolTipText("Pick a project or type the name of a new one");
		if (initialProject != null) {
			project.setText(initialProject.getName());
		}
		GridDataFactory.fillDefaults().grab(true, false).applyTo(project);

		Group text = group(page, "Statement text", 3);
		importFile = new Button(text, SWT.RADIO);
		importFile.setText("&Import a text file (UTF-8):");
		importFile.setSelection(true);
		filePath = new Text(text, SWT.BORDER);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(filePath);
		browse = new Button(text, SWT.PUSH);
		browse.setText("B&rowse...");
		browse.addSelectionListener(SelectionListener.widgetSelectedAdapter(e -> browseForFile()));
		paste = new Button(text, SWT.RADIO);
		paste.setText("P&aste the text:");
		GridDataFactory.fillDefaults().span(3, 1).applyTo(paste);
		pastedText = new Text(text, SWT.BORDER | SWT.MULTI | SWT.WRAP | SWT.V_SCROLL);
		GridDataFactory.fillDefaults().grab(true, true).span(3, 1).hint(500, 90).applyTo(pastedText);
		pastedText.addModifyListener(e -> {
			if (!pastedText.getText().isEmpty()) {
				choose(paste, importFile);
			}
		});
		filePath.addModifyListener(e -> {
			if (!filePath.getText().isEmpty()) {
				choose(importFile, paste);
			}
		});

		Group header = group(page, "Statement", 2);
		documentId = field(header, "&Document id:");
		documentId.setMessage("e.g. us_japan_edd_2024");
		new Label(header, SWT.NONE);
		fileNames = new Label(header, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(fileNames);
		title = field(header, "&Title:");
		date = field(header, "Da&te:");
		date.setMessage("YYYY-MM-DD (optional)");
		place = field(header, "P&lace:");

		Group bound = group(page, "Schema", 2);
		new Label(bound, SWT.NONE).setText("&Schema:");
		schema = new Combo(bound, SWT.READ_ONLY);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(schema);

		project.addModifyListener(e -> {
			refreshSchemas();
			validate();
		});
		for (Text field : List.of(filePath, pastedText, documentId, title, date, place)) {
			field.addModifyListener(e -> validate());
		}
		for (Button choice : List.of(importFile, paste)) {
			choice.addSelectionListener(SelectionListener.widgetSelectedAdapter(e -> validate()));
		}
		schema.addSelectionListener(SelectionListener.widgetSelectedAdapter(e -> validate()));
		refreshSchemas();
		setControl(page);
		validate();
		setErrorMessage(null);
	}

	private static Group group(Composite parent, String label, int columns) {
		Group group = new Group(parent, SWT.NONE);
		group.setText(label);
		GridLayoutFactory.swtDefaults().numColumns(columns).applyTo(group);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(group);
		return group;
	}

	private static Text field(Composite parent, String label) {
		new Label(parent, SWT.NONE).setText(label);
		Text text = new Text(parent, SWT.BORDER);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(text);
		return text;
	}

	private void browseForFile() {
		FileDialog dialog = new FileDialog(getShell(), SWT.OPEN);
		dialog.setFilterExtensions(new String[] { "*.txt", "*" });
		String chosen = dialog.open();
		if (chosen != null) {
			filePath.setText(chosen);
			if (documentId.getText().isEmpty()) {
				documentId.setText(idFromFileName(Paths.get(chosen).getFileName().toString()));
			}
		}
	}

	/** Typing into one way of giving the text chooses it. GTK needs the old radio cleared first. */
	private static void choose(Button chosen, Button other) {
		if (!chosen.getSelection()) {
			other.setSelection(false);
			chosen.setSelection(true);
		}
	}

	/** {@code us-japan-edd-2024.txt} suggests the id {@code us_japan_edd_2024}. */
	static String idFromFileName(String fileName) {
		String stem = fileName.contains(".") ? fileName.substring(0, fileName.lastIndexOf('.')) : fileName;
		String id = stem.replaceAll("[^A-Za-z0-9_]+", "_");
		return !id.isEmpty() && Character.isDigit(id.charAt(0)) ? "_" + id : id;
	}

	private void refreshSchemas() {
		String previous = schema.getSelectionIndex() < 0 ? null : schemaChoices.get(schema.getSelectionIndex()).name();
		String name = project.getText().strip();
		IProject chosen = name.isEmpty() || !workspace.validateName(name, IResource.PROJECT).isOK()
				? null
				: workspace.getRoot().getProject(name);
		schemaChoices = ProjectSchemas.choices(chosen);
		schema.removeAll();
		schemaChoices.forEach(c -> schema.add(c.label()));
		for (int i = 0; i < schemaChoices.size(); i++) {
			if (schemaChoices.get(i).name().equals(previous) || schemaChoices.size() == 1) {
				schema.select(i);
			}
		}
	}

	private void validate() {
		String base = documentId.getText().strip().replace('_', '-');
		fileNames.setText(base.isEmpty() ? "" : "Writes " + base + ".txt and " + base + ".claims");
		String problem = sourceProblem();
		if (problem == null) {
			problem = request().problem(workspace);
		}
		setErrorMessage(problem);
		setPageComplete(problem == null);
	}

	/** Why the chosen file cannot be the statement's text, or null. */
	private String sourceProblem() {
		if (!importFile.getSelection()) {
			return null;
		}
		String path = filePath.getText().strip();
		if (path.isEmpty()) {
			return "Choose the text file to import, or paste the text.";
		}
		try {
			Utf8Text.decode(Files.readAllBytes(Path.of(path)));
			return null;
		} catch (Utf8Text.NotUtf8Exception e) {
			return path + " is " + e.getMessage() + ".";
		} catch (NoSuchFileException e) {
			return "There is no file " + path + ".";
		} catch (IOException | RuntimeException e) {
			return "Cannot read " + path + ": " + e.getMessage();
		}
	}

	/** The request as the page's fields stand. */
	public StatementRequest request() {
		return new StatementRequest(project.getText().strip(), sourceBytes(), documentId.getText().strip(),
				title.getText(), date.getText().strip(), place.getText(),
				schema.getSelectionIndex() < 0 ? null : schemaChoices.get(schema.getSelectionIndex()));
	}

	private byte[] sourceBytes() {
		if (paste.getSelection()) {
			return pastedText.getText().getBytes(StandardCharsets.UTF_8);
		}
		try {
			return Files.readAllBytes(Path.of(filePath.getText().strip()));
		} catch (IOException | RuntimeException e) {
			return null;
		}
	}

	public Combo projectField() {
		return project;
	}

	public Text filePathField() {
		return filePath;
	}

	public Button importChoice() {
		return importFile;
	}

	public Button pasteChoice() {
		return paste;
	}

	public Text pastedTextField() {
		return pastedText;
	}

	public Text documentIdField() {
		return documentId;
	}

	public Text titleField() {
		return title;
	}

	public Text dateField() {
		return date;
	}

	public Text placeField() {
		return place;
	}

	public Combo schemaField() {
		return schema;
	}
}
