package org.claimbench.core.export;

import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.claimbench.model.claims.ClaimsFactory;
import org.claimbench.model.claims.Document;
import org.claimbench.model.claims.Schema;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.XMLHelper;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.XMLSave;
import org.eclipse.emf.ecore.xmi.impl.XMIHelperImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;
import org.eclipse.emf.ecore.xmi.impl.XMISaveImpl;

/**
 * The XMI export of files too many to hold at once: {@link XmiExporter}'s file (one XMI, the documents given, then
 * the documents and schemas they refer to, each a root of its own) written one root at a time. Each root is written
 * straight from its DSL resource while it is loaded, its references to other roots as the references within one file
 * that they become ({@code /3/@categories.0/@kinds.2}: the fourth root's ...), so nothing is copied.
 * <p>
 * Of several documents, each is written while validation has it loaded anyway, on the validation's threads
 * ({@link #add}), into a spool file beside the output in the documents' order. Where the documents and schemas they
 * refer to will stand is known only once every document has been seen, so references to them are written as
 * numbered marks, replaced as the spool is copied to the output behind the file's first tag (whose namespaces also
 * depend on every root). Then those roots are loaded once more and written.
 */
public final class StreamingXmiExport implements Closeable {

	/** What XmiExporter's resource is called, so that a reference left unresolved (only with --force) reads the same. */
	private static final URI NAME = URI.createURI("claimbench-export.xmi");
	private static final String END = "</xmi:XMI>";
	/** Brackets a mark; EMF writes no control character of a model's text as it is, so no text is taken for one. */
	private static final char MARK = '\u0001';

	private final List<Path> documents;
	private final Map<URI, Integer> indexOf = new ConcurrentHashMap<>();
	/** The roots beyond the given documents that a written document referred to, each with the number of its mark. */
	private final Map<URI, Integer> marks = new ConcurrentHashMap<>();
	private final AtomicInteger nextMark = new AtomicInteger();
	private final ThreadLocal<Map<Object, Object>> options = ThreadLocal.withInitial(StreamingXmiExport::saveOptions);
	private final Spool spool;
	/** Whether there is more than one root: EMF writes a lone root without the xmi:XMI wrapper and with other fragments. */
	private boolean several;
	/** The file's first lines up to its {@code <xmi:XMI ...>} tag; the one declaring the most namespaces wins. */
	private String header = "";

	/**
	 * @param documents the annotation documents given, in order
	 * @param spoolFolder where the documents wait for the file's first tag: the output's folder
	 */
	public StreamingXmiExport(List<Path> documents, Path spoolFolder) throws IOException {
		this.documents = documents;
		for (Path document : documents) {
			indexOf.put(DocumentPass.uriOf(document), indexOf.size());
		}
		several = documents.size() > 1;
		spool = new Spool(spoolFolder);
	}

	/**
	 * Writes a document given while validation has it loaded and linked; several threads may call at once. A lone
	 * document waits for {@link #finish}: only then is it known whether it is the file's only root.
	 */
	public void add(Document document) {
		Integer index = document.eResource() == null ? null : indexOf.get(document.eResource().getURI());
		if (several && index != null) {
			try {
				spool.add(index, body(document));
			} catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		}
	}

	/**
	 * Writes the file: the documents given (those not written yet loaded again), then the documents and schemas they
	 * refer to.
	 *
	 * @param found the documents (true) and schemas (false) referred to, as {@link ExportRoots#inOrder} lists them
	 */
	public void finish(List<Path> files, Map<URI, Boolean> found, OutputStream out) throws IOException {
		List<URI> beyond = new ArrayList<>();
		for (boolean wantDocuments : new boolean[] { true, false }) {
			found.forEach((uri, document) -> {
				if (document == wantDocuments && !indexOf.containsKey(uri)) {
					beyond.add(uri);
				}
			});
		}
		beyond.forEach(uri -> indexOf.put(uri, indexOf.size()));
		several = indexOf.size() > 1;
		DocumentPass pass = new DocumentPass(files);
		if (documents.size() == 1) {
			pass.forEachDocument(document -> spool.add(indexOf.get(document.eResource().getURI()), body(document)));
		}
		for (URI uri : beyond) {
			pass.withRoots(uri, root -> {
				if (root instanceof Document || root instanceof Schema) {
					spool.add(indexOf.get(uri), body(root));
				}
			});
		}
		spool.close();
		OutputStream file = new BufferedOutputStream(out);
		if (several) {
			file.write(header.getBytes(StandardCharsets.UTF_8));
		}
		try (InputStream body = Files.newInputStream(spool.file)) {
			copyReplacingMarks(body, file);
		}
		if (several) {
			file.write(("\n" + END + "\n").getBytes(StandardCharsets.UTF_8));
		}
		file.flush();
	}

	/** Removes the spool file; the export is over, written or not. */
	@Override
	public void close() throws IOException {
		spool.close();
		Files.deleteIfExists(spool.file);
	}

	private void copyReplacingMarks(InputStream in, OutputStream out) throws IOException {
		Map<Integer, URI> byMark = new HashMap<>();
		marks.forEach((uri, mark) -> byMark.put(mark, uri));
		byte[] buffer = new byte[1 << 16];
		// A mark may straddle two reads: -1 outside one, else the number read so far.
		int mark = -1;
		for (int read = in.read(buffer); read != -1; read = in.read(buffer)) {
			int copied = 0;
			for (int i = 0; i < read; i++) {
				if (buffer[i] == MARK) {
					if (mark < 0) {
						out.write(buffer, copied, i - copied);
						mark = 0;
					} else {
						Integer index = indexOf.get(byMark.get(mark));
						if (index == null) {
							throw new IOException("a reference to a file that the export does not carry (mark " + mark + ")");
						}
						out.write(String.valueOf(index).getBytes(StandardCharsets.US_ASCII));
						mark = -1;
					}
					copied = i + 1;
				} else if (mark >= 0) {
					mark = mark * 10 + (buffer[i] - '0');
					copied = i + 1;
				}
			}
			out.write(buffer, copied, read - copied);
		}
	}

