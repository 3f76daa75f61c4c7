package org.claimbench.workspace.internal.build;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.claimbench.workspace.internal.model.ProjectModelLoader;
import org.claimbench.workspace.internal.validation.ProblemMarkers;
import org.claimbench.workspace.internal.validation.UnsavedEditors;
import org.claimbench.core.ProjectContext;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IResourceDelta;
import org.eclipse.core.resources.IncrementalProjectBuilder;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Path;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.ISchedulingRule;
import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.resource.IResourceDescription;
import org.eclipse.xtext.resource.IResourceDescription.Delta;
import org.eclipse.xtext.resource.impl.ChangedResourceDescriptionDelta;
import org.eclipse.xtext.resource.impl.ResourceDescriptionsData;

/**
 * Validates the schemas and annotation documents of a ClaimBench project as they are saved, whoever changed them
 * (an editor, git, another program), and writes their problem markers. A full build validates every file; an
 * incremental one the changed files and those Xtext's index finds affected by them: the documents of a changed
 * schema, the documents referring to a changed register or document, the documents quoting a changed source text.
 */
public final class ClaimBenchBuilder extends IncrementalProjectBuilder {

	public static final String ID = "org.claimbench.ui.builder";

	private ProjectIndex index;
	/** The project's schemas, registers and documents as of the last build. */
	private ProjectFiles files;

	@Override
	protected IProject[] build(int kind, Map<String, String> args, IProgressMonitor monitor) throws CoreException {
		IResourceDelta delta = kind == FULL_BUILD ? null : getDelta(getProject());
		try {
			if (index == null || files == null || delta == null) {
				fullBuild(monitor);
			} else {
				incrementalBuild(delta, monitor);
			}
		} catch (OperationCanceledException e) {
			// Part of the files were validated against an index half updated: the next build starts afresh.
			index = null;
			files = null;
			forgetLastBuiltState();
			throw e;
		}
		return null;
	}

	@Override
	protected void clean(IProgressMonitor monitor) throws CoreException {
		index = null;
		files = null;
		getProject().deleteMarkers(ProblemMarkers.TYPE, false, IResource.DEPTH_INFINITE);
	}

	/** Builds hold their project only: an editor's validation of another project's file never waits for them. */
	@Override
	public ISchedulingRule getRule(int kind, Map<String, String> args) {
		return getProject();
	}

	private void fullBuild(IProgressMonitor monitor) throws CoreException {
		IProject project = getProject();
		files = ProjectFiles.of(project);
		List<IFile> all = files.all();
		SubMonitor progress = SubMonitor.convert(monitor, "Validating " + project.getName(), all.size() + 1);
		index = new ProjectIndex(project);
		if (files.crossReferences()) {
			// Documents name each other's elements: every file's names are known before any document is linked.
			exports(all, progress.split(1));
		}
		progress.setWorkRemaining(all.size());
		validate(all, progress.split(all.size()));
	}

