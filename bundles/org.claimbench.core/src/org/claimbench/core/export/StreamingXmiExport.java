package org.claimbench.core.export;

import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
 * The XMI export of files too many to hold at once: {@link XmiExporter}'s file (one XMI, the documents given,
 * then the documents and schemas they refer to, each a root of its own) written one root at a time. Each root is
 * written straight from its DSL resource while it is loaded, its references to other roots as the references
 * within one file that they become ({@code /3/@categories.0/@kinds.2}: the fourth root's ...), so nothing is
 * copied and no root waits for another. Which namespaces the file's first tag declares depends on every root, so
 * the roots go to a spool file beside the output first.
 */
public final class StreamingXmiExport {

	/** What XmiExporter's resource is called, so that a reference left unresolved (only with --force) reads the same. */
	private static final URI NAME = URI.createURI("claimbench-export.xmi");
	private static final String END = "</xmi:XMI>";

	private final Map<URI, Integer> indexOf = new HashMap<>();
	private final int roots;
	private final Map<Object, Object> options = new HashMap<>();
	/** The file's first lines up to its {@code <xmi:XMI ...>} tag; the one declaring the most namespaces wins. */
	private String header = "";

	/**
	 * @param documents the annotation documents given, in order
	 * @param found     the documents (true) and schemas (false) they refer to, as {@link ExportRoots#inOrder} lists them
	 */
	private StreamingXmiExport(List<Path> documents, Map<URI, Boolean> found) {
		for (Path document : documents) {
			indexOf.put(DocumentPass.uriOf(document), indexOf.size());
		}
		for (boolean wantDocuments : new boolean[] { true, false }) {
			found.forEach((uri, document) -> {
				if (document == wantDocuments) {
					indexOf.putIfAbsent(uri, indexOf.size());
				}
			});
		}
		roots = indexOf.size();
		options.put(XMLResource.OPTION_ENCODING, StandardCharsets.UTF_8.name());
		options.put(XMLResource.OPTION_LINE_WIDTH, 100);
		// As the benchmark's per-document XMI export: EMF keeps its lookup tables between the saves of one writer.
		options.put(XMLResource.OPTION_CONFIGURATION_CACHE, Boolean.TRUE);
		options.put(XMLResource.OPTION_USE_CACHED_LOOKUP_TABLE, new ArrayList<>());
	}

	/**
	 * Writes the annotation documents among the files, which have loaded without problems before, with the roots
	 * found beyond them.
	 */
	public static void write(List<Path> files, Map<URI, Boolean> found, OutputStream out, Path spoolFolder) throws IOException {
		DocumentPass pass = new DocumentPass(files);
		StreamingXmiExport export = new StreamingXmiExport(pass.documents(), found);
		Path spool = Files.createTempFile(spoolFolder, ".claimbench-export", ".xmi.part");
		try {
			try (OutputStream body = new BufferedOutputStream(Files.newOutputStream(spool))) {
				pass.forEachDocument(document -> export.root(document, body));
				Map<URI, Boolean> ordered = new LinkedHashMap<>();
				found.forEach((uri, document) -> {
					if (document) {
						ordered.put(uri, true);
					}
				});
				found.forEach(ordered::putIfAbsent);
				for (URI uri : ordered.keySet()) {
					pass.withRoots(uri, root -> {
						if (root instanceof Document || root instanceof Schema) {
							export.root(root, body);
						}
					});
				}
			}
			OutputStream file = new BufferedOutputStream(out);
			if (export.roots > 1) {
				file.write(export.header.getBytes(StandardCharsets.UTF_8));
			}
			try (InputStream body = Files.newInputStream(spool)) {
				body.transferTo(file);
			}
			if (export.roots > 1) {
				file.write(("\n" + END + "\n").getBytes(StandardCharsets.UTF_8));
			}
			file.flush();
		} finally {
			Files.deleteIfExists(spool);
		}
	}

	/**
	 * One root's element as it stands in the whole file. EMF writes it inside the {@code xmi:XMI} wrapper only when
	 * it saves several roots: an empty schema, saved first, makes it do so and is cut off again.
	 */
	private void root(EObject root, OutputStream body) throws IOException {
		EcoreUtil.resolveAll(root);
		Scratch scratch = new Scratch();
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		if (roots == 1) {
			scratch.save(bytes, withRoots(List.of(root)));
			body.write(bytes.toByteArray());
			return;
		}
		Schema placeholder = ClaimsFactory.eINSTANCE.createSchema();
		scratch.save(bytes, withRoots(List.of(placeholder, root)));
		String text = bytes.toString(StandardCharsets.UTF_8);
		int tagEnd = text.indexOf('>', text.indexOf("<xmi:XMI")) + 1;
		String start = text.substring(0, tagEnd);
		if (start.length() > header.length()) {
			header = start;
		}
		// The placeholder is the line after the tag; the root's element starts at the line break after it.
		int from = text.indexOf('\n', tagEnd + 1);
		int to = text.lastIndexOf("\n" + END);
		body.write(text.substring(from, to).getBytes(StandardCharsets.UTF_8));
	}

	private Map<Object, Object> withRoots(List<EObject> saved) {
		Map<Object, Object> these = new HashMap<>(options);
		these.put(XMLResource.OPTION_ROOT_OBJECTS, saved);
		return these;
	}

	/** The fragment of an element within the whole file: its root's index there, then its path within the root. */
	private String fragment(EObject element) {
		List<String> segments = new ArrayList<>();
		InternalEObject current = (InternalEObject) element;
		for (InternalEObject container = current.eInternalContainer(); container != null; container = current.eInternalContainer()) {
			segments.add(container.eURIFragmentSegment(current.eContainingFeature(), current));
			current = container;
		}
		StringBuilder fragment = new StringBuilder("/").append(roots > 1 ? String.valueOf(indexOf(current)) : "");
		for (int i = segments.size() - 1; i >= 0; i--) {
			fragment.append('/').append(segments.get(i));
		}
		return fragment.toString();
	}

	private Integer indexOf(EObject root) {
		Resource resource = root.eResource();
		return resource == null ? null : indexOf.get(resource.getURI());
	}

	/** Whether a reference to the element is one within the file: it lies in one of the file's roots. */
	private boolean carried(Object value) {
		return value instanceof EObject element && !element.eIsProxy() && indexOf(EcoreUtil.getRootContainer(element)) != null;
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
					return where == CROSS_DOC && ((List<?>) helper.getValue(owner, feature)).stream().allMatch(StreamingXmiExport.this::carried)
							? SAME_DOC : where;
				}
			};
		}
	}
}
