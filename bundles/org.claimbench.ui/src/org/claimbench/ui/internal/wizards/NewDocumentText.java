package org.claimbench.ui.internal.wizards;

import java.util.List;

import org.claimbench.core.ClaimBenchLanguages;
import org.claimbench.model.claims.ClaimsFactory;
import org.claimbench.model.claims.Document;
import org.claimbench.model.claims.Schema;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.Status;
import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.resource.SaveOptions;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;

/**
 * The DSL text of a new, empty annotation document: its header built as a model and written by the Xtext
 * serializer and formatter, so it reads exactly as the editor will later write it.
 */
final class NewDocumentText {

	private NewDocumentText() {
	}

	/** The text for the document file, linked against the schemas its project holds now. */
	static String of(IFile documentFile, StatementRequest request) throws CoreException {
		XtextResourceSet set = ClaimBenchLanguages.newResourceSet();
		List<Schema> schemas = ProjectSchemas.load(set, documentFile.getProject());
		Schema schema = schemas.stream().filter(s -> request.schema().name().equals(s.getName())).findFirst()
				.orElseThrow(() -> new CoreException(Status.error("The project " + documentFile.getProject().getName()
						+ " has no schema named " + request.schema().name() + ".")));
		Document document = ClaimsFactory.eINSTANCE.createDocument();
		document.setName(request.documentId());
		document.setTitle(emptyAsNull(request.title()));
		document.setDate(emptyAsNull(request.date()));
		document.setPlace(emptyAsNull(request.place()));
		document.setSource(request.sourceFileName());
		document.setSchema(schema);
		XtextResource resource = (XtextResource) set
				.createResource(URI.createPlatformResourceURI(documentFile.getFullPath().toString(), true));
		resource.getContents().add(document);
		try {
			return resource.getSerializer().serialize(document, SaveOptions.newBuilder().format().getOptions());
		} catch (RuntimeException e) {
			throw new CoreException(Status.error("Cannot write the header of " + documentFile.getName() + ": " + e.getMessage(), e));
		}
	}

	private static String emptyAsNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}
}
