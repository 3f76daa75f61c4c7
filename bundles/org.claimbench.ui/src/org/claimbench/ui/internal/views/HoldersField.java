package org.claimbench.ui.internal.views;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.claimbench.model.claims.Actor;
import org.claimbench.model.claims.Claim;
import org.claimbench.model.claims.Document;
import org.claimbench.workspace.internal.model.VisibleActors;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

/** Who holds a claim: one check box per actor and group of the document. */
final class HoldersField {

	private final Composite row;
	private final CheckBoxes<Actor> boxes;
	private final Consumer<List<Actor>> commit;
	private List<Actor> held = List.of();

	HoldersField(Composite parent, Consumer<List<Actor>> commit) {
		this.commit = commit;
		row = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(2).spacing(12, 6).applyTo(row);
		Label label = new Label(row, SWT.NONE);
		label.setText("held by");
		label.setToolTipText("The actors who hold the claim: who assesses, intends or commits");
		GridDataFactory.swtDefaults().align(SWT.BEGINNING, SWT.BEGINNING).applyTo(label);
		boxes = new CheckBoxes<>(row, this::toggled);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(boxes.control());
	}

	/** Keeps the holders' written order: the ones still checked stay where they were, new ones come after. */
	private void toggled() {
		List<Actor> checked = boxes.checked();
		List<Actor> next = new ArrayList<>(held.stream().filter(checked::contains).toList());
		checked.stream().filter(actor -> !next.contains(actor)).forEach(next::add);
		commit.accept(next);
	}

	Composite control() {
		return row;
	}

	Composite boxes() {
		return boxes.control();
	}

	void show(Claim claim, Document document) {
		held = List.copyOf(claim.getHolders());
		boxes.show(VisibleActors.of(document), held);
	}
}
