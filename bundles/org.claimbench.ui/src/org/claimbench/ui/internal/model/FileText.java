package org.claimbench.ui.internal.model;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;

/** Text of a workspace file as the DSL layer sees it: UTF-8, a leading byte order mark removed, line endings kept. */
public final class FileText {

	private FileText() {
	}

	public static String read(IFile file) throws CoreException, IOException {
		try (InputStream in = file.getContents(true)) {
			String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
			return text.startsWith("\uFEFF") ? text.substring(1) : text;
		}
	}
}
