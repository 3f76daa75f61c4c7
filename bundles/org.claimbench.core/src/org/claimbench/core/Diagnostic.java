package org.claimbench.core;

import java.nio.file.Path;

/**
 * One problem found in a file, independent of Xtext and EMF so every front end (command line,
 * CI report, editor) can show it. Line and column start at 1; 0 means the problem concerns the
 * whole file. The end is the line and column just after the marked text (the column is exclusive),
 * the start again where the front end that found the problem does not know it. An anchor problem may
 * suggest the offset the anchor's words stand at ({@code suggestedOffset}, -1 for none).
 */
public record Diagnostic(Path file, int line, int column, Severity severity, String code, String message, int endLine,
		int endColumn, int suggestedOffset) {

	public Diagnostic(Path file, int line, int column, Severity severity, String code, String message, int endLine,
			int endColumn) {
		this(file, line, column, severity, code, message, endLine, endColumn, -1);
	}

	/** A problem marked at a point: it ends where it starts. */
	public Diagnostic(Path file, int line, int column, Severity severity, String code, String message) {
		this(file, line, column, severity, code, message, line, column);
	}

	public static Diagnostic ofFile(Path file, String code, String message) {
		return new Diagnostic(file, 0, 0, Severity.ERROR, code, message);
	}

	public boolean hasSuggestedOffset() {
		return suggestedOffset >= 0;
	}

	/** The same problem shown under another file name (relative to the user's folder, say). */
	public Diagnostic inFile(Path shown) {
		return new Diagnostic(shown, line, column, severity, code, message, endLine, endColumn, suggestedOffset);
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
