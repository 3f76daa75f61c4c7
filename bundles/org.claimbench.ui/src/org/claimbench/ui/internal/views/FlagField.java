package org.claimbench.ui.internal.views;

import java.util.List;

import org.claimbench.model.claims.AttributeDef;
import org.claimbench.model.claims.AttributeValue;
import org.claimbench.model.claims.BooleanValue;
import org.claimbench.model.claims.Document;
import org.eclipse.swt.SWT;
import org.eclipse.swt.events.SelectionListener;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;

/** A boolean attribute: a check box showing the value, or the schema's default while there is none. */
final class FlagField extends AttributeField {

	private final Button box;

	FlagField(Composite parent, AttributeDef attribute, AttributeType type, Owner owner) {
		super(attribute, type, owner);
		box = new Button(parent, SWT.CHECK);
		box.addSelectionListener(SelectionListener.widgetSelectedAdapter(
				e -> owner.commit(attribute, List.of(AttributeType.bool(box.getSelection())))));
	}

	@Override
	Control control() {
		return box;
	}

	@Override
	void show(AttributeValue current, Document document) {
		boolean set = !values(current).isEmpty() && values(current).get(0) instanceof BooleanValue;
		box.setSelection(set ? ((BooleanValue) values(current).get(0)).isValue() : "true".equals(defaultText()));
		box.setText(set || defaultText() == null ? "" : "(default)");
	}
}
