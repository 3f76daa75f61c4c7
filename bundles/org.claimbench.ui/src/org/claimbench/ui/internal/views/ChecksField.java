package org.claimbench.ui.internal.views;

import java.util.ArrayList;
import java.util.List;

import org.claimbench.model.claims.AttributeDef;
import org.claimbench.model.claims.AttributeValue;
import org.claimbench.model.claims.Document;
import org.claimbench.model.claims.NamedElement;
import org.claimbench.model.claims.ReferenceValue;
import org.claimbench.model.claims.Value;
import org.eclipse.swt.SWT;
import org.eclipse.swt.events.SelectionListener;
import org.eclipse.swt.layout.RowLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;

/** Several choices of a many-valued attribute: one check box per enum member or fitting actor or claim. */
final class ChecksField extends AttributeField {

	private final Composite boxes;
	private List<NamedElement> choices = List.of();

	ChecksField(Composite parent, AttributeDef attribute, AttributeType type, Owner owner) {
		super(attribute, type, owner);
		boxes = new Composite(parent, SWT.NONE);
		RowLayout layout = new RowLayout(SWT.HORIZONTAL);
		layout.wrap = true;
		layout.marginLeft = layout.marginTop = layout.marginBottom = 0;
		boxes.setLayout(layout);
	}

	private void toggled() {
		List<Value> values = new ArrayList<>();
		Control[] buttons = boxes.getChildren();
		for (int i = 0; i < buttons.length; i++) {
			if (((Button) buttons[i]).getSelection()) {
				values.add(AttributeType.reference(choices.get(i)));
			}
		}
		owner.commit(attribute, values);
	}

	@Override
	Control control() {
		return boxes;
	}

	@Override
	void show(AttributeValue current, Document document) {
		List<NamedElement> next = type.choices().apply(document);
		if (!names(next).equals(names(choices)) || boxes.getChildren().length != next.size()) {
			for (Control child : boxes.getChildren()) {
				child.dispose();
			}
			for (NamedElement choice : next) {
				Button box = new Button(boxes, SWT.CHECK);
				box.setText(choice.getName());
				box.addSelectionListener(SelectionListener.widgetSelectedAdapter(e -> toggled()));
			}
		}
		choices = next;
		List<NamedElement> chosen = new ArrayList<>();
		for (Value value : values(current)) {
			if (value instanceof ReferenceValue reference) {
				chosen.add(reference.getTarget());
			}
		}
		Control[] buttons = boxes.getChildren();
		for (int i = 0; i < buttons.length; i++) {
			((Button) buttons[i]).setSelection(chosen.contains(choices.get(i)));
		}
	}

	private static List<String> names(List<NamedElement> elements) {
		return elements.stream().map(NamedElement::getName).toList();
	}
}
