package org.claimbench.ui.internal.editor;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.Path;

/**
 * Keeps the version of a document the user did not choose, in a new file beside it ({@code edd.claims.on-disk},
 * then {@code edd.claims.on-disk-2}, ...), so that choosing one version never loses the other. The copy's
 * extension is not a ClaimBench one: the builder leaves it alone and it opens as plain text.
 */
public final class BesideCopy {

	private BesideCopy() {
	}

	/** Writes the text to the first free name {@code file name + "." + suffix[-n]} and returns that file. */
	public static IFile write(IFile file, String suffix, String text) throws CoreException {
		IFile copy = file.getParent().getFile(new Path(file.getName() + "." + suffix));
		for (int n = 2; copy.exists(); n++) {
			copy = file.getParent().getFile(new Path(file.getName() + "." + suffix + "-" + n));
		}
		copy.create(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), IResource.NONE, null);
		copy.setCharset(StandardCharsets.UTF_8.name(), null);
		return copy;
	}
}
