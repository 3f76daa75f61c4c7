package org.claimbench.ui.internal.views;

import java.util.ArrayList;
import java.util.List;

import org.claimbench.model.claims.AttributeDef;
import org.claimbench.model.claims.AttributeValue;
import org.claimbench.model.claims.Document;
import org.claimbench.model.claims.Value;
import org.eclipse.swt.SWT;
import org.eclipse.swt.events.FocusListener;
import org.eclipse.swt.events.SelectionListener;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Text;

/**
 * Typed-in values (text, number, date): taken on Enter or when the field loses focus, and only when every
 * value fits the type. A many-valued attribute takes one value per line; an empty field removes the attribute.
 */
final class TextField extends AttributeField {

	private final Text text;
	private String shown = "";

	TextField(Composite parent, AttributeDef attribute, AttributeType type, Owner owner) {
		super(attribute, type, owner);
		text = new Text(parent, attribute.isMany() ? SWT.MULTI | SWT.BORDER | SWT.V_SCROLL : SWT.SINGLE | SWT.BORDER);
		if (defaultText() != null) {
			text.setMessage("default: " + defaultText());
		}
		text.addSelectionListener(SelectionListener.widgetDefaultSelectedAdapter(e -> take()));
		text.addFocusListener(FocusListener.focusLostAdapter(e -> take()));
	}

	/** Sends the typed values to the model unless one of them does not fit the type. */
	void take() {
		if (text.isDisposed() || text.getText().equals(shown)) {
			return;
		}
		List<Value> values = new ArrayList<>();
		for (String line : attribute.isMany() ? text.getText().split("\\R") : new String[] { text.getText() }) {
			String value = line.strip();
			if (value.isEmpty()) {
				continue;
			}
			String problem = type.problem(value);
			if (problem != null) {
				owner.problem(attribute.getName() + ": " + problem);
				return;
			}
			values.add(type.parse(value));
		}
		owner.problem(null);
		shown = text.getText();
		owner.commit(attribute, values);
	}

	@Override
	Control control() {
		return text;
	}

	@Override
	void show(AttributeValue current, Document document) {
		List<String> lines = new ArrayList<>();
		for (Value value : values(current)) {
			String line = AttributeType.text(value);
			lines.add(line == null ? "" : line);
		}
		shown = String.join(text.getLineDelimiter(), lines);
		if (!text.getText().equals(shown)) {
			text.setText(shown);
		}
	}
}
