package org.claimbench.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.claimbench.core.ClaimBenchLanguages;
import org.claimbench.core.Diagnostic;
import org.claimbench.core.LoadedModel;
import org.claimbench.core.ModelLoader;
import org.claimbench.dsl.source.SourceLoad;
import org.claimbench.dsl.source.SourceText;
import org.claimbench.dsl.source.SourceTexts;
import org.claimbench.model.claims.ClaimsPackage;
import org.claimbench.model.claims.Document;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.util.LineAndColumn;

/**
 * The annotation files a command that rewrites anchors works on (files and folders, searched as
 * {@code validate} searches them), each loaded with its source text, or the reason it cannot be.
 */
final class AnnotationFiles {

	/** A document that parsed, with its source text. */
	record Loaded(Document document, SourceText source) {
	}

	/** The files named, as the user sees them, and whether anything named could not be used. */
	record Collected(List<Path> files, boolean problems) {
	}

	private AnnotationFiles() {
	}

	static Collected collect(List<Path> paths, WorkingDirectory workingDirectory, PrintWriter err, String command) {
		List<Path> files = new ArrayList<>();
		boolean problems = false;
		for (Path path : paths) {
			Path resolved = workingDirectory.resolve(path);
			if (Files.isDirectory(resolved)) {
				List<Diagnostic> found = new ArrayList<>();
				new ModelLoader().collect(List.of(resolved), found).stream()
						.filter(f -> f.getFileName().toString().endsWith("." + ClaimBenchLanguages.DOCUMENT_EXTENSION))
						.map(workingDirectory::shown).forEach(files::add);
				workingDirectory.shownAll(found).forEach(d -> err.println(d.format()));
				problems |= !found.isEmpty();
			} else if (!path.getFileName().toString().endsWith("." + ClaimBenchLanguages.DOCUMENT_EXTENSION)) {
				err.println("claimbench: " + path + ": " + command + " needs an annotation file (."
						+ ClaimBenchLanguages.DOCUMENT_EXTENSION + ") or a folder of them");
				problems = true;
			} else {
				files.add(path);
			}
		}
		if (files.isEmpty() && !problems) {
			err.println("claimbench: no annotation files (." + ClaimBenchLanguages.DOCUMENT_EXTENSION + ") in " + paths);
			problems = true;
		}
		return new Collected(files, problems);
	}

	/** The file's document and source text, or null after saying on {@code err} why not ({@code what} was not done). */
	static Loaded load(Path file, WorkingDirectory workingDirectory, PrintWriter err, String what) {
		LoadedModel model = new ModelLoader().load(List.of(workingDirectory.resolve(file)));
		if (model.hasLoadProblems()) {
			workingDirectory.shownAll(model.loadProblems()).forEach(d -> err.println(d.format()));
			return null;
		}
		Resource resource = model.requested().get(0);
		if (!resource.getErrors().isEmpty()) {
			for (Resource.Diagnostic error : resource.getErrors()) {
				err.println(file + ":" + error.getLine() + ":" + error.getColumn() + ": error: " + error.getMessage());
			}
			err.println("claimbench: " + file + ": fix the syntax errors first; nothing was " + what);
			return null;
		}
		Document document = model.documents().isEmpty() ? null : model.documents().get(0);
		if (document == null) {
			err.println("claimbench: " + file + ": holds no annotation document");
			return null;
		}
		SourceLoad source = SourceTexts.load(document);
		if (!source.isLoaded()) {
			// Where the document names its source, as validate places the same error.
			List<INode> named = NodeModelUtils.findNodesForFeature(document, ClaimsPackage.Literals.DOCUMENT__SOURCE);
			String at = "";
			if (!named.isEmpty()) {
				LineAndColumn place = NodeModelUtils.getLineAndColumn(named.get(0), named.get(0).getOffset());
				at = ":" + place.getLine() + ":" + place.getColumn();
			}
			err.println(file + at + ": error: " + source.message());
			return null;
		}
		return new Loaded(document, source.text());
	}

	/** A byte order mark the user's file had is kept, since other tools may rely on it. */
	static boolean startsWithByteOrderMark(Path file) {
		try (var in = Files.newInputStream(file)) {
			byte[] head = in.readNBytes(3);
			return head.length == 3 && (head[0] & 0xff) == 0xef && (head[1] & 0xff) == 0xbb && (head[2] & 0xff) == 0xbf;
		} catch (IOException e) {
			return false;
		}
	}
}
