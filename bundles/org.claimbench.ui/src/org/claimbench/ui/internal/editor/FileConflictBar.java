package org.claimbench.ui.internal.editor;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;

/**
 * The bar above the source text when the file changed on disk while the editor holds unsaved annotations. It does
 * not block: the user goes on annotating and chooses when ready, to keep these annotations or take the file's
 * version (the other version is kept beside the file either way), after comparing the two if wanted.
 */
public final class FileConflictBar {

	public static final String KEEP_MINE = "&Keep My Annotations";
	public static final String TAKE_FILE = "&Take the File's Version";
	public static final String COMPARE = "C&ompare";

	private final Composite bar;
	private final Label message;

	FileConflictBar(Composite parent, Runnable keepMine, Runnable takeFile, Runnable compare) {
		bar = new Composite(parent, SWT.NONE);
		// A pale yellow whatever the theme: the theme's tooltip colours are dark on some desktops.
		bar.setBackground(new Color(255, 243, 205));
		GridLayoutFactory.fillDefaults().numColumns(5).margins(6, 4).applyTo(bar);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(bar);
		Label icon = new Label(bar, SWT.NONE);
		icon.setImage(PlatformUI.getWorkbench().getSharedImages().getImage(ISharedImages.IMG_OBJS_WARN_TSK));
		icon.setBackground(bar.getBackground());
		message = new Label(bar, SWT.WRAP);
		message.setBackground(bar.getBackground());
		message.setForeground(new Color(60, 45, 0));
		GridDataFactory.fillDefaults().grab(true, false).align(SWT.FILL, SWT.CENTER).hint(200, SWT.DEFAULT).applyTo(message);
		button(KEEP_MINE, keepMine);
		button(TAKE_FILE, takeFile);
		button(COMPARE, compare);
		show(null);
	}

	private void button(String label, Runnable action) {
		Button button = new Button(bar, SWT.PUSH);
		button.setText(label);
		button.addListener(SWT.Selection, e -> action.run());
	}

	/** Shows the bar with the message, or hides it (null). */
	void show(String text) {
		boolean visible = text != null;
		message.setText(visible ? text : "");
		((GridData) bar.getLayoutData()).exclude = !visible;
		bar.setVisible(visible);
		bar.getParent().layout(true, true);
	}

	boolean isShown() {
		return bar.getVisible();
	}

	String message() {
		return message.getText();
	}
}
