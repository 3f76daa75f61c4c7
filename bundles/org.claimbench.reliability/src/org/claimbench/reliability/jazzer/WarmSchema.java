package org.claimbench.reliability.jazzer;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.claimbench.core.ClaimBenchLanguages;
import org.claimbench.core.Diagnostic;
import org.claimbench.core.LoadedModel;
import org.claimbench.core.ModelLoader;
import org.claimbench.core.ProjectContext;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.resource.IResourceDescription;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.resource.impl.ResourceDescriptionsData;

/**
 * A project whose schema changes, validated with the documents that use it as {@code claimbench validate SCHEMA
 * DOCUMENT} validates them, with what no schema can change worked out once: the project's file list and the
 * documents' roles ({@link ProjectContext}), and the names the other files export. {@link ModelLoader#load} parses
 * every file of the project again for its index on each input; that held the schema target near 50 inputs a second.
 * Everything that links to the schema (the documents, the register, the other schema it imports) is still parsed
 * and linked afresh in a resource set of its own for each input, in {@link ModelLoader#load}'s order, and the
 * schema's own exported names are taken as {@link ProjectContext#index} takes them; a test checks that both ways give
 * the same diagnostics on mutated schemas.
 */
final class WarmSchema implements Supplier<LoadedModel> {

	private final List<Path> files = new ArrayList<>();
	private final URI schemaUri;
	private final List<Path> shared;
	/** The other files' exported names in the index's order; null when the project gets no index. */
	private final List<IResourceDescription> others;
	private int schemaSlot = -1;

	/** @param schema the changing schema; @param alongside the documents validated with it (they do not change) */
	WarmSchema(Path schema, List<Path> alongside) {
		files.add(schema.toAbsolutePath().normalize());
		alongside.forEach(document -> files.add(document.toAbsolutePath().normalize()));
		schemaUri = URI.createFileURI(files.get(0).toString());
		ProjectContext context = ProjectContext.of(files);
		shared = context.shared();
		if (!context.indexed()) {
			others = null;
			return;
		}
		// The order of ProjectContext.of: the schemas, then the documents.
		List<URI> all = new ArrayList<>();
		ModelLoader.projectFiles(files, ClaimBenchLanguages.SCHEMA_EXTENSION).forEach(f -> all.add(URI.createFileURI(f.toString())));
		ModelLoader.projectFiles(files, ClaimBenchLanguages.DOCUMENT_EXTENSION).forEach(f -> all.add(URI.createFileURI(f.toString())));
		ResourceDescriptionsData index = ProjectContext.index(all);
		others = new ArrayList<>();
		for (URI file : all) {
			if (file.equals(schemaUri)) {
				schemaSlot = others.size();
			} else if (index.getResourceDescription(file) != null) {
				others.add(index.getResourceDescription(file));
			}
		}
	}

	/** The files loaded and linked with the schema's current content, as {@link ModelLoader#load} gives them. */
	@Override
	public LoadedModel get() {
		List<Diagnostic> problems = new ArrayList<>();
		XtextResourceSet set = ClaimBenchLanguages.newResourceSet();
		List<Resource> requested = new ArrayList<>();
		List<Path> loaded = new ArrayList<>();
		for (Path file : files) {
			Resource resource = ModelLoader.loadFile(set, file, problems);
			if (resource != null) {
				requested.add(resource);
				loaded.add(file);
			}
		}
		for (Path file : shared) {
			ModelLoader.loadFile(set, file, new ArrayList<>());
		}
		if (others != null) {
			List<IResourceDescription> index = new ArrayList<>(others);
			// Parsed apart, as the index parses it: describing it here could link it before the index is in place.
			IResourceDescription schema = schemaSlot < 0 ? null : ProjectContext.index(List.of(schemaUri)).getResourceDescription(schemaUri);
			if (schema != null) {
				index.add(schemaSlot, schema);
			}
			ResourceDescriptionsData.ResourceSetAdapter.installResourceDescriptionsData(set, new ResourceDescriptionsData(index));
		}
		EcoreUtil.resolveAll(set);
		return new LoadedModel(set, requested, loaded, problems);
	}
}
