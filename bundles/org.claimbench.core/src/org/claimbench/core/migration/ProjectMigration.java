package org.claimbench.core.migration;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.claimbench.core.Diagnostic;
import org.claimbench.core.LoadedModel;
import org.claimbench.core.ModelValidator;
import org.claimbench.core.io.Utf8Text;
import org.claimbench.dsl.schema.SchemaQueries;
import org.claimbench.model.claims.Document;
import org.claimbench.model.claims.Schema;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.resource.XtextResource;

/**
 * What migrating the documents of a loaded model would do, before anything is written: each document's
 * {@link DocumentMigration}, the files that do not parse and the errors of the schemas whose changes would be
 * applied. The command line and the workbench show the same plan and write only when {@link #canWrite()}.
 */
public record ProjectMigration(Map<Path, DocumentMigration.Result> results, List<Path> unparsed, List<Diagnostic> schemaErrors) {

	/** The plan for every document the model was asked to load. */
	public static ProjectMigration of(LoadedModel model) {
		Map<Path, DocumentMigration.Result> results = new LinkedHashMap<>();
		List<Path> unparsed = new ArrayList<>();
		Set<Schema> schemas = new LinkedHashSet<>();
		for (int i = 0; i < model.requested().size(); i++) {
			Resource resource = model.requested().get(i);
			Path file = model.files().get(i);
			// Names that no longer link are what a migration is for; only syntax errors stop it.
			if (resource instanceof XtextResource xtext && xtext.getParseResult() != null && xtext.getParseResult().hasSyntaxErrors()
					|| resource.getContents().isEmpty()) {
				unparsed.add(file);
				continue;
			}
			if (resource.getContents().get(0) instanceof Document document) {
				Schema schema = SchemaQueries.schemaOf(document);
				if (schema != null) {
					schemas.add(schema);
				}
				results.put(file, DocumentMigration.of(document));
			}
		}
		List<Diagnostic> schemaErrors = new ArrayList<>();
		for (Schema schema : schemas) {
			new ModelValidator().validate(schema.eResource()).stream().filter(Diagnostic::isError).forEach(schemaErrors::add);
		}
		return new ProjectMigration(results, unparsed, schemaErrors);
	}

	public int losses() {
		return results.values().stream().mapToInt(result -> result.losses().size()).sum();
	}

	public List<Path> changed() {
		return results.entrySet().stream().filter(e -> e.getValue().changes()).map(Map.Entry::getKey).toList();
	}

	/** Nothing stands in the way: every file parses, the schemas are valid and no annotation would be lost. */
	public boolean canWrite() {
		return unparsed.isEmpty() && schemaErrors.isEmpty() && losses() == 0;
	}

	/** The migrated bytes of a changed file, read again now; a byte order mark the file had is kept. */
	public byte[] migratedBytes(Path file) throws IOException {
		byte[] bytes = Files.readAllBytes(file);
		boolean byteOrderMark = bytes.length >= 3 && (bytes[0] & 0xff) == 0xef && (bytes[1] & 0xff) == 0xbb && (bytes[2] & 0xff) == 0xbf;
		String migrated = results.get(file).migrated(Utf8Text.decode(bytes));
		return ((byteOrderMark ? "\uFEFF" : "") + migrated).getBytes(StandardCharsets.UTF_8);
	}
}
