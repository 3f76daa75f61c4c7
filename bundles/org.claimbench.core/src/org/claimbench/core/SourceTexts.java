package org.claimbench.core;

import java.io.IOException;
import java.nio.file.Path;
import java.nio.file.Paths;

import org.claimbench.core.io.Utf8Text;
import org.claimbench.model.claims.Document;
import org.eclipse.emf.common.util.URI;

/** Finds and reads the source text an annotation document is anchored to. */
public final class SourceTexts {

	private SourceTexts() {
	}

	/** The source text file, relative to the document's own file; null when it cannot be told. */
	public static Path sourceFile(Document document) {
		if (document.getSource() == null || document.eResource() == null) {
			return null;
		}
		URI uri = document.eResource().getURI();
		if (!uri.isFile()) {
			return null;
		}
		Path folder = Paths.get(uri.toFileString()).toAbsolutePath().getParent();
		return folder.resolve(document.getSource()).normalize();
	}

	/** The decoded text (see {@link Utf8Text}); throws with a reason a user understands. */
	public static String read(Document document) throws IOException {
		Path file = sourceFile(document);
		if (file == null) {
			throw new IOException("the document names no source text file");
		}
		try {
			return Utf8Text.read(file);
		} catch (Utf8Text.NotUtf8Exception e) {
			throw new IOException("source text " + file + " is " + e.getMessage(), e);
		} catch (IOException e) {
			throw new IOException("cannot read source text " + file + ": " + ModelLoader.reason(e), e);
		}
	}
}
