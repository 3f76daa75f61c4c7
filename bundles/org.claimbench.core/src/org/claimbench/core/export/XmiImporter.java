package org.claimbench.core.export;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.claimbench.core.ClaimBenchLanguages;
import org.claimbench.core.Diagnostic;
import org.claimbench.core.ProblemCodes;
import org.claimbench.core.Severity;
import org.claimbench.model.claims.ClaimsPackage;
import org.claimbench.model.claims.Document;
import org.claimbench.model.claims.Schema;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.XMIException;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;
import org.eclipse.xtext.resource.SaveOptions;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;

/**
 * Turns a ClaimBench XMI file back into annotation DSL text. The schemas inside the XMI are put
 * into the Xtext resource set as schema resources, so the serializer writes every reference to
 * them by name.
 */
public class XmiImporter {

	/**
	 * The DSL text of the document, the DSL text of each schema it carries by file name
	 * ({@code codebook.cbschema}), of each other document it refers to (an actor register, an earlier
	 * statement) by file name ({@code us_japan_2023.claims}), the document's source path as it names it,
	 * or the problems that prevented them.
	 */
	public record Result(String text, Map<String, String> schemas, Map<String, String> related, String source,
			List<Diagnostic> problems) {

		Result(String text, List<Diagnostic> problems) {
			this(text, Map.of(), Map.of(), null, problems);
		}

		public boolean ok() {
			return text != null;
		}
	}

	/** Schema names become file names, so only names the schema language accepts are written. */
	private static final Pattern SCHEMA_NAME = Pattern.compile("\\^?[A-Za-z_][A-Za-z0-9_]*");

	public Result importDocument(Path xmi) {
		List<Diagnostic> problems = new ArrayList<>();
		if (!Files.isRegularFile(xmi)) {
			problems.add(Diagnostic.ofFile(xmi, ProblemCodes.MISSING_FILE, "no such file"));
			return new Result(null, problems);
		}
		if (!xmi.getFileName().toString().endsWith(".xmi")) {
			problems.add(Diagnostic.ofFile(xmi, ProblemCodes.UNKNOWN_EXTENSION, "unknown file type; expected .xmi"));
			return new Result(null, problems);
		}
		Resource resource = load(xmi, problems);
		if (resource == null) {
			return new Result(null, problems);
		}
		List<Document> documents = new ArrayList<>();
		List<Schema> schemas = new ArrayList<>();
		for (EObject root : resource.getContents()) {
			if (root instanceof Document document) {
				documents.add(document);
			} else if (root instanceof Schema schema) {
				schemas.add(schema);
			} else {
				problems.add(Diagnostic.ofFile(xmi, ProblemCodes.FOREIGN_XMI,
						"not a ClaimBench model: it holds a " + root.eClass().getName() + " of "
								+ root.eClass().getEPackage().getNsURI()));
				return new Result(null, problems);
			}
		}
		// A document exported alone carries the documents it refers to (its register, earlier statements):
		// the one that no other refers to is the one imported, the others come along as schemas do.
		List<Document> imported = unreferenced(documents);
		if (imported.size() != 1) {
			problems.add(Diagnostic.ofFile(xmi, ProblemCodes.FOREIGN_XMI, "expected one annotation document (with the"
					+ " documents it refers to), found " + imported.size() + " that none of the others refers to"));
			return new Result(null, problems);
		}
		Map<EObject, Collection<EStructuralFeature.Setting>> dangling = EcoreUtil.UnresolvedProxyCrossReferencer
				.find(resource);
		if (!dangling.isEmpty()) {
			EObject proxy = dangling.keySet().iterator().next();
			problems.add(Diagnostic.ofFile(xmi, ProblemCodes.MALFORMED_XMI, "not self-contained: it refers to "
					+ EcoreUtil.getURI(proxy) + " outside the file"));
			return new Result(null, problems);
		}
		List<Document> related = new ArrayList<>(documents);
		related.remove(imported.get(0));
		return serialize(xmi, imported.get(0), related, schemas, problems);
	}

	private static List<Document> unreferenced(List<Document> documents) {
		Set<EObject> referenced = new HashSet<>();
		for (Document document : documents) {
			document.eAllContents().forEachRemaining(element -> element.eCrossReferences().stream()
					.map(EcoreUtil::getRootContainer).filter(root -> root != document).forEach(referenced::add));
		}
		return documents.stream().filter(document -> !referenced.contains(document)).toList();
	}

	private Resource load(Path xmi, List<Diagnostic> problems) {
		ResourceSet resourceSet = new ResourceSetImpl();
		resourceSet.getPackageRegistry().put(ClaimsPackage.eNS_URI, ClaimsPackage.eINSTANCE);
		resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put("*", new XMIResourceFactoryImpl());
		Resource resource = resourceSet.createResource(URI.createFileURI(xmi.toAbsolutePath().toString()));
		Map<Object, Object> options = new HashMap<>();
		// No DOCTYPE at all: an XMI file never needs one, and refusing it rules out entity tricks (XXE).
		options.put(XMLResource.OPTION_PARSER_FEATURES,
				Map.of("http://apache.org/xml/features/disallow-doctype-decl", Boolean.TRUE));
		try {
			resource.load(options);
		} catch (IOException | RuntimeException e) {
			if (resource.getErrors().isEmpty()) {
				problems.add(Diagnostic.ofFile(xmi, ProblemCodes.MALFORMED_XMI, "cannot read XMI: " + message(e)));
			}
		}
		for (Resource.Diagnostic error : resource.getErrors()) {
			problems.add(toDiagnostic(xmi, error));
		}
		return problems.isEmpty() ? resource : null;
	}

