package org.claimbench.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.claimbench.core.ClaimBenchLanguages;
import org.claimbench.core.agreement.Statement;
import org.claimbench.model.claims.Document;

/** The files diff and merge compare: each one coder's annotation document, all over one source text. */
final class Versions {

	private Versions() {
	}

	/** The files as one statement, coders in the order typed, or null after saying why not. */
	static Statement of(List<Path> files, WorkingDirectory workingDirectory, Progress progress, PrintWriter err, String command) {
		for (Path file : files) {
			if (!file.getFileName().toString().endsWith("." + ClaimBenchLanguages.DOCUMENT_EXTENSION)) {
				err.println("claimbench: " + file + ": " + command + " compares annotation files (."
						+ ClaimBenchLanguages.DOCUMENT_EXTENSION + ")");
				return null;
			}
		}
		List<Document> loaded = CoderDocuments.load(files, workingDirectory, progress, err, command);
		if (loaded == null) {
			return null;
		}
		List<Document> documents = new ArrayList<>();
		for (Path file : files) {
			Path resolved = workingDirectory.resolve(file).toAbsolutePath().normalize();
			Document document = loaded.stream().filter(d -> d.eResource().getURI().isFile()
					&& Path.of(d.eResource().getURI().toFileString()).toAbsolutePath().normalize().equals(resolved))
					.findFirst().orElse(null);
			if (document == null || document.isRegister()) {
				err.println("claimbench: " + file + ": holds no annotation document");
				return null;
			}
			documents.add(document);
		}
		Statement statement = Statement.ordered(documents);
		if (statement == null) {
			err.println("claimbench: " + command + ": the files code different source texts ("
					+ String.join(", ", documents.stream().map(d -> "'" + d.getSource() + "'").distinct().toList()) + ")");
		}
		return statement;
	}
}
