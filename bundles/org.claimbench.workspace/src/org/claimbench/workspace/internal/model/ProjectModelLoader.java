package org.claimbench.workspace.internal.model;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.claimbench.core.ClaimBenchLanguages;
import org.claimbench.core.ProjectContext;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.resource.impl.ResourceDescriptionsData;

import com.google.inject.Injector;

/**
 * Loads an annotation document together with every schema and actor register of its project into one Xtext
 * resource set, so that kinds, enum members and shared actors link across files. The workbench's only way into the DSL's
 * runtime.
 */
public final class ProjectModelLoader {

	public static final String SCHEMA_EXTENSION = ClaimBenchLanguages.SCHEMA_EXTENSION;
	public static final String DOCUMENT_EXTENSION = ClaimBenchLanguages.DOCUMENT_EXTENSION;

	private static final int HEAD_BYTES = 4096;

	/**
	 * The injector of the language the file extension names, the process's one (see {@link ClaimBenchLanguages}).
	 * Resources are parsed by the same injectors whose ide services (content assist, highlighting) work on them:
	 * those services expect the grammar instance the parser used.
	 */
	public static Injector injector(String fileExtension) {
		return ClaimBenchLanguages.injector(fileExtension);
	}

	/**
	 * Parses the given text as the content of the file (a .claims document or a schema), linked against the
	 * project's schemas and actor registers as they are on disk; a document that names another document's
	 * claims or actors ({@code d2023.deepen}) also gets an index of what the project's files declare, and the
	 * documents it refers to are loaded when their names are resolved. The same project rule as on the
	 * command line ({@link ProjectContext}).
	 */
	public XtextResource load(IFile file, String text) throws CoreException, IOException {
		return load(file, text, null);
	}

	/**
	 * As {@link #load(IFile, String)}, with the index the project builder keeps ({@code null}: built here from
	 * the project's files): what the project's files export, so that a build does not parse every file again
	 * for each document that refers to another. The file's own entry is left out, as in an index built here.
	 */
	public XtextResource load(IFile file, String text, ResourceDescriptionsData index) throws CoreException, IOException {
		XtextResourceSet set = newResourceSet();
		boolean withIndex = DOCUMENT_EXTENSION.equals(file.getFileExtension()) && ProjectContext.refersToOtherFiles(text);
		loadContext(set, file.getProject(), List.of(file), withIndex && index == null);
		if (withIndex && index != null) {
			ResourceDescriptionsData own = index.copy();
			own.removeDescription(uri(file));
			ResourceDescriptionsData.ResourceSetAdapter.installResourceDescriptionsData(set, own);
		}
		XtextResource resource = (XtextResource) set.createResource(uri(file));
		resource.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), Map.of());
		EcoreUtil.resolveAll(set);
		return resource;
	}

	/** An empty resource set that parses schemas and documents each with its own language's services. */
	public static XtextResourceSet newResourceSet() {
		return ClaimBenchLanguages.newResourceSet();
	}

	/**
	 * Loads into the set what the given files of the project link against: the project's schemas and actor
	 * registers, and, when asked, an index of what its other files declare, through which references into
	 * other documents resolve (and those documents load) by name.
	 */
	public static void loadContext(XtextResourceSet set, IProject project, Collection<IFile> except, boolean withIndex)
			throws CoreException {
		List<IFile> schemas = files(project, SCHEMA_EXTENSION);
		List<IFile> documents = files(project, DOCUMENT_EXTENSION);
		for (IFile schema : schemas) {
			if (!except.contains(schema)) {
				set.getResource(uri(schema), true);
			}
		}
		for (IFile document : documents) {
			if (!except.contains(document) && ProjectContext.isRegister(head(document))) {
				set.getResource(uri(document), true);
			}
		}
		if (withIndex) {
			List<URI> others = new ArrayList<>();
			schemas.stream().filter(f -> !except.contains(f)).forEach(f -> others.add(uri(f)));
			documents.stream().filter(f -> !except.contains(f)).forEach(f -> others.add(uri(f)));
			ResourceDescriptionsData.ResourceSetAdapter.installResourceDescriptionsData(set, ProjectContext.index(others));
		}
	}

	/** The files of the project with that extension, in every folder. */
	public static List<IFile> files(IProject project, String extension) throws CoreException {
		List<IFile> found = new ArrayList<>();
		project.accept(resource -> {
			if (resource instanceof IFile file && extension.equals(file.getFileExtension())) {
				found.add(file);
			}
			return resource.getType() != IResource.FILE;
		});
		return found;
	}

	/** The start of a file, enough to tell a register from a document without reading it whole. */
	private static String head(IFile file) {
		try (InputStream in = file.getContents(true)) {
			return new String(in.readNBytes(HEAD_BYTES), StandardCharsets.UTF_8);
		} catch (CoreException | IOException e) {
			return ""; // unreadable: its own validation says so
		}
	}

	/** The URI under which the file's resource is loaded and indexed. */
	public static URI uri(IFile file) {
		return URI.createPlatformResourceURI(file.getFullPath().toString(), true);
	}
}
