package org.claimbench.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.concurrent.Callable;

import org.claimbench.core.ClaimBenchLanguages;
import org.claimbench.core.export.UimaImporter;
import org.claimbench.core.export.XmiImporter;
import org.claimbench.core.io.AtomicFiles;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "import", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
		description = { "Turns a ClaimBench XMI file, or a UIMA CAS XMI from 'export --to uima' or INCEpTION, back into "
				+ "annotation DSL text.",
				"From ClaimBench's own XMI, the schemas and the documents it refers to (a register, earlier statements) must "
						+ "be inside it (as 'export --to xmi' writes them); they are written beside the document, except where a "
						+ "file of that name is there already. Its source text is not in the XMI: copy it beside the document.",
				"A UIMA CAS carries the source text (written beside the document when missing) but not the schemas or the "
						+ "register, which must be beside the document already." },
		exitCodeListHeading = "%nExit codes:%n",
		exitCodeList = { "0:imported", "2:usage or I/O problem, or XMI that is not a ClaimBench model" })
class ImportCommand implements Callable<Integer> {

	@Spec
	CommandSpec spec;

	@Parameters(index = "0", paramLabel = "FILE.xmi", description = "The XMI file to read.")
	Path xmi;

	@Option(names = { "-o", "--output" }, required = true, paramLabel = "FILE.claims",
			description = "The annotation file to write.")
	Path output;

	private final WorkingDirectory workingDirectory;

	ImportCommand(WorkingDirectory workingDirectory) {
		this.workingDirectory = workingDirectory;
	}

	@Override
	public Integer call() {
		PrintWriter err = spec.commandLine().getErr();
		if (!output.getFileName().toString().endsWith("." + ClaimBenchLanguages.DOCUMENT_EXTENSION)) {
			err.println("claimbench: " + output + ": the output must be an annotation file (."
					+ ClaimBenchLanguages.DOCUMENT_EXTENSION + ")");
			return ExitCodes.USAGE_OR_IO;
		}
		Path file = workingDirectory.resolve(output);
		if (!Files.isDirectory(file.toAbsolutePath().getParent())) {
			err.println(Folders.missing(output, file));
			return ExitCodes.USAGE_OR_IO;
		}
		Path input = workingDirectory.resolve(xmi);
		if (Files.isRegularFile(input) && UimaImporter.isCas(input)) {
			return importCas(input, file, err);
		}
		XmiImporter.Result result = new XmiImporter().importDocument(input);
		if (!result.ok()) {
			workingDirectory.shownAll(result.problems()).forEach(d -> err.println(d.format()));
			return ExitCodes.USAGE_OR_IO;
		}
		List<Path> written = new ArrayList<>();
		try {
			Map<String, String> beside = new LinkedHashMap<>(result.schemas());
			beside.putAll(result.related());
			for (Map.Entry<String, String> companion : beside.entrySet()) {
				Path shown = output.resolveSibling(companion.getKey());
				Path companionFile = workingDirectory.resolve(shown);
				byte[] text = companion.getValue().getBytes(StandardCharsets.UTF_8);
				if (!Files.exists(companionFile)) {
					AtomicFiles.write(companionFile, text);
					written.add(shown);
				} else if (!Arrays.equals(Files.readAllBytes(companionFile), text)) {
					// A schema or register the user keeps there is theirs; the copy in the XMI never replaces it.
					err.println("claimbench: kept " + shown + ", which differs from the "
							+ (shown.toString().endsWith("." + ClaimBenchLanguages.SCHEMA_EXTENSION) ? "schema" : "document")
							+ " of that name in " + xmi
							+ "; the imported document is validated against the one kept");
				}
			}
			AtomicFiles.write(file, result.text().getBytes(StandardCharsets.UTF_8));
		} catch (IOException e) {
			err.println("claimbench: cannot write " + output + ": " + e.getMessage());
			return ExitCodes.USAGE_OR_IO;
		}
		spec.commandLine().getOut().println("imported " + xmi + " to " + output + (written.isEmpty() ? ""
				: ", with " + (written.stream().allMatch(f -> f.toString().endsWith("." + ClaimBenchLanguages.SCHEMA_EXTENSION))
						? (written.size() == 1 ? "its schema " : "its schemas ") : "the files it uses ")
						+ written.stream().map(Path::toString).collect(Collectors.joining(", "))));
		Path source = result.source() == null ? null : file.resolveSibling(result.source());
		if (source != null && !Files.exists(source)) {
			err.println("claimbench: note: the source text " + result.source() + " is not beside " + output
					+ " (an XMI file does not carry it); copy it to " + output.resolveSibling(result.source())
					+ " before validating");
		}
		return ExitCodes.OK;
	}

	/**
	 * A UIMA CAS (from 'export --to uima', or back from INCEpTION) carries the source text but no schema: the
	 * text is written beside the document when it is not there, the schemas must be there already.
	 */
	private Integer importCas(Path input, Path file, PrintWriter err) {
		UimaImporter.Result result = new UimaImporter().importDocument(input);
		if (!result.ok()) {
			workingDirectory.shownAll(result.problems()).forEach(d -> err.println(d.format()));
			return ExitCodes.USAGE_OR_IO;
		}
		Path folder = file.toAbsolutePath().getParent();
		Path source = result.sourcePath() == null ? null : folder.resolve(result.sourcePath()).normalize();
		boolean writeSource = source != null && source.startsWith(folder) && !Files.exists(source);
		try {
			if (writeSource) {
				AtomicFiles.write(source, result.sourceText().getBytes(StandardCharsets.UTF_8));
			}
			// In the layout 'format' gives, as the XMI import writes it through the serializer.
			AtomicFiles.write(file, FormatCommand.canonical(file, result.text()).getBytes(StandardCharsets.UTF_8));
		} catch (IOException e) {
			err.println("claimbench: cannot write " + output + ": " + e.getMessage());
			return ExitCodes.USAGE_OR_IO;
		}
		spec.commandLine().getOut().println("imported " + xmi + " to " + output
				+ (writeSource ? ", with its source text " + output.resolveSibling(result.sourcePath()) : ""));
		return ExitCodes.OK;
	}
}
