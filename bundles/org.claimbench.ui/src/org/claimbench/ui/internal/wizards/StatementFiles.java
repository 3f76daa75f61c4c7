package org.claimbench.ui.internal.wizards;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import org.claimbench.workspace.internal.build.ClaimBenchNature;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;

/**
 * Creates a new statement in the workspace: the project if needed, the sample's schemas if chosen, the source
 * text exactly as given, and the annotation document. The document's text is made before either file is
 * written, so a refused header leaves no source text without its document.
 */
public final class StatementFiles {

	private StatementFiles() {
	}

	/** Creates the files and returns the new annotation document. */
	public static IFile create(IWorkspace workspace, StatementRequest request, IProgressMonitor monitor) throws CoreException {
		String problem = request.problem(workspace);
		if (problem != null) {
			throw new CoreException(Status.error(problem));
		}
		IProject project = workspace.getRoot().getProject(request.projectName());
		IFile document = project.getFile(request.documentFileName());
		workspace.run(m -> {
			SubMonitor progress = SubMonitor.convert(m, "Creating " + request.documentFileName(), 6);
			if (!project.exists()) {
				project.create(progress.split(1));
			}
			if (!project.isOpen()) {
				project.open(progress.split(1));
			}
			// Its files are validated by the ClaimBench builder whoever changes them.
			ClaimBenchNature.addTo(project, progress.split(1));
			if (request.schema().fromSample()) {
				ProjectSchemas.copySampleSchemas(project, progress.split(1));
			}
			String text = NewDocumentText.of(document, request);
			IFile source = project.getFile(request.sourceFileName());
			source.create(new ByteArrayInputStream(request.sourceBytes()), false, progress.split(1));
			source.setCharset(StandardCharsets.UTF_8.name(), null);
			document.create(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), false, progress.split(1));
			document.setCharset(StandardCharsets.UTF_8.name(), null);
		}, workspace.getRuleFactory().modifyRule(workspace.getRoot()), IWorkspace.AVOID_UPDATE, monitor);
		return document;
	}
}
