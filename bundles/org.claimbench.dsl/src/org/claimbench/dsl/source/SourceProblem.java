package org.claimbench.dsl.source;

/** Why the source text of a document could not be loaded. */
public enum SourceProblem {
	/** The document names no source file, or has no location to resolve it against. */
	NOT_DECLARED,
	/** The path is absolute or leads out of the document's folder; it is never read. */
	OUTSIDE_FOLDER,
	NOT_FOUND,
	UNREADABLE,
	NOT_UTF8
}
