package org.claimbench.ui.internal.model;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.claimbench.dsl.ClaimDocumentStandaloneSetup;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;

import com.google.inject.Injector;

/**
 * Loads an annotation document together with every schema of its project into one Xtext resource set,
 * so that kinds and enum members link across files. The UI's only way into the DSL's runtime.
 */
public final class ProjectModelLoader {

	private static Injector injector;

	private static synchronized Injector injector() {
		if (injector == null) {
			injector = ClaimDocumentStandaloneSetup.doSetup();
		}
		return injector;
	}

	/** Parses the given text as the content of the .claims file, linked against the project's schemas. */
	public XtextResource load(IFile claimsFile, String text) throws CoreException, IOException {
		XtextResourceSet set = injector().getInstance(XtextResourceSet.class);
		for (IFile schema : schemaFiles(claimsFile.getProject())) {
			set.getResource(uri(schema), true);
		}
		XtextResource resource = (XtextResource) set.createResource(uri(claimsFile));
		resource.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), Map.of());
		EcoreUtil.resolveAll(set);
		return resource;
	}

	private static List<IFile> schemaFiles(IProject project) throws CoreException {
		List<IFile> schemas = new ArrayList<>();
		project.accept(resource -> {
			if (resource instanceof IFile file && "cbschema".equals(file.getFileExtension())) {
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
