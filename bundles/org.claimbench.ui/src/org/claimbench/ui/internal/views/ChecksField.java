package org.claimbench.ui.internal.views;

import java.util.ArrayList;
import java.util.List;

import org.claimbench.model.claims.AttributeDef;
import org.claimbench.model.claims.AttributeValue;
import org.claimbench.model.claims.Document;
import org.claimbench.model.claims.NamedElement;
import org.claimbench.model.claims.ReferenceValue;
import org.claimbench.model.claims.Value;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;

/** Several choices of a many-valued attribute: one check box per enum member or fitting actor or claim. */
final class ChecksField extends AttributeField {

	private final CheckBoxes<NamedElement> boxes;

	ChecksField(Composite parent, AttributeDef attribute, AttributeType type, Owner owner) {
		super(attribute, type, owner);
		boxes = new CheckBoxes<>(parent, this::toggled);
	}

	private void toggled() {
		owner.commit(attribute, boxes.checked().stream().map(AttributeType::reference).toList());
	}

	@Override
	Control control() {
		return boxes.control();
	}

	@Override
	void show(AttributeValue current, Document document) {
		List<NamedElement> chosen = new ArrayList<>();
		for (Value value : values(current)) {
			if (value instanceof ReferenceValue reference) {
				chosen.add(reference.getTarget());
			}
		}
		boxes.show(type.choices().apply(document), chosen);
	}
}
