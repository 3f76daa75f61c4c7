package org.claimbench.ui.internal.editor;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.layout.RowLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;

/** The row above the source text that maps colours to claim kinds, and shows how actor mentions look. */
final class Legend {

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

	void show(KindColors colours) {
		for (Control child : row.getChildren()) {
			child.dispose();
		}
		Label title = new Label(row, SWT.NONE);
		title.setText("Claim kinds:");
		for (String kind : colours.kinds()) {
			Label entry = new Label(row, SWT.NONE);
			entry.setText(" " + kind + " ");
			entry.setBackground(colours.colour(kind));
			entry.setToolTipText("Claims of kind " + kind + " are highlighted in this colour");
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