	private static Diagnostic toDiagnostic(Path xmi, Resource.Diagnostic error) {
		String message = error instanceof Exception e && e.getCause() != null ? message(e.getCause()) : error.getMessage();
		String code = message != null && message.startsWith("Package with uri") ? ProblemCodes.FOREIGN_XMI
				: ProblemCodes.MALFORMED_XMI;
		if (code.equals(ProblemCodes.FOREIGN_XMI)) {
			message = "not a ClaimBench model: " + message;
		}
		int line = error instanceof XMIException ? Math.max(error.getLine(), 0) : 0;
		int column = line > 0 ? Math.max(error.getColumn(), 1) : 0;
		return new Diagnostic(xmi, line, column, Severity.ERROR, code, message);
	}

	private Result serialize(Path xmi, Document document, List<Document> related, List<Schema> schemas,
			List<Diagnostic> problems) {
		XtextResourceSet resourceSet = ClaimBenchLanguages.newResourceSet();
		Path folder = xmi.toAbsolutePath().getParent();
		for (Schema schema : schemas) {
			URI uri = URI.createFileURI(folder.resolve(schema.getName() + "." + ClaimBenchLanguages.SCHEMA_EXTENSION).toString());
			resourceSet.createResource(uri).getContents().add(schema);
		}
		for (Document other : related) {
			resourceSet.createResource(URI.createFileURI(folder.resolve(fileName(other)).toString())).getContents().add(other);
		}
		URI documentUri = URI.createFileURI(folder.resolve(fileName(document)).toString());
		resourceSet.createResource(documentUri).getContents().add(document);
		try {
			String text = serialize(document);
			String unparsable = syntaxError(text, documentUri);
			if (unparsable != null) {
				problems.add(Diagnostic.ofFile(xmi, ProblemCodes.NOT_SERIALIZABLE,
						"cannot write the document as DSL text: " + unparsable));
				return new Result(null, problems);
			}
			Map<String, String> schemaTexts = new LinkedHashMap<>();
			for (Schema schema : schemas) {
				String name = schema.getName() == null ? "" : schema.getName().replace("^", "");
				String schemaText = SCHEMA_NAME.matcher(name).matches() ? serialize(schema) : null;
				String broken = schemaText == null ? "its name '" + schema.getName() + "' is not a valid schema name"
						: syntaxError(schemaText, schema.eResource().getURI());
				if (broken != null) {
					problems.add(Diagnostic.ofFile(xmi, ProblemCodes.NOT_SERIALIZABLE,
							"cannot write schema '" + schema.getName() + "' as DSL text: " + broken));
					return new Result(null, problems);
				}
				schemaTexts.put(name + "." + ClaimBenchLanguages.SCHEMA_EXTENSION, schemaText);
			}
			Map<String, String> relatedTexts = new LinkedHashMap<>();
			for (Document other : related) {
				String otherText = serialize(other);
				String broken = syntaxError(otherText, other.eResource().getURI());
				if (broken != null) {
					problems.add(Diagnostic.ofFile(xmi, ProblemCodes.NOT_SERIALIZABLE,
							"cannot write document '" + other.getName() + "' as DSL text: " + broken));
					return new Result(null, problems);
				}
				relatedTexts.put(fileName(other), otherText);
			}
			return new Result(text, schemaTexts, relatedTexts, document.getSource(), problems);
		} catch (IOException | RuntimeException e) {
			problems.add(Diagnostic.ofFile(xmi, ProblemCodes.NOT_SERIALIZABLE,
					"cannot write the document as DSL text: " + message(e)));
			return new Result(null, problems);
		}
	}

	private static String fileName(Document document) {
		return document.getName() + "." + ClaimBenchLanguages.DOCUMENT_EXTENSION;
	}

	/** The DSL text of a schema or document, formatted, ending with a line break. */
	private static String serialize(EObject root) {
		String text = ((XtextResource) root.eResource()).getSerializer().serialize(root,
				SaveOptions.newBuilder().format().getOptions());
		return text.endsWith("\n") ? text : text + "\n";
	}

	/**
	 * XMI allows any string as a name, the DSL does not (the fuzzer found "Al:liance"), and the
	 * serializer writes names as they are; so the text is parsed again, and a user never gets a file
	 * that does not open. Returns the first syntax error with its line, or null.
	 */
	static String syntaxError(String text, URI documentUri) throws IOException {
		Resource resource = ClaimBenchLanguages.newResourceSet().createResource(documentUri);
		resource.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
				Map.of(XtextResource.OPTION_ENCODING, StandardCharsets.UTF_8.name()));
		if (resource.getErrors().isEmpty()) {
			return null;
		}
		Resource.Diagnostic error = resource.getErrors().get(0);
		String[] lines = text.split("\n", -1);
		String line = error.getLine() >= 1 && error.getLine() <= lines.length ? lines[error.getLine() - 1].strip() : "";
		return "it would not parse (" + error.getMessage() + " in \"" + line + "\"); a name in the XMI is probably not a valid DSL name";
	}

	static String message(Throwable e) {
		Throwable cause = e;
		while (cause.getCause() != null && cause.getCause() != cause) {
			cause = cause.getCause();
		}
		return cause.getMessage() != null ? cause.getMessage() : cause.getClass().getSimpleName();
	}
}
