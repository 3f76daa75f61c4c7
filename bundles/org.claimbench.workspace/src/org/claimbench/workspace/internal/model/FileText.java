package org.claimbench.workspace.internal.model;

import java.io.IOException;
import java.io.InputStream;

import org.claimbench.dsl.source.StrictUtf8;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;

/**
 * Text of a workspace file as the DSL layer sees it: strict UTF-8, a leading byte order mark removed, line
 * endings kept. Bytes that are not UTF-8 are refused rather than replaced, so a save can never write the
 * replacement characters back over the specialist's text.
 */
public final class FileText {

	private FileText() {
	}

	/** @throws IOException naming the file and the first byte that is not UTF-8 */
	public static String read(IFile file) throws CoreException, IOException {
		byte[] bytes;
		try (InputStream in = file.getContents(true)) {
			bytes = in.readAllBytes();
		}
		try {
			return StrictUtf8.decode(bytes);
		} catch (StrictUtf8.MalformedException e) {
			throw new IOException(file.getName() + " is not valid UTF-8 (byte " + e.byteOffset + ", line " + e.line
					+ "); save it as UTF-8 text", e);
		}
	}
}
