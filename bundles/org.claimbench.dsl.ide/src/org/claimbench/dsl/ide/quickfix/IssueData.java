package org.claimbench.dsl.ide.quickfix;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.lsp4j.Diagnostic;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonPrimitive;

/**
 * The issue data a diagnostic carries. The server sets it as the issue's string array; when a client sends
 * the diagnostic back with a code-action request it arrives as JSON.
 */
final class IssueData {

	private IssueData() {
	}

	static List<String> all(Diagnostic diagnostic) {
		Object data = diagnostic.getData();
		List<String> values = new ArrayList<>();
		if (data instanceof String[] strings) {
			values.addAll(List.of(strings));
		} else if (data instanceof JsonArray array) {
			array.forEach(e -> values.add(e.isJsonPrimitive() ? e.getAsString() : null));
		} else if (data != null && !(data instanceof JsonElement)) {
			values.add(data.toString());
		}
		return values;
	}

	static String first(Diagnostic diagnostic) {
		Object data = diagnostic.getData();
		if (data instanceof String[] strings) {
			return strings.length == 0 ? null : strings[0];
		}
		if (data instanceof JsonArray array) {
			return array.isEmpty() || !array.get(0).isJsonPrimitive() ? null : array.get(0).getAsString();
		}
		if (data instanceof JsonPrimitive primitive) {
			return primitive.getAsString();
		}
		if (data instanceof JsonElement || data == null) {
			return null;
		}
		return data.toString();
	}
}
