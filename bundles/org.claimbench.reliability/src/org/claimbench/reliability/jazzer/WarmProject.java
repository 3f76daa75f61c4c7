package org.claimbench.reliability.jazzer;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.claimbench.core.ClaimBenchLanguages;
import org.claimbench.core.Diagnostic;
import org.claimbench.core.LoadedModel;
import org.claimbench.core.ModelLoader;
import org.claimbench.core.ProjectContext;
import org.claimbench.core.io.Utf8Text;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.resource.IResourceDescription;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.resource.impl.ResourceDescriptionsData;

/**
 * A project of which one document changes, validated as {@code claimbench validate FILE} validates it, with the
 * project's other files parsed once rather than for every input. {@link ModelLoader} would parse the schemas, the
 * register and every document of the project again for each input (the index of cross-document names included),
 * which made nine parses in ten work done for nothing and held the document target near 30 inputs a second. What
 * stays from one input to the next is what the input cannot change: the other files' resources, which never refer
 * to the changing document, and their exported names. The changing document is parsed, indexed, linked and validated
 * afresh each time, through the same {@link ModelLoader#loadFile}, and validated as before; a test checks that both
 * ways give the same diagnostics on mutated inputs.
 */
final class WarmProject {

	private final Path file;
	private final URI uri;
	private final XtextResourceSet resourceSet;
	private final ResourceDescriptionsData othersIndex;
	private final boolean othersReferToOtherFiles;
	private final Set<String> othersNames = new HashSet<>();
	private Resource current;

	/** @param file the changing document; the other files are those of its project on disk now */
	WarmProject(Path changing) {
		this.file = changing.toAbsolutePath().normalize();
		this.uri = URI.createFileURI(file.toString());
		List<Path> schemas = ModelLoader.projectFiles(List.of(file), ClaimBenchLanguages.SCHEMA_EXTENSION);
		List<Path> documents = new ArrayList<>(ModelLoader.projectFiles(List.of(file), ClaimBenchLanguages.DOCUMENT_EXTENSION));
		documents.remove(file);
		List<URI> others = new ArrayList<>();
		boolean refer = false;
		for (Path document : documents) {
			String text = textOf(document);
			refer |= ProjectContext.refersToOtherFiles(text);
			// Two documents of one name need the index as a reference does (ProjectContext.of).
			String name = ProjectContext.documentName(text);
			refer |= name != null && !othersNames.add(name);
		}
		schemas.forEach(f -> others.add(URI.createFileURI(f.toString())));
		documents.forEach(f -> others.add(URI.createFileURI(f.toString())));
		this.othersReferToOtherFiles = refer;
		this.othersIndex = ProjectContext.index(others);
		this.resourceSet = ClaimBenchLanguages.newResourceSet();
		// The schemas and registers every resource set of the project loads (ProjectContext.install).
		ProjectContext context = ProjectContext.of(List.of(file));
		for (Path shared : context.shared()) {
			if (!shared.equals(file)) {
				ModelLoader.loadFile(resourceSet, shared, new ArrayList<>());
			}
		}
	}

	/** The file's current content loaded and linked in the warm project, as {@link ModelLoader#load} gives it. */
	LoadedModel load() {
		if (current != null) {
			resourceSet.getResources().remove(current);
			current.unload();
			current = null;
		}
		resourceSet.eAdapters().removeIf(ResourceDescriptionsData.ResourceSetAdapter.class::isInstance);
		String text = textOf(file);
		if (othersReferToOtherFiles || ProjectContext.refersToOtherFiles(text) || othersNames.contains(ProjectContext.documentName(text))) {
			ResourceDescriptionsData index = othersIndex.copy();
			IResourceDescription own = ProjectContext.index(List.of(uri)).getResourceDescription(uri);
			if (own != null) {
				index.addDescription(uri, own);
			}
			ResourceDescriptionsData.ResourceSetAdapter.installResourceDescriptionsData(resourceSet, index);
		}
		List<Diagnostic> problems = new ArrayList<>();
		current = ModelLoader.loadFile(resourceSet, file, problems);
		List<Resource> requested = current == null ? List.of() : List.of(current);
		if (current != null) {
			EcoreUtil.resolveAll(current);
		}
		return new LoadedModel(resourceSet, requested, current == null ? List.of() : List.of(file), problems);
	}

	private static String textOf(Path file) {
		try {
			return Utf8Text.read(file);
		} catch (java.io.IOException | RuntimeException e) {
			return ""; // unreadable or not UTF-8: the loader reports it when it loads the file itself
		}
	}
}
