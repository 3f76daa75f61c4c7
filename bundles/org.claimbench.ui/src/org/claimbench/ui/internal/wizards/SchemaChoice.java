package org.claimbench.ui.internal.wizards;

/**
 * A schema a new statement can be bound to: one of the project's own, or one of the sample's, which is
 * copied into the project (with the schemas it imports) when the statement is created.
 */
public record SchemaChoice(String name, boolean fromSample) {

	public String label() {
		return fromSample ? name + " (copied from the sample into the project)" : name;
	}
}
