package org.claimbench.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.FileLocator;
import org.eclipse.core.runtime.Platform;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The modeler's reference shows a schema for a genre the sample does not cover; the files of that example are read
 * out of dsl.md itself and validated, so the page cannot drift from what the languages accept.
 */
class DslWorkedExampleTest {

	@TempDir
	Path folder;

	/** Each fenced block that follows a line naming a file in backquotes and a colon ("`g7.cbschema`:"). */
	private static Map<String, String> exampleFiles(String markdown) {
		Map<String, String> files = new LinkedHashMap<>();
		List<String> lines = markdown.lines().toList();
		for (int i = 0; i + 2 < lines.size(); i++) {
			String line = lines.get(i);
			if (line.matches("`g7[\\w.-]+`:") && lines.get(i + 2).equals("```")) {
				StringBuilder content = new StringBuilder();
				for (int j = i + 3; !lines.get(j).equals("```"); j++) {
					content.append(lines.get(j)).append('\n');
				}
				files.put(line.substring(1, line.length() - 2), content.toString());
			}
		}
		return files;
	}

	private static String bundleFile(String bundle, String path) throws IOException {
		try (InputStream in = FileLocator.openStream(Platform.getBundle(bundle), new org.eclipse.core.runtime.Path(path), false)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	@Test
	void theG7ExampleOfTheReferenceValidatesWithoutAnError() throws IOException {
		Map<String, String> files = exampleFiles(bundleFile("org.claimbench.doc", "dsl.md"));
		assertEquals(List.of("g7.cbschema", "g7-ukraine.txt", "g7-ukraine.claims"), List.copyOf(files.keySet()));
		for (Map.Entry<String, String> file : files.entrySet()) {
			Files.writeString(folder.resolve(file.getKey()), file.getValue());
		}
		Files.copy(BundledSample.folder().resolve("codebook.cbschema"), folder.resolve("codebook.cbschema"));
		ClaimBenchRun run = ClaimBenchRun.of("validate", folder);
		assertEquals(0, run.exitCode(), run.toString());
		assertTrue(run.out().contains("3 files checked: 0 errors, 0 warnings"), run.toString());
		// The page shows them in the layout the formatter and the annotation editor write.
		ClaimBenchRun format = ClaimBenchRun.of("format", "--check", folder.resolve("g7.cbschema"), folder.resolve("g7-ukraine.claims"));
		assertEquals(0, format.exitCode(), format.toString());
		// A category the schema declares reaches the export: the claim's kind says it declares one.
		Path json = folder.resolve("g7.json");
		ClaimBenchRun export = ClaimBenchRun.of("export", folder.resolve("g7-ukraine.claims"), "--to", "json", "-o", json);
		assertEquals(0, export.exitCode(), export.toString());
		String exported = Files.readString(json);
		JsonFormats.assertValidExport(exported);
		assertTrue(exported.contains("\"declaresCategory\": true"), exported);
	}
}
