package org.claimbench.core.export;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.claimbench.core.ClaimBenchLanguages;
import org.claimbench.core.ModelLoader;
import org.claimbench.core.ProjectContext;
import org.claimbench.model.claims.Document;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.resource.XtextResourceSet;

/**
 * One pass of an export over files too many to hold at once, as validation makes it: the project's schemas and
 * registers are loaded once, then each annotation document is loaded and linked, shown, and dropped with whatever
 * its references loaded. The files have loaded without problems before (the export validated them).
 */
public final class DocumentPass {

	/** What an export does with each root while it is loaded. */
	@FunctionalInterface
	public interface RootVisitor<T extends EObject> {
		void visit(T root) throws IOException;
	}

	private final XtextResourceSet set = ClaimBenchLanguages.newResourceSet();
	private final List<Path> documents;

	public DocumentPass(List<Path> files) {
		documents = files.stream().filter(DocumentPass::isDocument).toList();
		for (Path file : files) {
			if (!isDocument(file)) {
				ModelLoader.loadFile(set, file, new ArrayList<>());
			}
		}
		ProjectContext.of(files).install(set);
	}

	/** The annotation documents among the files, in their order. */
	public List<Path> documents() {
		return documents;
	}

	/** Each document given, in order, while it is loaded and linked. */
	public void forEachDocument(RootVisitor<Document> visitor) throws IOException {
		for (Path document : documents) {
			List<Resource> before = List.copyOf(set.getResources());
			// A register is shared context, already loaded: shown from there.
			Resource shared = set.getResource(uriOf(document), false);
			Resource resource = shared != null ? shared : ModelLoader.loadFile(set, document, new ArrayList<>());
			try {
				if (resource != null) {
					for (EObject root : List.copyOf(resource.getContents())) {
						if (root instanceof Document original) {
							visitor.visit(original);
						}
					}
				}
			} finally {
				// Dropping the resources is enough for the garbage collector; unload() would walk the whole model.
				set.getResources().retainAll(before);
			}
		}
	}

	/** The roots of the resource at the URI (a document or schema that a given document refers to), then dropped. */
	public void withRoots(URI uri, RootVisitor<EObject> visitor) throws IOException {
		List<Resource> before = List.copyOf(set.getResources());
		try {
			for (EObject content : List.copyOf(set.getResource(uri, true).getContents())) {
				visitor.visit(content);
			}
		} finally {
			set.getResources().retainAll(before);
		}
	}

	public static URI uriOf(Path file) {
		return URI.createFileURI(file.toAbsolutePath().normalize().toString());
	}

	public static boolean isDocument(Path file) {
		return file.toString().endsWith("." + ClaimBenchLanguages.DOCUMENT_EXTENSION);
	}
}
