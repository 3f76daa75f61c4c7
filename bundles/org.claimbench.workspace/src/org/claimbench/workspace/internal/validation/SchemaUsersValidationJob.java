package org.claimbench.workspace.internal.validation;

import java.util.ArrayList;
import java.util.List;

import org.claimbench.dsl.schema.SchemaQueries;
import org.claimbench.model.claims.Document;
import org.claimbench.model.claims.Schema;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.resources.WorkspaceJob;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.MultiStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.resource.XtextResource;

/**
 * After a schema is saved, re-validates every annotation document of the workspace that uses it, directly or
 * through imports, so a rule the modeler just tightened shows up where the documents break it.
 */
public final class SchemaUsersValidationJob extends WorkspaceJob {

	public static final Object FAMILY = SchemaUsersValidationJob.class;

	private final IFile schema;

	public SchemaUsersValidationJob(IFile schema) {
		super("Re-validating the documents that use " + schema.getName());
		this.schema = schema;
	}

	@Override
	public boolean belongsTo(Object family) {
		return family == FAMILY;
	}

	@Override
	public IStatus runInWorkspace(IProgressMonitor monitor) throws CoreException {
		List<IFile> documents = documents();
		SubMonitor progress = SubMonitor.convert(monitor, getName(), documents.size());
		URI schemaUri = URI.createPlatformResourceURI(schema.getFullPath().toString(), true);
		MultiStatus problems = new MultiStatus(getClass(), 0, "Some documents could not be re-validated");
		for (IFile document : documents) {
			progress.subTask(document.getFullPath().toString());
			try {
				XtextResource resource = SavedFileValidationJob.load(document);
				if (uses(resource, schemaUri)) {
					SavedFileValidationJob.validate(document, resource, progress);
				}
			} catch (CoreException e) {
				problems.add(e.getStatus());
			}
			progress.worked(1);
			if (progress.isCanceled()) {
				return Status.CANCEL_STATUS;
			}
		}
		return problems.isOK() ? Status.OK_STATUS : problems;
	}

	private static boolean uses(XtextResource resource, URI schemaUri) {
		if (resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof Document document)) {
			return false;
		}
		Schema used = SchemaQueries.schemaOf(document);
		return used != null && SchemaQueries.visibleSchemas(used).stream()
				.anyMatch(visible -> visible.eResource() != null && schemaUri.equals(visible.eResource().getURI()));
	}

	private static List<IFile> documents() throws CoreException {
		List<IFile> documents = new ArrayList<>();
		ResourcesPlugin.getWorkspace().getRoot().accept(resource -> {
			if (resource instanceof IFile file && "claims".equals(file.getFileExtension())) {
				documents.add(file);
			}
			return resource.getType() != IResource.FILE;
		});
		return documents;
	}
}
