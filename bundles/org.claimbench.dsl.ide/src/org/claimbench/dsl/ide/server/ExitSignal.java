package org.claimbench.dsl.ide.server;

import java.util.concurrent.CompletableFuture;

import org.eclipse.xtext.ide.server.ILanguageServerShutdownAndExitHandler;

/**
 * Ends the session when the client says {@code exit}, instead of Xtext's default of ending the
 * whole JVM: the server may run inside the workbench or a test, and its caller decides what follows.
 */
final class ExitSignal implements ILanguageServerShutdownAndExitHandler {

	private final CompletableFuture<Void> exited = new CompletableFuture<>();

	@Override
	public void shutdown() {
		// Nothing to release before exit: the session's resources go when run() returns.
	}

	@Override
	public void exit() {
		exited.complete(null);
	}

	void whenExited(Runnable action) {
		exited.thenRun(action);
	}
}
