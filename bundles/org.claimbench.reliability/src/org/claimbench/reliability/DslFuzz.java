package org.claimbench.reliability;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.claimbench.core.ClaimBenchLanguages;
import org.claimbench.core.Diagnostic;
import org.claimbench.core.ModelValidator;
import org.claimbench.core.io.Utf8Text;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;

/**
 * The DSL parser, linker and validators on mutations of the sample's schemas and annotation file,
 * loaded and validated the way the command line does it. Property: nothing escapes, and every
 * diagnostic has a line (>= 1) and a message.
 */
public final class DslFuzz extends FuzzTarget {

	private final Path folder;
	private final Map<String, String> files = new LinkedHashMap<>();
	private final List<String> dictionary = new ArrayList<>();
	private final ModelValidator validator = new ModelValidator();

	/** @param folder the sample's folder: its .cbschema and .claims files are mutated, its source text is read */
	public DslFuzz(Path folder, List<String> fileNames) throws IOException {
		this.folder = folder;
		for (String name : fileNames) {
			String text = Utf8Text.read(folder.resolve(name));
			files.put(name, text);
			Mutations.tokens(text).stream().filter(t -> !t.isBlank()).distinct().forEach(dictionary::add);
		}
	}

	@Override
	public String name() {
		return "dsl";
	}

	@Override
	protected void fuzzOne(Mutations mutations, long iteration, Findings findings) {
		List<String> names = new ArrayList<>(files.keySet());
		String mutated = names.get(mutations.random().nextInt(10) < 7 ? names.size() - 1 : mutations.random().nextInt(names.size()));
		String input = mutate(mutations, files.get(mutated));
		if (input == null) {
			count("refused: not UTF-8");
			return;
		}
		XtextResourceSet resourceSet = ClaimBenchLanguages.newResourceSet();
		List<Resource> resources = new ArrayList<>();
		try {
			for (String name : names) {
				String text = name.equals(mutated) ? input : files.get(name);
				Resource resource = resourceSet.createResource(URI.createFileURI(folder.resolve(name).toString()));
				resource.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
						Map.of(XtextResource.OPTION_ENCODING, StandardCharsets.UTF_8.name()));
				resources.add(resource);
			}
			EcoreUtil.resolveAll(resourceSet);
			int problems = 0;
			// The unchanged schemas were validated on the first input already; the document always is, since it links to them.
			for (Resource resource : List.of(resources.get(names.indexOf(mutated)), resources.get(resources.size() - 1))
					.stream().distinct().toList()) {
				for (Diagnostic diagnostic : validator.validate(resource)) {
					problems++;
					DiagnosticProperty.broken(diagnostic)
							.ifPresent(problem -> findings.add(name(), iteration, problem + " in " + mutated, input));
				}
			}
			count(problems == 0 ? "valid" : "with diagnostics");
		} catch (IOException | RuntimeException | StackOverflowError e) {
			findings.add(name(), iteration, e, input.getBytes(StandardCharsets.UTF_8));
		}
	}

	/** A token, character or byte mutation, or a random run of tokens; null when the bytes are no longer UTF-8. */
	private String mutate(Mutations mutations, String text) {
		int kind = mutations.random().nextInt(20);
		if (kind < 9) {
			return mutations.mutateTokens(text, dictionary);
		}
		if (kind < 16) {
			return mutations.mutateCharacters(text);
		}
		if (kind < 18) {
			try {
				return Utf8Text.decode(mutations.mutateBytes(text));
			} catch (Utf8Text.NotUtf8Exception e) {
				return null;
			}
		}
		StringBuilder soup = new StringBuilder();
		int length = 1 + mutations.random().nextInt(60);
		for (int i = 0; i < length; i++) {
			soup.append(mutations.pick(dictionary)).append(mutations.random().nextBoolean() ? " " : "\n");
		}
		return soup.toString();
	}
}
