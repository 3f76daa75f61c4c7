package org.claimbench.dsl.ide.server;

import org.claimbench.dsl.ide.ClaimBenchInjectors;
import org.eclipse.xtext.resource.FileExtensionProvider;
import org.eclipse.xtext.resource.IResourceServiceProvider;
import org.eclipse.xtext.resource.impl.ResourceServiceProviderRegistryImpl;

import com.google.inject.Injector;
import com.google.inject.Provider;

/**
 * The languages the server knows, registered by hand: inside OSGi, java.util.ServiceLoader does not
 * see the ISetup services that Xtext's default registry looks for.
 */
final class ClaimBenchLanguages implements Provider<IResourceServiceProvider.Registry> {

	@Override
	public IResourceServiceProvider.Registry get() {
		return Registered.LANGUAGES;
	}

	/** Registered once per JVM: every session shares the languages' injectors, as EMF's global registries do. */
	private static final class Registered {

		static final IResourceServiceProvider.Registry LANGUAGES = register();

		private static IResourceServiceProvider.Registry register() {
			ResourceServiceProviderRegistryImpl languages = new ResourceServiceProviderRegistryImpl();
			add(languages, ClaimBenchInjectors.document());
			add(languages, ClaimBenchInjectors.schema());
			return languages;
		}

		private static void add(ResourceServiceProviderRegistryImpl languages, Injector language) {
			IResourceServiceProvider services = language.getInstance(IResourceServiceProvider.class);
			for (String extension : language.getInstance(FileExtensionProvider.class).getFileExtensions()) {
				languages.getExtensionToFactoryMap().put(extension, services);
			}
		}
	}
}
