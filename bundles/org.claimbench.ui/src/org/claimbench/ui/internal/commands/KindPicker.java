package org.claimbench.ui.internal.commands;

import java.util.ArrayList;
import java.util.List;

import org.claimbench.model.claims.ClaimKind;
import org.claimbench.ui.internal.editor.ElementText;
import org.claimbench.ui.internal.editor.KindKeys;
import org.claimbench.ui.internal.editor.KindColors;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.dialogs.ElementListSelectionDialog;

/**
 * A filterable list of the schema's claim kinds, each with its colour and description: typing narrows it,
 * Enter takes the selected match. JFace's element list gives the filtering and keyboard handling.
 */
final class KindPicker extends ElementListSelectionDialog {

	private final KindLabels labels;

	KindPicker(Shell shell, String quote, List<ClaimKind> kinds, KindColors colours) {
		this(shell, quote, kinds, new KindLabels(colours, kinds));
	}

	private KindPicker(Shell shell, String quote, List<ClaimKind> kinds, KindLabels labels) {
		super(shell, labels);
		this.labels = labels;
		setTitle("Quick Claim");
		setMessage("Kind of \u201C" + (quote.length() > 60 ? quote.substring(0, 57) + "..." : quote)
				+ "\u201D (type to filter, Enter to make the claim):");
		setElements(kinds.toArray());
		setMultipleSelection(false);
		setMatchEmptyString(true);
		setIgnoreCase(true);
		setEmptyListMessage("The document's schema declares no concrete claim kinds.");
	}

	ClaimKind kind() {
		Object[] result = getResult();
		return result == null || result.length == 0 ? null : (ClaimKind) result[0];
	}

	@Override
	public boolean close() {
		boolean closed = super.close();
		labels.dispose();
		return closed;
	}

	/** "Kind (its key) — description", with a swatch of the kind's colour in the editor. */
	private static final class KindLabels extends LabelProvider {

		private final KindColors colours;
		private final List<ClaimKind> kinds;
		private final List<Image> swatches = new ArrayList<>();

		KindLabels(KindColors colours, List<ClaimKind> kinds) {
			this.colours = colours;
			this.kinds = kinds;
		}

		@Override
		public String getText(Object element) {
			ClaimKind kind = (ClaimKind) element;
			String description = kind.getDescription();
			// The key follows the name, so typing the name's first letters still filters the list.
			String key = KindKeys.keyFor(kinds.indexOf(kind));
			return ElementText.kindName(kind) + (key == null ? "" : "  (" + key + ")")
					+ (description == null || description.isBlank() ? "" : " \u2014 " + description);
		}

		@Override
		public Image getImage(Object element) {
			RGB rgb = colours == null ? null : colours.rgb(((ClaimKind) element).getName());
			if (rgb == null) {
				return null;
			}
			Image image = new Image(Display.getCurrent(), 14, 14);
			GC gc = new GC(image);
			gc.setBackground(new Color(rgb));
			gc.fillRectangle(0, 0, 14, 14);
			gc.dispose();
			swatches.add(image);
			return image;
		}

		@Override
		public void dispose() {
			swatches.forEach(Image::dispose);
			swatches.clear();
			super.dispose();
		}
	}
}
