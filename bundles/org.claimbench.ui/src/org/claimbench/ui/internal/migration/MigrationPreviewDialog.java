package org.claimbench.ui.internal.migration;

import java.nio.file.Path;
import java.util.Map;

import org.claimbench.core.Diagnostic;
import org.claimbench.core.migration.DocumentMigration;
import org.claimbench.core.migration.DocumentMigration.Edit;
import org.claimbench.core.migration.DocumentMigration.Loss;
import org.claimbench.core.migration.ProjectMigration;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;

/**
 * What a migration will change, before anything is written: each document with its version step and every changed
 * word, and whatever stops it (an annotation that would be lost, a schema with errors, a file that does not parse),
 * marked as an error; then Migrate is not offered.
 */
final class MigrationPreviewDialog extends TitleAreaDialog {

	static final String TITLE = "Migrate Documents";

	private final String projectName;
	private final Path root;
	private final ProjectMigration plan;

	MigrationPreviewDialog(Shell parent, String projectName, Path root, ProjectMigration plan) {
		super(parent);
		this.projectName = projectName;
		this.root = root;
		this.plan = plan;
		setShellStyle(getShellStyle() | SWT.RESIZE);
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(TITLE);
		shell.setSize(820, 520);
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		setTitle("Migrate the documents of " + projectName + " to their schema's version");
		int names = plan.results().values().stream().mapToInt(r -> r.changes() ? r.edits().size() - 1 : 0).sum();
		if (!plan.canWrite()) {
			setMessage(blocker() + " Nothing will be written.", IMessageProvider.ERROR);
		} else if (plan.changed().isEmpty()) {
			setMessage("Every document is at its schema's version already: nothing to do.", IMessageProvider.INFORMATION);
		} else {
			setMessage(plan.changed().size() + " of " + plan.results().size() + " documents change, " + names
					+ (names == 1 ? " name" : " names") + " in all; only these words and the header's version are rewritten."
					+ " Edit > Undo in the Project Explorer takes it back.");
		}
		Tree tree = new Tree(area, SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(tree);
		Image error = PlatformUI.getWorkbench().getSharedImages().getImage(ISharedImages.IMG_OBJS_ERROR_TSK);
		for (Diagnostic problem : plan.schemaErrors()) {
			item(tree, shown(problem.file()) + ":" + problem.line() + ": " + problem.message(), error);
		}
		for (Path file : plan.unparsed()) {
			item(tree, shown(file) + ": does not parse; fix its syntax first", error);
		}
		for (Map.Entry<Path, DocumentMigration.Result> entry : plan.results().entrySet()) {
			DocumentMigration.Result result = entry.getValue();
			if (!result.changes() && result.losses().isEmpty()) {
				continue;
			}
			String file = shown(entry.getKey());
			TreeItem document = new TreeItem(tree, SWT.NONE);
			int renamed = result.edits().size() - 1;
			document.setText(file + "   version " + result.from() + " → " + result.to()
					+ (renamed > 0 ? ", " + renamed + (renamed == 1 ? " name" : " names") : ""));
			for (Loss loss : result.losses()) {
				TreeItem item = new TreeItem(document, SWT.NONE);
				item.setText("line " + loss.line() + ": " + loss.message());
				item.setImage(error);
				document.setImage(error);
			}
			for (Edit edit : result.edits()) {
				new TreeItem(document, SWT.NONE).setText("line " + edit.line() + ": " + edit.description());
			}
			document.setExpanded(true);
		}
		return area;
	}

	private static void item(Tree tree, String text, Image image) {
		TreeItem item = new TreeItem(tree, SWT.NONE);
		item.setText(text);
		item.setImage(image);
	}

	private String blocker() {
		if (!plan.schemaErrors().isEmpty()) {
			return "The schema has errors: its changes must fit it.";
		}
		if (!plan.unparsed().isEmpty()) {
			return plan.unparsed().size() + (plan.unparsed().size() == 1 ? " document does" : " documents do") + " not parse.";
		}
		int losses = plan.losses();
		return losses + (losses == 1 ? " annotation" : " annotations") + " cannot be migrated without losing what "
				+ (losses == 1 ? "it says" : "they say") + " (marked below): change " + (losses == 1 ? "it" : "them")
				+ " by hand, or the schema's changes.";
	}

	private String shown(Path file) {
		return file.startsWith(root) ? root.relativize(file).toString() : file.toString();
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, IDialogConstants.OK_ID, "&Migrate", true).setEnabled(plan.canWrite() && !plan.changed().isEmpty());
		createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
	}
}
