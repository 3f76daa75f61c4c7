package org.claimbench.dsl.ide.server;

import java.util.concurrent.ExecutorService;

import org.claimbench.dsl.ide.DaemonExecutorServiceProvider;
import org.eclipse.xtext.ide.server.ILanguageServerShutdownAndExitHandler;
import org.eclipse.xtext.ide.server.LanguageServerImpl;
import org.eclipse.xtext.resource.IResourceServiceProvider;

import com.google.inject.AbstractModule;

/** Overrides of Xtext's server bindings: our two languages, exit without ending the JVM, daemon pools, ClaimBench's own server and diagnostics. */
final class ClaimBenchServerModule extends AbstractModule {

	private final ExitSignal exit;

	ClaimBenchServerModule(ExitSignal exit) {
		this.exit = exit;
	}

	@Override
	protected void configure() {
		bind(IResourceServiceProvider.Registry.class).toProvider(ClaimBenchLanguages.class);
		bind(ILanguageServerShutdownAndExitHandler.class).toInstance(exit);
		bind(ExecutorService.class).toProvider(DaemonExecutorServiceProvider.class);
		bind(LanguageServerImpl.class).to(ClaimBenchLanguageServerImpl.class);
	}
}
