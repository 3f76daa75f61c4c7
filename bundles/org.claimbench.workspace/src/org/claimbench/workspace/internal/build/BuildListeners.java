package org.claimbench.workspace.internal.build;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.eclipse.core.resources.IFile;

/** Who wants to know which files a build validated: tests, which count them. The product registers none. */
public final class BuildListeners {

	private static final List<Consumer<IFile>> LISTENERS = new CopyOnWriteArrayList<>();

	private BuildListeners() {
	}

	public static void add(Consumer<IFile> listener) {
		LISTENERS.add(listener);
	}

	public static void remove(Consumer<IFile> listener) {
		LISTENERS.remove(listener);
	}

	static void validated(IFile file) {
		for (Consumer<IFile> listener : LISTENERS) {
			listener.accept(file);
		}
	}
}
