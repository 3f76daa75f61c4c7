package org.claimbench.ui.internal.wizards;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.claimbench.core.ClaimBenchLanguages;
import org.claimbench.core.Diagnostic;
import org.claimbench.core.ModelValidator;
import org.claimbench.core.io.AtomicFiles;
import org.claimbench.model.claims.Document;
import org.claimbench.workspace.internal.model.FileText;
import org.claimbench.workspace.internal.model.ProjectModelLoader;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.MultiStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;

/**
 * Exports annotation documents of the workspace as one file, as the command line's {@code export} does: the
 * documents are parsed from disk with their projects' schemas, validated, refused when they have errors
 * (unless forced), and written atomically. One unit of progress per document, one for writing.
 */
public final class ExportJob extends Job {

	private static final String BUNDLE = "org.claimbench.ui";

	private final List<IFile> documents;
	private final ExportFormat format;
	private final Path output;
	private final boolean force;

	public ExportJob(List<IFile> documents, ExportFormat format, Path output, boolean force) {
		super("Exporting " + documents.size() + (documents.size() == 1 ? " document" : " documents") + " to "
				+ output.getFileName());
		this.documents = List.copyOf(documents);
		this.format = format;
		this.output = output;
		this.force = force;
		setUser(true);
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		return export(monitor);
	}

	/** Does the export in the calling thread and returns what the user is told: success, refusal or failure. */
	public IStatus export(IProgressMonitor monitor) {
		SubMonitor progress = SubMonitor.convert(monitor, getName(), documents.size() + 1);
		XtextResourceSet set = ClaimBenchLanguages.newResourceSet();
		try {
			loadSchemas(set);
		} catch (CoreException e) {
			return e.getStatus();
		}
		List<Resource> resources = new ArrayList<>();
		List<String> errors = new ArrayList<>();
		for (IFile file : documents) {
			progress.subTask("Validating " + file.getFullPath());
			if (progress.isCanceled()) {
				return Status.CANCEL_STATUS;
			}
			try {
				Resource resource = load(set, file);
				resources.add(resource);
				for (Diagnostic diagnostic : new ModelValidator().validate(resource)) {
					if (diagnostic.isError()) {
						errors.add(place(file, diagnostic) + ": " + diagnostic.message());
					}
				}
			} catch (CoreException | IOException e) {
				return Status.error("Cannot read " + file.getFullPath() + ": " + e.getMessage(), e);
			}
			progress.worked(1);
		}
		if (!errors.isEmpty() && !force) {
			return refusal(errors);
		}
		List<Document> models = resources.stream().flatMap(r -> r.getContents().stream())
				.filter(Document.class::isInstance).map(Document.class::cast).toList();
		if (models.isEmpty()) {
			return Status.error("Nothing to export: none of the chosen files holds an annotation document.");
		}
		progress.subTask("Writing " + output);
		if (Files.isDirectory(output)) {
			return Status.error(output + " is a folder; choose the file to write.");
		}
		try {
			AtomicFiles.write(output, format.exporter().export(models));
		} catch (IOException | RuntimeException e) {
			return Status.error("Cannot write " + output + ": " + e.getMessage(), e);
		}
		progress.worked(1);
		refreshWorkspaceCopies();
		int claims = models.stream().mapToInt(d -> d.getClaims().size()).sum();
		return new Status(IStatus.OK, BUNDLE, "Exported " + models.size() + (models.size() == 1 ? " document" : " documents")
				+ " (" + claims + " claims) as " + format.label() + " to " + output
				+ (errors.isEmpty() ? "." : ", despite " + errors.size() + (errors.size() == 1 ? " error." : " errors.")));
	}

	/** The schemas, registers and index of the chosen documents' projects, so references between documents resolve. */
	private void loadSchemas(XtextResourceSet set) throws CoreException {
		Set<IProject> projects = new LinkedHashSet<>();
		documents.forEach(file -> projects.add(file.getProject()));
		for (IProject project : projects) {
			ProjectModelLoader.loadContext(set, project, documents, projects.size() == 1);
		}
	}

	private static Resource load(XtextResourceSet set, IFile file) throws CoreException, IOException {
		Resource resource = set.createResource(URI.createPlatformResourceURI(file.getFullPath().toString(), true));
		resource.load(new ByteArrayInputStream(FileText.read(file).getBytes(StandardCharsets.UTF_8)),
				Map.of(XtextResource.OPTION_ENCODING, StandardCharsets.UTF_8.name()));
		EcoreUtil.resolveAll(resource);
		return resource;
	}

	/** {@code project/file.claims:12}, or the file alone for a problem of the whole file. */
	private static String place(IFile file, Diagnostic diagnostic) {
		String path = file.getFullPath().makeRelative().toString();
		return diagnostic.line() > 0 ? path + ":" + diagnostic.line() : path;
	}

	private static IStatus refusal(List<String> errors) {
		MultiStatus refusal = new MultiStatus(BUNDLE, 0, "Export refused: the chosen documents have " + errors.size()
				+ (errors.size() == 1 ? " error" : " errors")
				+ ". Fix them, or tick 'Export even when documents have errors'.");
		errors.forEach(error -> refusal.add(Status.error(error)));
		return refusal;
	}

	/** An export into a project folder shows up in the navigator without a manual refresh. */
	private void refreshWorkspaceCopies() {
		for (IFile file : ResourcesPlugin.getWorkspace().getRoot().findFilesForLocationURI(output.toAbsolutePath().toUri())) {
			try {
				file.refreshLocal(IResource.DEPTH_ZERO, null);
			} catch (CoreException e) {
				// The export is written; a stale navigator entry is corrected by the next refresh.
			}
		}
	}
}
