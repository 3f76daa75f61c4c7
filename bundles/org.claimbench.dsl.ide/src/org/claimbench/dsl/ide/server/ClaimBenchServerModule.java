package org.claimbench.dsl.ide.server;

import org.eclipse.xtext.ide.server.ILanguageServerShutdownAndExitHandler;
import org.eclipse.xtext.resource.IResourceServiceProvider;

import com.google.inject.AbstractModule;

/** Overrides of Xtext's server bindings: our two languages, and exit without ending the JVM. */
final class ClaimBenchServerModule extends AbstractModule {

	private final ExitSignal exit;

	ClaimBenchServerModule(ExitSignal exit) {
		this.exit = exit;
	}

	@Override
	protected void configure() {
		bind(IResourceServiceProvider.Registry.class).toProvider(ClaimBenchLanguages.class);
		bind(ILanguageServerShutdownAndExitHandler.class).toInstance(exit);
	}
}
