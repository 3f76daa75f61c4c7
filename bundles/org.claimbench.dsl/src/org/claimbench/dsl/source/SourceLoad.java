package org.claimbench.dsl.source;

import org.eclipse.emf.common.util.URI;

/**
 * The outcome of loading a document's source text: the text, or the problem and a message that
 * names the file.
 *
 * @param uri where the source was looked for; null when the path was refused or cannot be resolved
 */
public record SourceLoad(URI uri, SourceText text, SourceProblem problem, String message) {

	public static SourceLoad loaded(SourceText text) {
		return new SourceLoad(text.uri(), text, null, null);
	}

	public static SourceLoad failed(URI uri, SourceProblem problem, String message) {
		return new SourceLoad(uri, null, problem, message);
	}

	public boolean isLoaded() {
		return text != null;
	}
}
