package org.claimbench.dsl.ide.server;

import java.util.concurrent.TimeUnit;

import org.claimbench.dsl.ide.DaemonExecutorServiceProvider;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.xtext.ide.server.LanguageServerImpl;
import org.eclipse.xtext.ide.server.ServerModule;
import org.eclipse.xtext.util.Modules2;

import com.google.inject.Guice;
import com.google.inject.Injector;

/**
 * The ClaimBench language server inside the caller's process, spoken to by method calls instead of a stream:
 * for the workbench's source editor, whose rename needs the server's view of a whole workspace folder.
 * Close it to release its threads.
 */
public final class InProcessLanguageServer implements AutoCloseable {

	private final Injector injector;
	private final LanguageServerImpl server;

	public InProcessLanguageServer(LanguageClient client) {
		injector = Guice.createInjector(Modules2.mixin(new ServerModule(), new ClaimBenchServerModule(new ExitSignal())));
		server = injector.getInstance(LanguageServerImpl.class);
		server.connect(client);
	}

	public LanguageServerImpl server() {
		return server;
	}

	@Override
	public void close() {
		try {
			server.shutdown().get(10, TimeUnit.SECONDS);
		} catch (Exception e) {
			// The threads go below in any case.
		} finally {
			injector.getInstance(DaemonExecutorServiceProvider.class).dispose();
		}
	}
}
