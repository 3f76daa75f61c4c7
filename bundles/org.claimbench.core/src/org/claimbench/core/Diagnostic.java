package org.claimbench.core;

import java.nio.file.Path;

/**
 * One problem found in a file, independent of Xtext and EMF so every front end (command line,
 * CI report, editor) can show it. Line and column start at 1; 0 means the problem concerns the
 * whole file.
 */
public record Diagnostic(Path file, int line, int column, Severity severity, String code, String message) {

	public static Diagnostic ofFile(Path file, String code, String message) {
		return new Diagnostic(file, 0, 0, Severity.ERROR, code, message);
	}

	public boolean isError() {
		return severity == Severity.ERROR;
	}

	/** The familiar compiler form: {@code file:line:col: severity: message [code]}. */
	public String format() {
		String place = line > 0 ? file + ":" + line + ":" + column : file.toString();
		return place + ": " + severity.label() + ": " + message + (code == null ? "" : " [" + code + "]");
	}
}
