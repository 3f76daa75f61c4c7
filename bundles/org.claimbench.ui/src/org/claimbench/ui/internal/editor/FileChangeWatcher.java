package org.claimbench.ui.internal.editor;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResourceChangeEvent;
import org.eclipse.core.resources.IResourceChangeListener;
import org.eclipse.core.resources.IResourceDelta;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.swt.widgets.Display;

/**
 * Tells an editor, on the UI thread, when its file's contents changed in the workspace: saved by the
 * source editor, restored from history or rewritten by a command, so both editors of one document agree.
 */
final class FileChangeWatcher implements IResourceChangeListener {

	private final IFile file;
	private final Display display;
	private final Runnable onChange;

	private FileChangeWatcher(IFile file, Display display, Runnable onChange) {
		this.file = file;
		this.display = display;
		this.onChange = onChange;
	}

	static FileChangeWatcher watch(IFile file, Display display, Runnable onChange) {
		FileChangeWatcher watcher = new FileChangeWatcher(file, display, onChange);
		ResourcesPlugin.getWorkspace().addResourceChangeListener(watcher, IResourceChangeEvent.POST_CHANGE);
		return watcher;
	}

	void stop() {
		ResourcesPlugin.getWorkspace().removeResourceChangeListener(this);
	}

	@Override
	public void resourceChanged(IResourceChangeEvent event) {
		IResourceDelta delta = event.getDelta() == null ? null : event.getDelta().findMember(file.getFullPath());
		if (delta != null && delta.getKind() == IResourceDelta.CHANGED && (delta.getFlags() & IResourceDelta.CONTENT) != 0
				&& !display.isDisposed()) {
			display.asyncExec(onChange);
		}
	}
}
