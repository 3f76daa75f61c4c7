package org.claimbench.cli.report;

import java.io.PrintWriter;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.claimbench.cli.VersionProvider;
import org.claimbench.core.Diagnostic;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

/**
 * SARIF 2.1.0, the format CI systems (code scanning, merge request widgets) show inline: one run
 * of the claimbench tool, a rule per issue code, a result per diagnostic with its location.
 */
public class SarifReport implements DiagnosticReport {

	static final String SCHEMA = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";

	@Override
	public void print(PrintWriter out, int files, List<Diagnostic> diagnostics) {
		JsonObject driver = new JsonObject();
		driver.addProperty("name", "claimbench");
		driver.addProperty("version", VersionProvider.bundleVersion());
		JsonArray rules = new JsonArray();
		Set<String> codes = new TreeSet<>();
		diagnostics.forEach(d -> codes.add(ruleId(d)));
		for (String code : codes) {
			JsonObject rule = new JsonObject();
			rule.addProperty("id", code);
			rules.add(rule);
		}
		driver.add("rules", rules);
		JsonObject tool = new JsonObject();
		tool.add("driver", driver);
		JsonArray results = new JsonArray();
		diagnostics.forEach(d -> results.add(result(d)));
		JsonObject run = new JsonObject();
		run.add("tool", tool);
		run.add("results", results);
		JsonArray runs = new JsonArray();
		runs.add(run);
		JsonObject log = new JsonObject();
		log.addProperty("$schema", SCHEMA);
		log.addProperty("version", "2.1.0");
		log.add("runs", runs);
		out.println(new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(log));
	}

	private static JsonObject result(Diagnostic d) {
		JsonObject result = new JsonObject();
		result.addProperty("ruleId", ruleId(d));
		result.addProperty("level", switch (d.severity()) {
			case ERROR -> "error";
			case WARNING -> "warning";
			case INFO -> "note";
		});
		JsonObject message = new JsonObject();
		message.addProperty("text", d.message());
		result.add("message", message);
		JsonObject artifact = new JsonObject();
		artifact.addProperty("uri", d.file().isAbsolute() ? d.file().toUri().toString() : d.file().toString().replace('\\', '/'));
		JsonObject physical = new JsonObject();
		physical.add("artifactLocation", artifact);
		if (d.line() > 0) {
			JsonObject region = new JsonObject();
			region.addProperty("startLine", d.line());
			region.addProperty("startColumn", Math.max(d.column(), 1));
			physical.add("region", region);
		}
		JsonObject location = new JsonObject();
		location.add("physicalLocation", physical);
		JsonArray locations = new JsonArray();
		locations.add(location);
		result.add("locations", locations);
		return result;
	}

	private static String ruleId(Diagnostic d) {
		return d.code() != null ? d.code() : "claimbench";
	}
}