	/**
	 * One root's element as it stands in the whole file. EMF writes it inside the {@code xmi:XMI} wrapper only when it
	 * saves several roots: an empty schema, saved first, makes it do so and is cut off again.
	 */
	private byte[] body(EObject root) throws IOException {
		EcoreUtil.resolveAll(root);
		Scratch scratch = new Scratch();
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		if (!several) {
			scratch.save(bytes, withRoots(List.of(root)));
			return bytes.toByteArray();
		}
		Schema placeholder = ClaimsFactory.eINSTANCE.createSchema();
		scratch.save(bytes, withRoots(List.of(placeholder, root)));
		String text = bytes.toString(StandardCharsets.UTF_8);
		int tagEnd = text.indexOf('>', text.indexOf("<xmi:XMI")) + 1;
		synchronized (this) {
			if (tagEnd > header.length()) {
				header = text.substring(0, tagEnd);
			}
		}
		// The placeholder is the line after the tag; the root's element starts at the line break after it.
		int from = text.indexOf('\n', tagEnd + 1);
		int to = text.lastIndexOf("\n" + END);
		return text.substring(from, to).getBytes(StandardCharsets.UTF_8);
	}

	private static Map<Object, Object> saveOptions() {
		Map<Object, Object> options = new HashMap<>();
		options.put(XMLResource.OPTION_ENCODING, StandardCharsets.UTF_8.name());
		options.put(XMLResource.OPTION_LINE_WIDTH, 100);
		// As the benchmark's per-document XMI export: EMF keeps its lookup tables between the saves of one thread.
		options.put(XMLResource.OPTION_CONFIGURATION_CACHE, Boolean.TRUE);
		options.put(XMLResource.OPTION_USE_CACHED_LOOKUP_TABLE, new ArrayList<>());
		return options;
	}

	private Map<Object, Object> withRoots(List<EObject> saved) {
		Map<Object, Object> these = new HashMap<>(options.get());
		these.put(XMLResource.OPTION_ROOT_OBJECTS, saved);
		return these;
	}

	/** The fragment of an element within the whole file: its root's index there (or its mark), then its path within the root. */
	private String fragment(EObject element) {
		List<String> segments = new ArrayList<>();
		InternalEObject current = (InternalEObject) element;
		for (InternalEObject container = current.eInternalContainer(); container != null; container = current.eInternalContainer()) {
			segments.add(container.eURIFragmentSegment(current.eContainingFeature(), current));
			current = container;
		}
		StringBuilder fragment = new StringBuilder("/");
		if (several) {
			URI uri = current.eResource().getURI();
			Integer index = indexOf.get(uri);
			fragment.append(index != null ? String.valueOf(index) : MARK + String.valueOf(marks.computeIfAbsent(uri, u -> nextMark.getAndIncrement())) + MARK);
		}
		for (int i = segments.size() - 1; i >= 0; i--) {
			fragment.append('/').append(segments.get(i));
		}
		return fragment.toString();
	}

	/** Whether a reference to the element is one within the file: it lies in a document or schema file, all of which the file carries. */
	private static boolean carried(Object value) {
		if (value instanceof EObject element && !element.eIsProxy()) {
			EObject root = EcoreUtil.getRootContainer(element);
			Resource resource = root.eResource();
			return resource != null && (root instanceof Document || root instanceof Schema);
		}
		return false;
	}

	/** A resource only to save roots through, which writes references to any root of the file as references within it. */
	private final class Scratch extends XMIResourceImpl {

		Scratch() {
			super(NAME);
		}

		@Override
		protected XMLHelper createXMLHelper() {
			return new XMIHelperImpl(this) {
				@Override
				public String getIDREF(EObject element) {
					return carried(element) ? fragment(element) : super.getIDREF(element);
				}
			};
		}

		@Override
		protected XMLSave createXMLSave() {
			return new XMISaveImpl(createXMLHelper()) {
				@Override
				protected int sameDocSingle(EObject owner, EStructuralFeature feature) {
					int where = super.sameDocSingle(owner, feature);
					return where == CROSS_DOC && carried(helper.getValue(owner, feature)) ? SAME_DOC : where;
				}

				@Override
				protected int sameDocMany(EObject owner, EStructuralFeature feature) {
					int where = super.sameDocMany(owner, feature);
					return where == CROSS_DOC && ((List<?>) helper.getValue(owner, feature)).stream().allMatch(StreamingXmiExport::carried)
							? SAME_DOC : where;
				}
			};
		}
	}

	/**
	 * The roots written so far, in the file's order: a root written ahead of its turn (by another thread) waits here.
	 * A document that did not load (the export is then refused) would hold back those after it.
	 */
	private static final class Spool implements Closeable {

		private final Path file;
		private final OutputStream out;
		private final Map<Integer, byte[]> waiting = new HashMap<>();
		private int next;
		private boolean closed;

		Spool(Path folder) throws IOException {
			file = Files.createTempFile(folder, ".claimbench-export", ".xmi.part");
			out = new BufferedOutputStream(Files.newOutputStream(file));
		}

		synchronized void add(int index, byte[] body) throws IOException {
			waiting.put(index, body);
			for (byte[] ready = waiting.remove(next); ready != null; ready = waiting.remove(next)) {
				out.write(ready);
				next++;
			}
		}

		@Override
		public synchronized void close() throws IOException {
			if (!closed) {
				closed = true;
				out.close();
			}
		}
	}
}
