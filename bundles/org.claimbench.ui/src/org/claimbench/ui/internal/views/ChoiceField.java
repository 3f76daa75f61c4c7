package org.claimbench.ui.internal.views;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.claimbench.model.claims.AttributeDef;
import org.claimbench.model.claims.AttributeValue;
import org.claimbench.model.claims.Document;
import org.claimbench.model.claims.NamedElement;
import org.claimbench.model.claims.ReferenceValue;
import org.eclipse.swt.SWT;
import org.eclipse.swt.events.SelectionListener;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;

/** A single choice: a read-only combo of the enum's members or of the document's fitting actors or claims. */
final class ChoiceField extends AttributeField {

	private final Combo combo;
	private List<NamedElement> choices = List.of();

	ChoiceField(Composite parent, AttributeDef attribute, AttributeType type, Owner owner) {
		super(attribute, type, owner);
		combo = new Combo(parent, SWT.READ_ONLY);
		combo.addSelectionListener(SelectionListener.widgetSelectedAdapter(e -> chosen()));
	}

	private void chosen() {
		int index = combo.getSelectionIndex();
		// The first entry stands for no value: the attribute is removed and its default applies.
		owner.commit(attribute, index <= 0 ? List.of() : List.of(AttributeType.reference(choices.get(index - 1))));
	}

	@Override
	Control control() {
		return combo;
	}

	@Override
	void show(AttributeValue current, Document document) {
		choices = type.choices().apply(document);
		List<String> items = new ArrayList<>();
		items.add(defaultText() == null ? "" : "(default: " + defaultText() + ")");
		choices.forEach(choice -> items.add(choice.getName()));
		if (!Arrays.asList(combo.getItems()).equals(items)) {
			combo.setItems(items.toArray(String[]::new));
		}
		int selected = 0;
		if (!values(current).isEmpty() && values(current).get(0) instanceof ReferenceValue reference) {
			selected = choices.indexOf(reference.getTarget()) + 1;
		}
		combo.select(selected);
	}
}
