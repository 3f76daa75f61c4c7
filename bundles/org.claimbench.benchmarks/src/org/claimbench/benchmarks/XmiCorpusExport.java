package org.claimbench.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.URIHandlerImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;
import org.eclipse.xtext.resource.XtextResourceSet;

import com.google.inject.Injector;

/**
 * Moves a synthetic corpus into XMI, one file per model, the documents' links into the schema pointing at the
 * schema's XMI. The documents do not refer to each other, so, as in validation, each is loaded, linked, saved
 * and dropped on its own, on all cores; the schema is loaded once per worker. The files are the same as those
 * of moving the whole corpus into one resource set first, which took twice as long as validating it.
 */
final class XmiCorpusExport {

	private final Injector injector;
	private final Path folder;
	private final Path xmiFolder;

	XmiCorpusExport(Injector injector, Path folder, Path xmiFolder) {
		this.injector = injector;
		this.folder = folder;
		this.xmiFolder = xmiFolder;
	}

	/** Writes every file and returns the bytes written. */
	long export(List<Path> documents) throws Exception {
		Files.createDirectories(xmiFolder);
		AtomicLong bytes = new AtomicLong();
		Worker first = new Worker();
		bytes.addAndGet(first.saveSchema());
		int workers = Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), documents.size()));
		ExecutorService pool = Executors.newFixedThreadPool(workers);
		ThreadLocal<Worker> perThread = ThreadLocal.withInitial(Worker::new);
		try {
			List<Future<?>> results = new ArrayList<>();
			for (Path document : documents) {
				results.add(pool.submit(() -> bytes.addAndGet(perThread.get().save(document))));
			}
			for (Future<?> result : results) {
				result.get();
			}
		} finally {
			pool.shutdownNow();
		}
		return bytes.get();
	}

	/** A resource set with the schema linked, and the save options EMF caches between saves of one thread. */
	private final class Worker {

		private final XtextResourceSet set = injector.getInstance(XtextResourceSet.class);
		private final URI schema = URI.createFileURI(folder.resolve("bench.cbschema").toString());
		private final URI schemaXmi = xmiUri(schema);
		private final Map<Object, Object> options = new HashMap<>();

		Worker() {
			EcoreUtil.resolveAll(set.getResource(schema, true));
			// The documents' links stay on the schema's DSL resource here; written as links into its XMI, with the
			// same fragments, as if the schema had been moved there first.
			options.put(XMLResource.OPTION_URI_HANDLER, new URIHandlerImpl() {
				@Override
				public URI deresolve(URI uri) {
					return super.deresolve(schema.equals(uri.trimFragment()) ? schemaXmi.appendFragment(uri.fragment()) : uri);
				}
			});
			options.put(XMLResource.OPTION_CONFIGURATION_CACHE, Boolean.TRUE);
			options.put(XMLResource.OPTION_USE_CACHED_LOOKUP_TABLE, new ArrayList<>());
		}

		long saveSchema() throws IOException {
			Resource dsl = set.getResource(schema, false);
			Resource xmi = new XMIResourceFactoryImpl().createResource(schemaXmi);
			set.getResources().add(xmi);
			xmi.getContents().addAll(dsl.getContents());
			xmi.save(Map.of());
			return Files.size(Path.of(schemaXmi.toFileString()));
		}

		long save(Path document) {
			Resource dsl = set.getResource(URI.createFileURI(document.toString()), true);
			EcoreUtil.resolveAll(dsl);
			URI uri = xmiUri(dsl.getURI());
			Resource xmi = new XMIResourceFactoryImpl().createResource(uri);
			set.getResources().add(xmi);
			xmi.getContents().addAll(dsl.getContents());
			try {
				xmi.save(options);
				return Files.size(Path.of(uri.toFileString()));
			} catch (IOException e) {
				throw new UncheckedIOException(e);
			} finally {
				set.getResources().remove(xmi);
				set.getResources().remove(dsl);
			}
		}

		private URI xmiUri(URI dsl) {
			return URI.createFileURI(xmiFolder.resolve(dsl.trimFileExtension().lastSegment() + ".xmi").toString());
		}
	}
}
