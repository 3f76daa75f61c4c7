package org.claimbench.ui.internal.model;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.claimbench.dsl.ClaimDocumentStandaloneSetup;
import org.claimbench.dsl.ide.ClaimDocumentIdeSetup;
import org.claimbench.dsl.ide.ClaimSchemaIdeSetup;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.resource.IResourceFactory;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;

import com.google.inject.Injector;

/**
 * Loads an annotation document together with every schema of its project into one Xtext resource set,
 * so that kinds and enum members link across files. The UI's only way into the DSL's runtime.
 */
public final class ProjectModelLoader {

	public static final String SCHEMA_EXTENSION = "cbschema";
	public static final String DOCUMENT_EXTENSION = "claims";

	private static Injector schemaServices;
	private static Injector documentServices;

	/**
	 * The injector of the language the file extension names. Resources are parsed by the same injectors whose
	 * ide services (content assist, highlighting) work on them: those services expect the grammar instance the
	 * parser used.
	 */
	public static synchronized Injector injector(String fileExtension) {
		if (documentServices == null) {
			ClaimDocumentStandaloneSetup.doSetup();
			schemaServices = new ClaimSchemaIdeSetup().createInjector();
			documentServices = new ClaimDocumentIdeSetup().createInjector();
		}
		return SCHEMA_EXTENSION.equals(fileExtension) ? schemaServices : documentServices;
	}

	/**
	 * Parses the given text as the content of the file (a .claims document or a schema), linked against the
	 * project's other schemas as they are on disk.
	 */
	public XtextResource load(IFile file, String text) throws CoreException, IOException {
		XtextResourceSet set = injector(DOCUMENT_EXTENSION).getInstance(XtextResourceSet.class);
		Map<String, Object> factories = set.getResourceFactoryRegistry().getExtensionToFactoryMap();
		factories.put(SCHEMA_EXTENSION, injector(SCHEMA_EXTENSION).getInstance(IResourceFactory.class));
		factories.put(DOCUMENT_EXTENSION, injector(DOCUMENT_EXTENSION).getInstance(IResourceFactory.class));
		for (IFile schema : schemaFiles(file.getProject())) {
			if (!schema.equals(file)) {
				set.getResource(uri(schema), true);
			}
		}
		XtextResource resource = (XtextResource) set.createResource(uri(file));
		resource.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), Map.of());
		EcoreUtil.resolveAll(set);
		return resource;
	}

	private static List<IFile> schemaFiles(IProject project) throws CoreException {
		List<IFile> schemas = new ArrayList<>();
		project.accept(resource -> {
			if (resource instanceof IFile file && SCHEMA_EXTENSION.equals(file.getFileExtension())) {
				schemas.add(file);
			}
			return resource.getType() != IResource.FILE;
		});
		return schemas;
	}

	private static URI uri(IFile file) {
		return URI.createPlatformResourceURI(file.getFullPath().toString(), true);
	}
}
