package org.claimbench.dsl.ide.server;

import java.util.function.Function;

import org.eclipse.lsp4j.jsonrpc.MessageIssueException;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseError;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;

/**
 * How a failed request is answered. lsp4j's default turns every exception into "Internal error" with a
 * Java stack trace; a method the protocol defines but ClaimBench does not implement (it throws
 * UnsupportedOperationException) is "method not found" instead, and any other failure says what
 * happened in a sentence, the way an editor shows it to its user.
 */
final class UnsupportedMethods implements Function<Throwable, ResponseError> {

	@Override
	public ResponseError apply(Throwable thrown) {
		Throwable cause = unwrapped(thrown);
		if (cause instanceof ResponseErrorException answered) {
			return answered.getResponseError();
		}
		if (cause instanceof MessageIssueException) {
			return new ResponseError(ResponseErrorCode.InvalidParams, "claimbench: " + cause.getMessage(), null);
		}
		if (cause instanceof UnsupportedOperationException) {
			return new ResponseError(ResponseErrorCode.MethodNotFound, "claimbench does not implement this method", null);
		}
		return new ResponseError(ResponseErrorCode.InternalError,
				"claimbench could not answer: " + (cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage()),
				null);
	}

	private static Throwable unwrapped(Throwable thrown) {
		Throwable current = thrown;
		while (current.getCause() != null && current.getCause() != current
				&& (current instanceof java.util.concurrent.CompletionException || current instanceof java.util.concurrent.ExecutionException
						|| current instanceof java.lang.reflect.InvocationTargetException || current.getClass() == RuntimeException.class)) {
			current = current.getCause();
		}
		return current;
	}
}
