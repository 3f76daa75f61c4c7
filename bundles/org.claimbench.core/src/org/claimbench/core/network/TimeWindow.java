package org.claimbench.core.network;

import org.claimbench.model.claims.Document;

/**
 * The statements whose date lies between since and until (both inclusive, YYYY-MM-DD, either
 * open). Dates of that form compare as text. An actor register has no date and always belongs: it
 * declares actors, not statements. A statement without a date lies outside any closed window.
 */
public record TimeWindow(String since, String until) {

	public static final TimeWindow ALWAYS = new TimeWindow(null, null);

	public boolean contains(Document document) {
		if (document.isRegister() || (since == null && until == null)) {
			return true;
		}
		String date = document.getDate();
		return date != null && (since == null || date.compareTo(since) >= 0) && (until == null || date.compareTo(until) <= 0);
	}
}
