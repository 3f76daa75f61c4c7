package org.claimbench.cli.tests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.stream.Stream;

import org.eclipse.core.runtime.FileLocator;
import org.eclipse.core.runtime.Platform;

/** The sample project as the samples bundle installs it, and copies of it for tests that change its files. */
final class BundledSample {

	private BundledSample() {
	}

	/** The installed sample's folder; read it, never write it. */
	static Path folder() throws IOException {
		return Paths.get(FileLocator.toFileURL(Platform.getBundle("org.claimbench.samples").getEntry("us-japan-edd-2024/")).getPath());
	}

	/** Copies every file of the sample into the folder, which is created when missing. */
	static Path copyInto(Path target) throws IOException {
		Files.createDirectories(target);
		try (Stream<Path> files = Files.list(folder())) {
			for (Path file : files.toList()) {
				Files.copy(file, target.resolve(file.getFileName()));
			}
		}
		return target;
	}
}
