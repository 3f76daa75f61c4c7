package org.claimbench.cli.report;

import java.io.PrintWriter;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
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
 * of the claimbench tool, a described rule per issue code, a result per diagnostic with its location.
 * Files are named relative to a base folder ({@code SRCROOT}: the working folder, or {@code --base}),
 * percent-encoded, so the log reads the same whichever folder the command ran in; the base and the
 * working folder are recorded as absolute URIs beside them.
 */
public class SarifReport implements DiagnosticReport {

	static final String SCHEMA = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";
	static final String BASE_ID = "SRCROOT";

	private final Path base;
	private final Path workingDirectory;

	/** @param base the folder result paths are relative to; @param workingDirectory where relative diagnostic paths point */
	public SarifReport(Path base, Path workingDirectory) {
		this.base = base.toAbsolutePath().normalize();
		this.workingDirectory = workingDirectory.toAbsolutePath().normalize();
	}

	public SarifReport() {
		this(Path.of("").toAbsolutePath(), Path.of("").toAbsolutePath());
	}

	@Override
	public void print(PrintWriter out, int files, List<Diagnostic> diagnostics) {
		JsonObject driver = new JsonObject();
		driver.addProperty("name", "claimbench");
		driver.addProperty("version", VersionProvider.bundleVersion());
		driver.addProperty("semanticVersion", VersionProvider.bundleVersion().replaceFirst("^(\\d+\\.\\d+\\.\\d+).*", "$1"));
		driver.addProperty("informationUri", Documentation.userGuide().toString());
		JsonArray rules = new JsonArray();
		Set<String> codes = new TreeSet<>();
		diagnostics.forEach(d -> codes.add(ruleId(d)));
		for (String code : codes) {
			rules.add(RuleDescriptions.rule(code));
		}
		driver.add("rules", rules);
		JsonObject tool = new JsonObject();
		tool.add("driver", driver);
		JsonArray results = new JsonArray();
		diagnostics.forEach(d -> results.add(result(d)));
		JsonObject run = new JsonObject();
		run.add("tool", tool);
		JsonObject root = new JsonObject();
		root.addProperty("uri", folderUri(base));
		JsonObject baseIds = new JsonObject();
		baseIds.add(BASE_ID, root);
		run.add("originalUriBaseIds", baseIds);
		JsonObject invocation = new JsonObject();
		invocation.addProperty("executionSuccessful", true);
		JsonObject working = new JsonObject();
		working.addProperty("uri", folderUri(workingDirectory));
		invocation.add("workingDirectory", working);
		JsonArray invocations = new JsonArray();
		invocations.add(invocation);
		run.add("invocations", invocations);
		run.add("results", results);
		JsonArray runs = new JsonArray();
		runs.add(run);
		JsonObject log = new JsonObject();
		log.addProperty("$schema", SCHEMA);
		log.addProperty("version", "2.1.0");
		log.add("runs", runs);
		out.println(new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(log));
	}

	private JsonObject result(Diagnostic d) {
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
		Path file = workingDirectory.resolve(d.file()).normalize();
		JsonObject artifact = new JsonObject();
		if (file.startsWith(base)) {
			artifact.addProperty("uri", relativeUri(base.relativize(file)));
			artifact.addProperty("uriBaseId", BASE_ID);
		} else {
			artifact.addProperty("uri", file.toUri().toASCIIString());
		}
		JsonObject physical = new JsonObject();
		physical.add("artifactLocation", artifact);
		physical.add("region", region(d));
		JsonObject location = new JsonObject();
		location.add("physicalLocation", physical);
		JsonArray locations = new JsonArray();
		locations.add(location);
		result.add("locations", locations);
		JsonObject fingerprints = new JsonObject();
		fingerprints.addProperty("claimbenchIssue/v1", fingerprint(d, artifact.get("uri").getAsString()));
		result.add("partialFingerprints", fingerprints);
		if (d.hasSuggestedOffset()) {
			// SARIF has no field for it; a property bag is where a tool's own data goes (SARIF 2.1.0, 3.8).
			JsonObject properties = new JsonObject();
			properties.addProperty("suggestedOffset", d.suggestedOffset());
			result.add("properties", properties);
		}
		return result;
	}

	/**
	 * Where the problem is, always with start and end (code scanning requires all four). SARIF's end column
	 * is the one after the region, as Xtext's is; a problem marked at a point is an empty region there, and
	 * one about the whole file (missing, unreadable, not UTF-8) the empty region at its start.
	 */
	private static JsonObject region(Diagnostic d) {
		int line = Math.max(d.line(), 1);
		int column = d.line() > 0 ? Math.max(d.column(), 1) : 1;
		boolean hasEnd = d.line() > 0
				&& (d.endLine() > d.line() || d.endLine() == d.line() && d.endColumn() > d.column());
		JsonObject region = new JsonObject();
		region.addProperty("startLine", line);
		region.addProperty("startColumn", column);
		region.addProperty("endLine", hasEnd ? d.endLine() : line);
		region.addProperty("endColumn", hasEnd ? Math.max(d.endColumn(), 1) : column);
		return region;
	}

	/**
	 * The same for the same problem after unrelated edits: rule, file and message, with every number left
	 * out (messages name lines and offsets, which move when text is added above).
	 */
	private static String fingerprint(Diagnostic d, String file) {
		String stable = ruleId(d) + "|" + file + "|" + d.message().replaceAll("\\d+", "#");
		try {
			byte[] hash = MessageDigest.getInstance("SHA-256").digest(stable.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(hash, 0, 16);
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("every Java runtime has SHA-256", e);
		}
	}

	/** A relative path as a URI reference: '/'-separated, each character a URI may not hold percent-encoded. */
	static String relativeUri(Path relative) {
		String path = relative.toString().replace('\\', '/');
		try {
			return new java.net.URI(null, null, path, null).toASCIIString().replace("#", "%23");
		} catch (URISyntaxException e) {
			throw new IllegalArgumentException(path, e);
		}
	}

	private static String folderUri(Path folder) {
		String uri = folder.toUri().toASCIIString();
		return uri.endsWith("/") ? uri : uri + "/";
	}

	private static String ruleId(Diagnostic d) {
		return d.code() != null ? d.code() : "claimbench";
	}
}
