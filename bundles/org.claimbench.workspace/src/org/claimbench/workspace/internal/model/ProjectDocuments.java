package org.claimbench.workspace.internal.model;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.claimbench.model.claims.Document;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;

/**
 * Every annotation document and actor register of a project, read into one resource set so that relations
 * between statements resolve, as the command line reads a folder for {@code track} and {@code export}. A file
 * open with unsaved edits is read as the editor has it, so what the series and network views show follows
 * the annotator's latest work.
 */
public final class ProjectDocuments {

	private ProjectDocuments() {
	}

	/**
	 * Reads the project's documents, the given unsaved texts (by file) in place of what the files hold. A file
	 * that cannot be read is left out: its own editor and the Problems view say why.
	 */
	public static List<Document> load(IProject project, Map<IFile, String> unsaved, SubMonitor progress) throws CoreException {
		List<IFile> files = ProjectModelLoader.files(project, ProjectModelLoader.DOCUMENT_EXTENSION);
		progress.setWorkRemaining(files.size() + 1);
		XtextResourceSet set = ProjectModelLoader.newResourceSet();
		// Schemas, registers and the index first, then the unsaved texts: resolving a reference into one of them
		// would otherwise load that file from disk.
		ProjectModelLoader.loadContext(set, project, List.of(), true);
		List<IFile> ordered = new ArrayList<>(files.stream().filter(unsaved::containsKey).toList());
		files.stream().filter(f -> !unsaved.containsKey(f)).forEach(ordered::add);
		for (IFile file : ordered) {
			if (progress.isCanceled()) {
				throw new OperationCanceledException();
			}
			progress.subTask("Reading " + file.getName());
			try {
				Resource resource = set.getResource(ProjectModelLoader.uri(file), false);
				if (resource == null) {
					resource = set.createResource(ProjectModelLoader.uri(file));
					String text = unsaved.containsKey(file) ? unsaved.get(file) : FileText.read(file);
					resource.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
							Map.of(XtextResource.OPTION_ENCODING, StandardCharsets.UTF_8.name()));
				}
			} catch (IOException | RuntimeException e) {
				set.getResources().removeIf(r -> r.getURI().equals(ProjectModelLoader.uri(file)));
			}
			progress.worked(1);
		}
		EcoreUtil.resolveAll(set);
		progress.worked(1);
		List<Document> documents = new ArrayList<>();
		for (Resource resource : set.getResources()) {
			if (!resource.getContents().isEmpty() && resource.getContents().get(0) instanceof Document document) {
				documents.add(document);
			}
		}
		return documents;
	}

	/** The workspace file a document was read from, or null. */
	public static IFile fileOf(Document document) {
		if (document.eResource() == null || !document.eResource().getURI().isPlatformResource()) {
			return null;
		}
		return ResourcesPlugin.getWorkspace().getRoot().getFile(IPath.fromOSString(document.eResource().getURI().toPlatformString(true)));
	}
}
