package org.claimbench.ui.internal.views;

import java.util.function.Consumer;

import org.claimbench.ui.internal.editor.AnnotationEditor;
import org.claimbench.workspace.internal.model.AnnotationDelta;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPartReference;

/**
 * The annotation editor a view follows: the one the page last activated, until it closes. The view hears
 * when the editor changes and whenever that editor's document changes.
 */
public final class ActiveAnnotationEditor {

	private final IWorkbenchPage page;
	private final Runnable onSwitch;
	private final Consumer<AnnotationDelta> onChange;
	private AnnotationEditor editor;

	private final IPartListener2 tracker = new IPartListener2() {
		@Override
		public void partActivated(IWorkbenchPartReference ref) {
			if (ref.getPart(false) instanceof AnnotationEditor activated) {
				track(activated);
			}
		}

		@Override
		public void partClosed(IWorkbenchPartReference ref) {
			if (ref.getPart(false) == editor) {
				track(null);
			}
		}
	};

	public ActiveAnnotationEditor(IWorkbenchPage page, Runnable onChange) {
		this(page, onChange, delta -> onChange.run());
	}

	/** Runs onSwitch when another editor is followed, and hands onChange what each change of its document touched. */
	public ActiveAnnotationEditor(IWorkbenchPage page, Runnable onSwitch, Consumer<AnnotationDelta> onChange) {
		this.page = page;
		this.onSwitch = onSwitch;
		this.onChange = onChange;
		page.addPartListener(tracker);
		editor = page.getActiveEditor() instanceof AnnotationEditor active ? active : null;
		if (editor != null) {
			editor.session().addDeltaListener(onChange);
		}
	}

	/** The followed editor, or null. */
	public AnnotationEditor editor() {
		return editor;
	}

	private void track(AnnotationEditor next) {
		if (next == editor) {
			return;
		}
		if (editor != null) {
			editor.session().removeDeltaListener(onChange);
		}
		editor = next;
		if (editor != null) {
			editor.session().addDeltaListener(onChange);
		}
		onSwitch.run();
	}

	public void dispose() {
		page.removePartListener(tracker);
		if (editor != null) {
			editor.session().removeDeltaListener(onChange);
		}
	}
}
