package org.claimbench.ui.internal.decorators;

import java.util.LinkedHashSet;
import java.util.Set;

import org.claimbench.core.ClaimBenchLanguages;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IMarkerDelta;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IResourceChangeEvent;
import org.eclipse.core.resources.IResourceChangeListener;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.viewers.IDecoration;
import org.eclipse.jface.viewers.ILightweightLabelDecorator;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.LabelProviderChangedEvent;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;

/**
 * Shows the validation state of schema and annotation files in the navigator: an error or warning overlay and
 * a count such as {@code [2 errors, 1 warning]}, taken from their problem markers and refreshed when these change.
 */
public final class ValidationStateDecorator extends LabelProvider implements ILightweightLabelDecorator, IResourceChangeListener {

	public static final String ID = "org.claimbench.ui.validationStateDecorator";

	public ValidationStateDecorator() {
		ResourcesPlugin.getWorkspace().addResourceChangeListener(this, IResourceChangeEvent.POST_CHANGE);
	}

	@Override
	public void decorate(Object element, IDecoration decoration) {
		if (!(element instanceof IFile file) || !file.isAccessible() || !ClaimBenchLanguages.isModelFile(file.getName())) {
			return;
		}
		ProblemCount count = ProblemCount.of(file);
		if (count.errors() > 0) {
			decoration.addOverlay(overlay(ISharedImages.IMG_DEC_FIELD_ERROR), IDecoration.BOTTOM_LEFT);
		} else if (count.warnings() > 0) {
			decoration.addOverlay(overlay(ISharedImages.IMG_DEC_FIELD_WARNING), IDecoration.BOTTOM_LEFT);
		}
		if (!count.isEmpty()) {
			decoration.addSuffix(" " + count);
		}
	}

	private static ImageDescriptor overlay(String key) {
		return PlatformUI.getWorkbench().getSharedImages().getImageDescriptor(key);
	}

	@Override
	public void resourceChanged(IResourceChangeEvent event) {
		Set<IResource> changed = new LinkedHashSet<>();
		for (IMarkerDelta delta : event.findMarkerDeltas(IMarker.PROBLEM, true)) {
			if (delta.getResource() instanceof IFile file && ClaimBenchLanguages.isModelFile(file.getName())) {
				changed.add(file);
			}
		}
		if (changed.isEmpty()) {
			return;
		}
		Display display = PlatformUI.isWorkbenchRunning() ? PlatformUI.getWorkbench().getDisplay() : null;
		if (display != null && !display.isDisposed()) {
			display.asyncExec(() -> fireLabelProviderChanged(new LabelProviderChangedEvent(this, changed.toArray())));
		}
	}

	@Override
	public void dispose() {
		ResourcesPlugin.getWorkspace().removeResourceChangeListener(this);
		super.dispose();
	}

	/** The problems of one file, worded as its label suffix. */
	record ProblemCount(int errors, int warnings) {

		static ProblemCount of(IFile file) {
			int errors = 0;
			int warnings = 0;
			try {
				for (IMarker marker : file.findMarkers(IMarker.PROBLEM, true, IResource.DEPTH_ZERO)) {
					int severity = marker.getAttribute(IMarker.SEVERITY, IMarker.SEVERITY_INFO);
					if (severity == IMarker.SEVERITY_ERROR) {
						errors++;
					} else if (severity == IMarker.SEVERITY_WARNING) {
						warnings++;
					}
				}
			} catch (CoreException e) {
				// A file whose markers cannot be read is shown undecorated, as if it had none.
			}
			return new ProblemCount(errors, warnings);
		}

		boolean isEmpty() {
			return errors == 0 && warnings == 0;
		}

		@Override
		public String toString() {
			StringBuilder text = new StringBuilder("[");
			if (errors > 0) {
				text.append(errors).append(errors == 1 ? " error" : " errors");
			}
			if (warnings > 0) {
				text.append(errors > 0 ? ", " : "").append(warnings).append(warnings == 1 ? " warning" : " warnings");
			}
			return text.append(']').toString();
		}
	}
}
