package org.claimbench.ui.internal.views;

import java.util.List;

import org.claimbench.model.claims.AttributeDef;
import org.claimbench.model.claims.AttributeValue;
import org.claimbench.model.claims.Document;
import org.claimbench.model.claims.Value;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;

/** The widget of one attribute in the Claim Details view, fitted to the attribute's schema type. */
abstract class AttributeField {

	/** Where a field sends what the specialist entered. */
	interface Owner {
		void commit(AttributeDef attribute, List<Value> values);

		/** Reports why the entered text was not taken, or clears the report with null. */
		void problem(String message);
	}

	final AttributeDef attribute;
	final AttributeType type;
	final Owner owner;

	AttributeField(AttributeDef attribute, AttributeType type, Owner owner) {
		this.attribute = attribute;
		this.type = type;
		this.owner = owner;
	}

	/** The field for the attribute: choices, a check box or a text field. */
	static AttributeField create(Composite parent, AttributeDef attribute, AttributeType type, Owner owner) {
		if (type.isChoice()) {
			return attribute.isMany() ? new ChecksField(parent, attribute, type, owner)
					: new ChoiceField(parent, attribute, type, owner);
		}
		if (type.isBoolean()) {
			return new FlagField(parent, attribute, type, owner);
		}
		return new TextField(parent, attribute, type, owner);
	}

	abstract Control control();

	/** Shows the element's current value of the attribute (null when it has none) in the current document. */
	abstract void show(AttributeValue current, Document document);

	static List<Value> values(AttributeValue current) {
		return current == null ? List.of() : current.getValues();
	}

	/** The schema's default as text, or null. */
	String defaultText() {
		return attribute.getDefaultValue() == null ? null : AttributeType.text(attribute.getDefaultValue());
	}
}
