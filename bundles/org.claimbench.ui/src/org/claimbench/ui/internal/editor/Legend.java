package org.claimbench.ui.internal.editor;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.layout.RowLayout;
import org.eclipse.swt.widgets.ColorDialog;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;

/** The row above the source text that maps colours to claim kinds, and shows how actor mentions look. */
final class Legend {

	static final String CHANGE_COLOUR = "Change Colour";
	static final String RESET_COLOUR = "Reset Colour";

	private final Composite row;

	Legend(Composite parent) {
		row = new Composite(parent, SWT.NONE);
		RowLayout layout = new RowLayout(SWT.HORIZONTAL);
		layout.wrap = true;
		layout.center = true;
		layout.spacing = 6;
		row.setLayout(layout);
	}

	Control control() {
		return row;
	}

	/** Lets the user give a kind another colour, or its generated one back; kept in the preferences. */
	private static Menu colourMenu(Label entry, String kind, KindColors colours) {
		Menu menu = new Menu(entry);
		MenuItem change = new MenuItem(menu, SWT.PUSH);
		change.setText(CHANGE_COLOUR + " of " + kind + "...");
		change.addListener(SWT.Selection, e -> {
			ColorDialog dialog = new ColorDialog(entry.getShell());
			dialog.setText("Colour of " + kind);
			dialog.setRGB(colours.rgb(kind));
			RGB chosen = dialog.open();
			if (chosen != null) {
				KindColorPreferences.choose(kind, chosen);
			}
		});
		MenuItem reset = new MenuItem(menu, SWT.PUSH);
		reset.setText(RESET_COLOUR + " of " + kind);
		reset.setEnabled(KindColorPreferences.chosen(kind) != null);
		reset.addListener(SWT.Selection, e -> KindColorPreferences.choose(kind, null));
		return menu;
	}

	void show(KindColors colours) {
		for (Control child : row.getChildren()) {
			child.dispose();
		}
		Label title = new Label(row, SWT.NONE);
		title.setText("Claim kinds:");
		for (int i = 0; i < colours.kinds().size(); i++) {
			String kind = colours.kinds().get(i);
			String key = KindKeys.keyFor(i);
			Label entry = new Label(row, SWT.NONE);
			// The number is the key's: Ctrl+Alt+1 makes a claim of the first kind shown.
			entry.setText(key == null ? " " + kind + " " : " " + (i + 1) + " " + kind + " ");
			entry.setData(AnnotationEditor.LEGEND_KIND, kind);
			entry.setBackground(colours.colour(kind));
			entry.setToolTipText("Claims of kind " + kind + " are highlighted in this colour (right-click to change it)"
					+ (key == null ? "" : "; " + key + " makes one of the selected words"));
			entry.setMenu(colourMenu(entry, kind, colours));
		}
		StyledText mention = new StyledText(row, SWT.READ_ONLY | SWT.SINGLE);
		mention.setText("actor mention");
		StyleRange style = new StyleRange(0, mention.getCharCount(), KindColors.MENTION, null, SWT.BOLD);
		style.underline = true;
		style.underlineColor = KindColors.MENTION;
		mention.setStyleRange(style);
		mention.setBackground(row.getBackground());
		StyledText overlap = new StyledText(row, SWT.READ_ONLY | SWT.SINGLE);
		overlap.setText("overlapping claims");
		StyleRange box = new StyleRange(0, overlap.getCharCount(), null, null);
		box.borderStyle = SWT.BORDER_DOT;
		box.borderColor = KindColors.OVERLAP;
		overlap.setStyleRange(box);
		overlap.setBackground(row.getBackground());
		row.getParent().layout(true, true);
	}
}
