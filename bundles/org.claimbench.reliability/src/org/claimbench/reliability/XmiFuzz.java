package org.claimbench.reliability;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.claimbench.core.ClaimBenchLanguages;
import org.claimbench.core.Diagnostic;
import org.claimbench.core.LoadedModel;
import org.claimbench.core.ModelLoader;
import org.claimbench.core.export.XmiExporter;
import org.claimbench.core.export.XmiImporter;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.resource.XtextResource;

/**
 * The XMI importer on mutations of the sample exported as XMI, some with a DOCTYPE and entities
 * put in front. Properties: nothing escapes; a refused file gets at least one diagnostic naming the
 * file with a message; an accepted file gives DSL text that parses without syntax errors; a file
 * with a DOCTYPE is always refused.
 */
public final class XmiFuzz extends FuzzTarget {

	private static final List<String> HOSTILE = List.of(
			"<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>",
			"<!DOCTYPE x [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">"
					+ "<!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">]>",
			"<!DOCTYPE x SYSTEM \"http://localhost:9/dtd\">");

	private final String xmi;
	private final Path file;
	private final List<String> dictionary = new ArrayList<>();
	private final XmiImporter importer = new XmiImporter();

	/** @param work a folder for the mutated file */
	public XmiFuzz(Path sampleDocument, Path work) throws IOException {
		LoadedModel model = new ModelLoader().load(List.of(sampleDocument));
		xmi = new String(new XmiExporter().export(model.documents()), StandardCharsets.UTF_8);
		Files.createDirectories(work);
		file = work.resolve("fuzz.xmi");
		Mutations.tokens(xmi).stream().filter(t -> !t.isBlank()).distinct().forEach(dictionary::add);
		dictionary.addAll(List.of("&e;", "&c;", "<", ">", "/>", "</", "xmi:id=\"_1\"", "href=\"other.xmi#/\"",
				"xmlns:x=\"urn:x\"", "<![CDATA[", "]]>", "<?xml version=\"1.0\"?>"));
	}

	@Override
	public String name() {
		return "xmi";
	}

	@Override
	protected void fuzzOne(Mutations mutations, long iteration, Findings findings) {
		byte[] input = mutate(mutations);
		try {
			for (String problem : brokenProperties(input)) {
				findings.add(name(), iteration, problem, input);
			}
		} catch (IOException | RuntimeException | StackOverflowError e) {
			findings.add(name(), iteration, e, input);
		}
	}

	/**
	 * Imports the bytes as an XMI file and says which properties the import broke (none: an empty list);
	 * counts the outcome. The coverage-guided XMI target checks its inputs with this too.
	 */
	public List<String> brokenProperties(byte[] input) throws IOException {
		boolean hasDoctype = new String(input, StandardCharsets.ISO_8859_1).contains("<!DOCTYPE");
		List<String> broken = new ArrayList<>();
		Files.write(file, input);
		XmiImporter.Result result = importer.importDocument(file);
		if (result.ok()) {
			count("imported");
			if (hasDoctype) {
				broken.add("a file with a DOCTYPE was imported");
			}
			checkParses(result.text()).ifPresent(broken::add);
			return broken;
		}
		count(result.problems().stream().anyMatch(d -> d.line() > 0) ? "refused, with a line" : "refused, whole file");
		if (result.problems().isEmpty()) {
			broken.add("refused without a diagnostic");
		}
		for (Diagnostic problem : result.problems()) {
			if (problem.file() == null || problem.message() == null || problem.message().isBlank()) {
				broken.add("diagnostic without a file or message: " + problem);
			}
		}
		return broken;
	}

	/** The sample exported as XMI: what the mutations start from. */
	public byte[] sampleXmi() {
		return xmi.getBytes(StandardCharsets.UTF_8);
	}

	private byte[] mutate(Mutations mutations) {
		int kind = mutations.random().nextInt(20);
		if (kind == 0) {
			int declarationEnd = xmi.indexOf("?>") + 2;
			return (xmi.substring(0, declarationEnd) + "\n" + mutations.pick(HOSTILE) + xmi.substring(declarationEnd))
					.getBytes(StandardCharsets.UTF_8);
		}
		if (kind < 10) {
			return mutations.mutateTokens(xmi, dictionary).getBytes(StandardCharsets.UTF_8);
		}
		if (kind < 17) {
			return mutations.mutateCharacters(xmi).getBytes(StandardCharsets.UTF_8);
		}
		return mutations.mutateBytes(xmi);
	}

	/** The imported text must be DSL the parser accepts, or the user is handed a file they cannot open. */
	private Optional<String> checkParses(String text) throws IOException {
		Resource resource = ClaimBenchLanguages.newResourceSet()
				.createResource(URI.createFileURI(file.resolveSibling("imported.claims").toString()));
		resource.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
				Map.of(XtextResource.OPTION_ENCODING, StandardCharsets.UTF_8.name()));
		if (!resource.getErrors().isEmpty()) {
			return Optional.of("imported text does not parse: " + resource.getErrors().get(0).getMessage() + " at line "
					+ resource.getErrors().get(0).getLine());
		}
		return Optional.empty();
	}
}
