package org.claimbench.ui.sourceeditor.internal;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IResourceChangeEvent;
import org.eclipse.core.resources.IResourceDelta;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;

/**
 * The last parse of the few source texts being worked on. Hover, Ctrl+hover (asked on every mouse move),
 * F3, occurrences and folding each asked for the same text, and each parsed it with the project's schemas,
 * registers and documents again. A parse stands for its file and exact text; any change to a schema or
 * document of the workspace drops them all, since it can change what every text means.
 */
final class ParsedSources {

	/** Enough for the editors a user works in side by side; an LRU bound keeps the memory of closed ones small. */
	private static final int KEPT = 6;

	private static final Map<IFile, LanguageServices> PARSED = new LinkedHashMap<>(16, 0.75f, true) {
		@Override
		protected boolean removeEldestEntry(Map.Entry<IFile, LanguageServices> eldest) {
			return size() > KEPT;
		}
	};

	static {
		ResourcesPlugin.getWorkspace().addResourceChangeListener(ParsedSources::changed, IResourceChangeEvent.POST_CHANGE);
	}

	private ParsedSources() {
	}

	/** The services on this text of the file: the kept parse when it is of the same text, otherwise a new one. */
	static LanguageServices of(IFile file, String text) throws CoreException, IOException {
		synchronized (PARSED) {
			LanguageServices kept = PARSED.get(file);
			if (kept != null && kept.isOf(text)) {
				return kept;
			}
		}
		// Parsed outside the lock: a slow parse of one file must not hold up the hover of another.
		LanguageServices parsed = LanguageServices.parse(file, text);
		synchronized (PARSED) {
			PARSED.put(file, parsed);
		}
		return parsed;
	}

	private static void changed(IResourceChangeEvent event) {
		IResourceDelta delta = event.getDelta();
		if (delta == null) {
			return;
		}
		boolean[] modelFileChanged = { false };
		try {
			delta.accept(child -> {
				if (child.getResource().getType() == IResource.FILE && DslLanguage.of((IFile) child.getResource()) != null) {
					modelFileChanged[0] = true;
				}
				return !modelFileChanged[0];
			});
		} catch (CoreException e) {
			modelFileChanged[0] = true;
		}
		if (modelFileChanged[0]) {
			synchronized (PARSED) {
				PARSED.clear();
			}
		}
	}
}
