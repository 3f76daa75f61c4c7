package org.claimbench.dsl.source;

import java.util.LinkedHashMap;
import java.util.Map;

import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.notify.impl.AdapterImpl;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.ResourceSet;

/**
 * The source texts read for one resource set, kept on it as an adapter: they live and go with the set, so a
 * long-lived process (the command-line server, the workbench) has nothing to clear. An entry counts only while the
 * file has the time stamp and length it had when read.
 */
final class SourceTextCache extends AdapterImpl {

	private static final int CAPACITY = 64;

	private record Read(long timeStamp, long length, SourceText text) {
	}

	private final Map<URI, Read> texts = new LinkedHashMap<>(16, 0.75f, true) {
		private static final long serialVersionUID = 1L;

		@Override
		protected boolean removeEldestEntry(Map.Entry<URI, Read> eldest) {
			return size() > CAPACITY;
		}
	};

	/** The cache of the resource set, added on first use. */
	static SourceTextCache of(ResourceSet resourceSet) {
		// Validation jobs and the editor may read through one set at once: the set's adapter list is the lock.
		synchronized (resourceSet.eAdapters()) {
			for (Adapter adapter : resourceSet.eAdapters()) {
				if (adapter instanceof SourceTextCache cache) {
					return cache;
				}
			}
			SourceTextCache cache = new SourceTextCache();
			resourceSet.eAdapters().add(cache);
			return cache;
		}
	}

	@Override
	public boolean isAdapterForType(Object type) {
		return type == SourceTextCache.class;
	}

	/** The text read from the URI, if the file still has that time stamp and length; else null. */
	synchronized SourceText get(URI uri, long timeStamp, long length) {
		Read read = texts.get(uri);
		return read != null && read.timeStamp() == timeStamp && read.length() == length ? read.text() : null;
	}

	synchronized void put(URI uri, long timeStamp, long length, SourceText text) {
		texts.put(uri, new Read(timeStamp, length, text));
	}
}
