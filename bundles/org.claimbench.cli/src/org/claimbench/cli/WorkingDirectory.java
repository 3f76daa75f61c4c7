package org.claimbench.cli;

import java.nio.file.Path;
import java.util.List;

import org.claimbench.core.Diagnostic;

/**
 * The folder that the user's relative paths mean: the shell's. A command run by the command-line
 * server gets the client's folder here, since the server process has a folder of its own.
 */
public record WorkingDirectory(Path path) {

	public WorkingDirectory {
		if (!path.isAbsolute()) {
			throw new IllegalArgumentException("the working directory must be absolute: " + path);
		}
	}

	public static WorkingDirectory ofThisProcess() {
		return new WorkingDirectory(Path.of("").toAbsolutePath());
	}

	/** Where a path the user typed points: relative paths are taken from this folder. */
	public Path resolve(Path typed) {
		return path.resolve(typed);
	}

	public List<Path> resolve(List<Path> typed) {
		return typed.stream().map(this::resolve).toList();
	}

	/** How a file is shown to the user: relative to this folder when it lies inside, absolute otherwise. */
	public Path shown(Path file) {
		if (!file.isAbsolute() || !file.startsWith(path)) {
			return file;
		}
		Path relative = path.relativize(file);
		return relative.toString().isEmpty() ? Path.of(".") : relative;
	}

	public Diagnostic shown(Diagnostic diagnostic) {
		return diagnostic.inFile(shown(diagnostic.file()));
	}

	public List<Diagnostic> shownAll(List<Diagnostic> diagnostics) {
		return diagnostics.stream().map(this::shown).toList();
	}
}
