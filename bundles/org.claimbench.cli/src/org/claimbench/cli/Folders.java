package org.claimbench.cli;

import java.nio.file.Path;

/** What to tell a user whose output file would go into a folder that does not exist. */
final class Folders {

	private Folders() {
	}

	/** The output as the user typed it, and as resolved in the working directory. */
	static String missing(Path output, Path resolved) {
		Path folder = output.getParent() != null ? output.getParent() : resolved.toAbsolutePath().getParent();
		return "claimbench: cannot write " + output + ": there is no folder " + folder + "; create it first (mkdir -p "
				+ folder + ")";
	}
}
