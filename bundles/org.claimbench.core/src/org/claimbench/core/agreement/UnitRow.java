package org.claimbench.core.agreement;

import java.util.List;

/** One aligned unit of a statement and whether its coders agree on it. */
public record UnitRow(String statement, String type, String label, Span span, Status status, List<String> coders) {

	public enum Status {
		AGREED("agreed"), DISPUTED("disputed"), ONE_CODER("one coder only");

		private final String text;

		Status(String text) {
			this.text = text;
		}

		@Override
		public String toString() {
			return text;
		}
	}
}
