package org.claimbench.reliability.tests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.nio.file.Paths;

import org.eclipse.core.runtime.FileLocator;
import org.eclipse.core.runtime.Platform;

/** The sample statement of the samples bundle, as a folder on disk. */
final class SampleFolder {

	private SampleFolder() {
	}

	static Path path() {
		try {
			return Paths.get(FileLocator.toFileURL(Platform.getBundle("org.claimbench.samples").getEntry("us-japan-edd-2024/"))
					.getPath());
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
