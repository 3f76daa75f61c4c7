package org.claimbench.ui.internal.views;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.claimbench.model.claims.NamedElement;
import org.eclipse.swt.SWT;
import org.eclipse.swt.events.SelectionListener;
import org.eclipse.swt.layout.RowLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;

/** One check box per named choice, wrapping in rows; the boxes are made anew only when the choices change. */
final class CheckBoxes<T extends NamedElement> {

	private final Composite boxes;
	private final Runnable toggled;
	private List<T> choices = List.of();

	CheckBoxes(Composite parent, Runnable toggled) {
		this.toggled = toggled;
		boxes = new Composite(parent, SWT.NONE);
		RowLayout layout = new RowLayout(SWT.HORIZONTAL);
		layout.wrap = true;
		layout.marginLeft = layout.marginTop = layout.marginBottom = 0;
		boxes.setLayout(layout);
	}

	Composite control() {
		return boxes;
	}

	void show(List<T> next, Collection<?> chosen) {
		if (!names(next).equals(names(choices)) || boxes.getChildren().length != next.size()) {
			for (Control child : boxes.getChildren()) {
				child.dispose();
			}
			for (T choice : next) {
				Button box = new Button(boxes, SWT.CHECK);
				box.setText(choice.getName());
				box.addSelectionListener(SelectionListener.widgetSelectedAdapter(e -> toggled.run()));
			}
		}
		choices = next;
		Control[] buttons = boxes.getChildren();
		for (int i = 0; i < buttons.length; i++) {
			((Button) buttons[i]).setSelection(chosen.contains(choices.get(i)));
		}
	}

	/** The checked choices, in the order of the boxes. */
	List<T> checked() {
		List<T> checked = new ArrayList<>();
		Control[] buttons = boxes.getChildren();
		for (int i = 0; i < buttons.length; i++) {
			if (((Button) buttons[i]).getSelection()) {
				checked.add(choices.get(i));
			}
		}
		return checked;
	}

	private static List<String> names(List<? extends NamedElement> elements) {
		return elements.stream().map(NamedElement::getName).toList();
	}
}