	private void incrementalBuild(IResourceDelta delta, IProgressMonitor monitor) throws CoreException {
		Set<IFile> changed = new LinkedHashSet<>();
		Set<URI> removed = new LinkedHashSet<>();
		Set<IPath> otherFiles = new LinkedHashSet<>();
		delta.accept(child -> {
			if (child.getResource() instanceof IFile file && isContentChange(child)) {
				if (isClaimBenchFile(file)) {
					if (child.getKind() == IResourceDelta.REMOVED) {
						removed.add(ProjectModelLoader.uri(file));
					} else {
						changed.add(file);
					}
				} else {
					otherFiles.add(file.getFullPath());
				}
			}
			return true;
		});
		if (changed.isEmpty() && removed.isEmpty() && otherFiles.isEmpty()) {
			return;
		}
		SubMonitor progress = SubMonitor.convert(monitor, "Validating " + getProject().getName(), 10);
		files = files.with(changed, removed);
		List<Delta> deltas = new ArrayList<>();
		Map<URI, IResourceDescription> before = new LinkedHashMap<>();
		for (IFile file : changed) {
			before.put(ProjectModelLoader.uri(file), index.get(ProjectModelLoader.uri(file)));
		}
		if (files.crossReferences()) {
			// Changed documents may name each other's new elements: their names are known before they are linked.
			exports(changed, progress.split(1));
		}
		// The changed files first: their descriptions, made while they are validated, tell which others they affect.
		validate(List.copyOf(changed), progress.split(3));
		for (IFile file : changed) {
			URI uri = ProjectModelLoader.uri(file);
			// Every change counts, not only a change of the exported names: a document's problems depend on the
			// whole of its schema (an attribute made required, say), not just on the kinds' names.
			deltas.add(new ChangedResourceDescriptionDelta(before.get(uri), index.get(uri)));
		}
		for (URI uri : removed) {
			IResourceDescription old = index.get(uri);
			index.forget(uri);
			if (old != null) {
				deltas.add(new ChangedResourceDescriptionDelta(old, null));
			}
		}
		Set<URI> done = new LinkedHashSet<>();
		changed.forEach(file -> done.add(ProjectModelLoader.uri(file)));
		Set<URI> toValidate = new LinkedHashSet<>(done);
		toValidate.addAll(index.quoting(otherFiles));
		while (!deltas.isEmpty()) {
			checkCanceled(progress);
			Set<URI> affected = index.affectedBy(deltas, toValidate);
			toValidate.addAll(affected);
			// A schema's meaning includes the schemas it imports: the documents of a schema that imports a changed
			// one are affected too, though the importing schema's own text did not change.
			deltas = new ArrayList<>();
			for (URI uri : affected) {
				if (ProjectModelLoader.SCHEMA_EXTENSION.equals(uri.fileExtension()) && index.get(uri) != null) {
					// No "before" (a delta must not compare a description with itself): what matters is that it changed.
					deltas.add(new ChangedResourceDescriptionDelta(null, index.get(uri)));
				}
			}
		}
		List<IFile> affected = new ArrayList<>();
		for (URI uri : toValidate) {
			IFile file = ResourcesPlugin.getWorkspace().getRoot().getFile(new Path(uri.toPlatformString(true)));
			if (!done.contains(uri) && file.exists()) {
				affected.add(file);
			}
		}
		validate(affected, progress.split(6));
	}

	private static boolean isContentChange(IResourceDelta delta) {
		return switch (delta.getKind()) {
		case IResourceDelta.ADDED, IResourceDelta.REMOVED -> true;
		case IResourceDelta.CHANGED -> (delta.getFlags() & (IResourceDelta.CONTENT | IResourceDelta.REPLACED)) != 0;
		default -> false;
		};
	}

	static boolean isClaimBenchFile(IFile file) {
		return ProjectModelLoader.SCHEMA_EXTENSION.equals(file.getFileExtension())
				|| ProjectModelLoader.DOCUMENT_EXTENSION.equals(file.getFileExtension());
	}

	/** Indexes what the files export, parsed alone, so that the files validated next link against their new names. */
	private void exports(Iterable<IFile> files, IProgressMonitor monitor) {
		List<URI> uris = new ArrayList<>();
		files.forEach(file -> uris.add(ProjectModelLoader.uri(file)));
		SubMonitor.convert(monitor, "Indexing", 1).split(1);
		ResourceDescriptionsData exported = ProjectContext.index(uris);
		for (URI uri : uris) {
			IResourceDescription description = exported.getResourceDescription(uri);
			if (description == null) {
				index.forget(uri); // unreadable: its validation says why
			} else {
				index.put(description);
			}
		}
	}

	/**
	 * Validates the files on all cores, then, on this thread, puts their descriptions into the index and writes
	 * their markers (unless an editor with unsaved edits speaks for a file).
	 */
	private void validate(List<IFile> toValidate, IProgressMonitor monitor) {
		SubMonitor progress = SubMonitor.convert(monitor, toValidate.size() + 1);
		ResourceDescriptionsData names = files.crossReferences() ? index.descriptions() : null;
		List<ParallelValidation.Validated> validated = new ParallelValidation(files, names).validate(toValidate,
				progress::isCanceled);
		progress.worked(1);
		for (ParallelValidation.Validated result : validated) {
			checkCanceled(progress);
			IFile file = result.file();
			URI uri = ProjectModelLoader.uri(file);
			if (result.description() != null) {
				index.put(result.description());
			}
			index.quotes(uri, result.source());
			try {
				if (!UnsavedEditors.speakFor(file)) {
					ProblemMarkers.replace(file, result.issues());
				}
			} catch (CoreException | RuntimeException e) {
				// One file whose markers cannot be written (deleted meanwhile) must not keep the others' stale.
				ILog.of(getClass()).warn("Could not write the markers of " + file.getFullPath() + ": " + e.getMessage(), e);
			}
			BuildListeners.validated(file);
			progress.worked(1);
		}
	}

	private static void checkCanceled(IProgressMonitor monitor) {
		if (monitor.isCanceled()) {
			throw new OperationCanceledException();
		}
	}
}
