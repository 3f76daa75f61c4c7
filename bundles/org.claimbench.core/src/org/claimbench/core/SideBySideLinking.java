package org.claimbench.core;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.resource.SynchronizedXtextResourceSet;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.impl.ResourceDescriptionsData;

/**
 * Resolves every link of a resource set that holds several long documents of one statement (the coders'
 * versions, a gold) besides the schemas and registers they link against, each document on a thread of its own.
 * <p>
 * Linking a document writes only to that document (its links, its diagnostics, the caches and adapters Xtext keeps
 * on it) as long as what it reads of the others stands still. So the shared part is made to stand still first, on
 * the calling thread: the other resources' links are resolved (a name that cannot be is remembered as such and not
 * tried again), every resource's exported names are computed (the set's global scope reads them, the documents'
 * among them), and each document's first link (the name of its schema) is resolved, which installs the last
 * adapter Xtext adds to a document while linking. After that the threads only read what they share; what Xtext
 * itself keeps for all (the resource set's list and map, the resources' caches) it guards for concurrent use. A set
 * whose documents name elements of other files through an index is linked one resource after the other as before:
 * resolving such a name loads the file into the set.
 */
public final class SideBySideLinking {

	private SideBySideLinking() {
	}

	/** Resolves every link in the set, those of the given documents side by side when that is safe. */
	public static void resolveAll(ResourceSet set, List<Resource> documents) throws InterruptedException {
		int threads = Math.min(documents.size(), Runtime.getRuntime().availableProcessors());
		if (threads < 2 || !(set instanceof SynchronizedXtextResourceSet)
				|| ResourceDescriptionsData.ResourceSetAdapter.findResourceDescriptionsData(set) != null) {
			EcoreUtil.resolveAll(set);
			return;
		}
		List<Resource> shared = new ArrayList<>(set.getResources());
		shared.removeAll(documents);
		shared.forEach(EcoreUtil::resolveAll);
		for (Resource resource : List.copyOf(set.getResources())) {
			if (resource instanceof XtextResource xtext) {
				xtext.getResourceServiceProvider().getResourceDescriptionManager().getResourceDescription(resource).getExportedObjects();
			}
		}
		documents.forEach(SideBySideLinking::resolveFirstLink);
		List<Resource> before = List.copyOf(set.getResources());
		ExecutorService linkers = Executors.newFixedThreadPool(threads, runnable -> {
			Thread thread = new Thread(runnable, "claimbench-linking");
			thread.setDaemon(true);
			return thread;
		});
		try {
			List<Future<?>> linked = new ArrayList<>();
			for (Resource document : documents) {
				linked.add(linkers.submit(() -> EcoreUtil.resolveAll(document)));
			}
			for (Future<?> done : linked) {
				done.get();
			}
		} catch (ExecutionException e) {
			throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getCause());
		} finally {
			linkers.shutdownNow();
		}
		// Nothing should have been loaded on the way; should a link have loaded a file all the same, it is linked here.
		List<Resource> added = new ArrayList<>(set.getResources());
		added.removeAll(before);
		added.forEach(EcoreUtil::resolveAll);
	}

	/** Resolves the document's first link (its schema's name), the first that asks the set's global scope. */
	private static void resolveFirstLink(Resource document) {
		for (TreeIterator<EObject> contents = document.getAllContents(); contents.hasNext();) {
			Iterator<EObject> links = contents.next().eCrossReferences().iterator();
			if (links.hasNext()) {
				links.next();
				return;
			}
		}
	}
}
