package org.claimbench.workspace.internal.validation;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;

import org.eclipse.core.resources.IFile;

/**
 * The open editors whose unsaved text speaks for a file: markers describe the saved file, except while an editor
 * holds unsaved edits of it, when its own validation writes them. Validation of saved files (the project builder)
 * asks here before writing, so the two never overwrite each other's markers.
 */
public final class UnsavedEditors {

	private record Editor(BooleanSupplier dirty, Runnable revalidate) {
	}

	private static final Map<IFile, List<Editor>> OPEN = new ConcurrentHashMap<>();

	private UnsavedEditors() {
	}

	/**
	 * Registers an open editor of the file: {@code dirty} tells whether it holds unsaved edits (it may be asked
	 * from any thread), {@code revalidate} asks it to validate its text again. Returns what unregisters it.
	 */
	public static Runnable register(IFile file, BooleanSupplier dirty, Runnable revalidate) {
		Editor editor = new Editor(dirty, revalidate);
		OPEN.computeIfAbsent(file, f -> new CopyOnWriteArrayList<>()).add(editor);
		return () -> OPEN.computeIfPresent(file, (f, editors) -> {
			editors.remove(editor);
			return editors.isEmpty() ? null : editors;
		});
	}

	/**
	 * True when an open editor holds unsaved edits of the file; such editors are asked to validate their text
	 * again (a schema or another document it refers to has changed), so their markers show the latest state.
	 */
	public static boolean speakFor(IFile file) {
		boolean unsaved = false;
		for (Editor editor : OPEN.getOrDefault(file, List.of())) {
			if (editor.dirty().getAsBoolean()) {
				unsaved = true;
				editor.revalidate().run();
			}
		}
		return unsaved;
	}
}
