package org.claimbench.cli.report;

import java.io.PrintWriter;
import java.util.List;

import org.claimbench.core.Diagnostic;
import org.claimbench.core.Severity;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

/**
 * The diagnostics as a JSON object, for scripts, in the format {@value #FORMAT}, which the doc bundle's
 * {@code schema/claimbench-diagnostics-1.schema.json} specifies.
 */
public class JsonReport implements DiagnosticReport {

	/** Written as the top-level {@code format}. */
	public static final String FORMAT = "claimbench-diagnostics/1";

	@Override
	public void print(PrintWriter out, int files, List<Diagnostic> diagnostics) {
		JsonObject report = new JsonObject();
		report.addProperty("format", FORMAT);
		report.addProperty("files", files);
		report.addProperty("errors", DiagnosticReport.count(diagnostics, Severity.ERROR));
		report.addProperty("warnings", DiagnosticReport.count(diagnostics, Severity.WARNING));
		JsonArray items = new JsonArray();
		for (Diagnostic d : diagnostics) {
			JsonObject item = new JsonObject();
			item.addProperty("file", d.file().toString());
			if (d.line() > 0) {
				item.addProperty("line", d.line());
				item.addProperty("column", d.column());
				item.addProperty("endLine", d.endLine());
				item.addProperty("endColumn", d.endColumn());
			}
			item.addProperty("severity", d.severity().label());
			item.addProperty("code", d.code());
			item.addProperty("message", d.message());
			if (d.hasSuggestedOffset()) {
				item.addProperty("suggestedOffset", d.suggestedOffset());
			}
			items.add(item);
		}
		report.add("diagnostics", items);
		out.println(new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(report));
	}
}
