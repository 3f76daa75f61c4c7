package org.claimbench.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.claimbench.core.ClaimBenchLanguages;
import org.claimbench.core.Diagnostic;
import org.claimbench.core.ModelLoader;
import org.claimbench.core.io.AtomicFiles;
import org.claimbench.core.io.Utf8Text;
import org.claimbench.dsl.formatting.CanonicalFormat;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.LazyStringInputStream;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "format", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
		description = { "Rewrites schema and annotation files in the canonical layout, the one Format gives in the editors.",
				"With --check nothing is written: the files not in that layout are listed (for CI)." },
		exitCodeListHeading = "%nExit codes:%n",
		exitCodeList = { "0:every file is in the canonical layout (now, or already with --check)",
				"1:with --check a file is not in the canonical layout; or a file has syntax errors (it is left as it is)",
				"2:usage or I/O problem" })
class FormatCommand implements Callable<Integer> {

	@Spec
	CommandSpec spec;

	@Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or folders (searched recursively).")
	List<Path> paths;

	@Option(names = "--check", description = "Write nothing; list the files not in the canonical layout and exit 1 if any.")
	boolean check;

	private final WorkingDirectory workingDirectory;

	FormatCommand(WorkingDirectory workingDirectory) {
		this.workingDirectory = workingDirectory;
	}

	@Override
	public Integer call() {
		PrintWriter out = spec.commandLine().getOut();
		PrintWriter err = spec.commandLine().getErr();
		List<Diagnostic> problems = new ArrayList<>();
		List<Path> files = new ModelLoader().collect(workingDirectory.resolve(paths), problems);
		workingDirectory.shownAll(problems).forEach(d -> err.println(d.format()));
		int unformatted = 0;
		int unparsable = 0;
		int unwritable = 0;
		for (Path file : files) {
			Path shown = workingDirectory.shown(file);
			try {
				String text = Utf8Text.read(file);
				XtextResource resource = parse(file, text);
				if (!resource.getErrors().isEmpty()) {
					unparsable++;
					for (Resource.Diagnostic error : resource.getErrors()) {
						err.println(shown + ":" + error.getLine() + ":" + error.getColumn() + ": error: " + error.getMessage());
					}
					err.println("claimbench: " + shown + ": not formatted, fix the syntax errors first");
					continue;
				}
				String formatted = CanonicalFormat.of(resource);
				if (formatted.equals(text)) {
					continue;
				}
				unformatted++;
				if (check) {
					out.println(shown + ": not in the canonical layout");
				} else {
					AtomicFiles.write(file, withByteOrderMarkOf(file, formatted));
					out.println(shown + ": formatted");
				}
			} catch (IOException e) {
				unwritable++;
				err.println(shown + ": error: " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
			}
		}
		out.println(files.size() + (files.size() == 1 ? " file" : " files") + (check ? " checked: " + unformatted
				+ " not in the canonical layout" : ": " + unformatted + " formatted")
				+ (unparsable > 0 ? ", " + unparsable + " with syntax errors" : ""));
		if (!problems.isEmpty() || unwritable > 0) {
			return ExitCodes.USAGE_OR_IO;
		}
		return unparsable > 0 || check && unformatted > 0 ? ExitCodes.MODEL_ERRORS : ExitCodes.OK;
	}

	/** Parsed alone: the layout needs no schema, so names that do not resolve do not matter here. */
	/**
	 * The text in the canonical layout, as {@code format} writes it; the text as it is when it does not parse (a
	 * writer of DSL text, such as the UIMA import, then leaves the syntax errors for validate to show).
	 */
	static String canonical(Path file, String text) {
		try {
			XtextResource resource = parse(file, text);
			return resource.getErrors().isEmpty() ? CanonicalFormat.of(resource) : text;
		} catch (IOException | RuntimeException e) {
			return text;
		}
	}

	private static XtextResource parse(Path file, String text) throws IOException {
		XtextResource resource = (XtextResource) ClaimBenchLanguages.newResourceSet()
				.createResource(URI.createFileURI(file.toAbsolutePath().toString()));
		resource.load(new LazyStringInputStream(text, StandardCharsets.UTF_8.name()),
				Map.of(XtextResource.OPTION_ENCODING, StandardCharsets.UTF_8.name()));
		return resource;
	}

	/** A byte order mark the file had is kept, since other tools may rely on it. */
	private static byte[] withByteOrderMarkOf(Path file, String text) {
		return (AnnotationFiles.startsWithByteOrderMark(file) ? "\uFEFF" + text : text).getBytes(StandardCharsets.UTF_8);
	}
}
