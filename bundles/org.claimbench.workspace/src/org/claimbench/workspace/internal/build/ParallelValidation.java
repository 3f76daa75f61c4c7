package org.claimbench.workspace.internal.build;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.claimbench.model.claims.Document;
import org.claimbench.workspace.internal.model.FileText;
import org.claimbench.workspace.internal.model.ProjectModelLoader;
import org.claimbench.workspace.internal.validation.ProblemMarkers;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Path;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.resource.IResourceDescription;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.resource.impl.ResourceDescriptionsData;
import org.eclipse.xtext.resource.persistence.SerializableResourceDescription;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.Issue;

/**
 * Validates files of a project on all cores, as {@code claimbench validate} does: each worker loads the project's
 * schemas and registers once into a resource set of its own, then loads, links and validates one file after the
 * other and drops it again, keeping only what the build needs of it (its issues, its description for the index, the
 * source text it quotes). Nothing here touches markers: the builder writes them, on its own thread, which holds the
 * project's scheduling rule.
 */
final class ParallelValidation {

	/** What the build keeps of a validated file; no description when it could not be read. */
	record Validated(IFile file, Map<Issue, String> issues, IResourceDescription description, IPath source) {
	}

	private final ProjectFiles project;
	private final ResourceDescriptionsData index;

	/** {@code index}: what the project's files export, for documents that name other files' elements; or null. */
	ParallelValidation(ProjectFiles project, ResourceDescriptionsData index) {
		this.project = project;
		this.index = index;
	}

	List<Validated> validate(List<IFile> files, CancelIndicator cancel) {
		if (files.isEmpty()) {
			return List.of();
		}
		int workers = Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), files.size()));
		if (workers == 1) {
			// One file (the usual incremental build) or one core: no thread to start.
			XtextResourceSet set = newSet();
			return files.stream().map(file -> validate(set, file, cancel)).toList();
		}
		ExecutorService pool = Executors.newFixedThreadPool(workers, runnable -> {
			Thread thread = new Thread(runnable, "claimbench-build");
			thread.setDaemon(true);
			return thread;
		});
		Queue<XtextResourceSet> sets = new ConcurrentLinkedQueue<>();
		ThreadLocal<XtextResourceSet> own = ThreadLocal.withInitial(() -> {
			XtextResourceSet set = newSet();
			sets.add(set);
			return set;
		});
		try {
			List<Future<Validated>> results = new ArrayList<>();
			for (IFile file : files) {
				results.add(pool.submit(() -> validate(own.get(), file, cancel)));
			}
			List<Validated> validated = new ArrayList<>();
			for (Future<Validated> result : results) {
				validated.add(result.get());
			}
			return validated;
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new OperationCanceledException("The build was interrupted");
		} catch (ExecutionException e) {
			if (e.getCause() instanceof OperationCanceledException canceled) {
				throw canceled;
			}
			throw new IllegalStateException("Validating the project failed: " + e.getCause(), e.getCause());
		} finally {
			pool.shutdownNow();
		}
	}

	private XtextResourceSet newSet() {
		XtextResourceSet set = ProjectModelLoader.newResourceSet();
		for (IFile shared : project.shared()) {
			try {
				set.getResource(ProjectModelLoader.uri(shared), true);
			} catch (RuntimeException e) {
				// Unreadable or broken: it says so when it is validated itself; the others still link what they can.
			}
		}
		if (index != null) {
			ResourceDescriptionsData.ResourceSetAdapter.installResourceDescriptionsData(set, index.copy());
		}
		return set;
	}

	private Validated validate(XtextResourceSet set, IFile file, CancelIndicator cancel) {
		if (cancel.isCanceled()) {
			throw new OperationCanceledException();
		}
		URI uri = ProjectModelLoader.uri(file);
		List<Resource> before = List.copyOf(set.getResources());
		ResourceDescriptionsData names = index == null ? null : ResourceDescriptionsData.ResourceSetAdapter.findResourceDescriptionsData(set);
		// A file's own names come from its resource, not from the index as well (they would be ambiguous).
		IResourceDescription own = names == null ? null : names.getResourceDescription(uri);
		if (own != null) {
			names.removeDescription(uri);
		}
		try {
			// A schema or register is loaded in every set already: validated where it is.
			Resource resource = set.getResource(uri, false);
			if (resource == null) {
				resource = set.createResource(uri);
				resource.load(new ByteArrayInputStream(FileText.read(file).getBytes(StandardCharsets.UTF_8)), Map.of());
			}
			XtextResource xtext = (XtextResource) resource;
			EcoreUtil.resolveAll(xtext);
			List<Issue> issues = xtext.getResourceServiceProvider().getResourceValidator().validate(xtext, CheckMode.ALL,
					cancel);
			IResourceDescription description = SerializableResourceDescription
					.createCopy(ProjectIndex.manager(uri).getResourceDescription(xtext));
			return new Validated(file, ProblemMarkers.owners(issues, xtext), description, sourceOf(file, xtext));
		} catch (IOException | CoreException e) {
			return new Validated(file, ProblemMarkers.owners(List.of(unreadable(e.getMessage())), null), null, null);
		} finally {
			// The file, and any other document its references loaded, leave the set again.
			set.getResources().retainAll(before);
			if (own != null) {
				names.addDescription(uri, own);
			}
		}
	}

	/** The workspace path of the source text a document quotes, or null. */
	private static IPath sourceOf(IFile file, XtextResource resource) {
		if (resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof Document document)
				|| document.getSource() == null || document.getSource().isBlank()) {
			return null;
		}
		try {
			return file.getParent().getFullPath().append(new Path(document.getSource()));
		} catch (RuntimeException e) {
			return null; // not a path at all: the document's validation says so
		}
	}

	private static Issue unreadable(String message) {
		Issue.IssueImpl issue = new Issue.IssueImpl();
		issue.setSeverity(Severity.ERROR);
		issue.setMessage(message);
		issue.setLineNumber(1);
		return issue;
	}
}
